// Pain entries: the check-ins. Every write here is validated first and runs in one transaction.

import { localDay, startOfDay, addDays, type EpochMs, type LocalDay } from '$lib/domain/day';
import type { MarkInput } from '$lib/domain/marks';
import { redFlagCheckAfterSave } from '$lib/domain/redFlags';
import {
	validatePainEntry,
	type FieldErrors,
	type PainEntryInput,
	type Validated,
	type ValidPainEntry
} from '$lib/domain/validation';
import { database } from './database';
import { GoneError, ValidationError, guardWrite } from './errors';
import { byMoment, isLive, newDatedRow } from './rows';
import type { PainEntry, RedFlagAnswers } from './types';

/** An entry as typed, with where it hurts; `marks` left out keeps an edited entry's marks. */
export type PainEntryWithMarksInput = PainEntryInput & { marks?: unknown[] };

/**
 * The body map's rules and writer, fetched only for an entry with marks to check or write: the
 * catalogue of regions behind them is large, and most check-ins have no marks. Loaded before a
 * transaction starts, never inside one (a wait on the network would end it).
 */
async function markParts() {
	const [{ validateMarks }, { writeMarksForEntry }] = await Promise.all([
		import('$lib/domain/marks'),
		import('./bodyMarks')
	]);
	return { validateMarks, writeMarksForEntry };
}

type MarkParts = Awaited<ReturnType<typeof markParts>>;

/** Checks the entry and its marks together, so every problem shows at once. */
async function validateEntryWithMarks(
	input: PainEntryWithMarksInput,
	now: EpochMs
): Promise<{ entry: ValidPainEntry; marks?: { value: MarkInput[]; parts: MarkParts } }> {
	const entry = validatePainEntry(input, now);
	const parts = input.marks === undefined ? undefined : await markParts();
	const marks: Validated<MarkInput[], 'marks'> | undefined =
		input.marks === undefined ? undefined : parts!.validateMarks(input.marks);
	const errors: FieldErrors = {
		...(entry.ok ? {} : entry.errors),
		...(marks && !marks.ok ? marks.errors : {})
	};
	if (!entry.ok || (marks && !marks.ok)) throw new ValidationError(errors);
	return {
		entry: entry.value,
		...(marks?.ok && parts ? { marks: { value: marks.value, parts } } : {})
	};
}

export async function addPainEntry(input: PainEntryWithMarksInput, now: EpochMs = Date.now()) {
	// No marks to write: the body map's code is not needed.
	const checked = await validateEntryWithMarks(
		input.marks?.length ? input : { ...input, marks: undefined },
		now
	);
	const marks = checked.marks;
	const entry: PainEntry = {
		...newDatedRow(checked.entry.at, now),
		...checked.entry,
		redFlagCheck: redFlagCheckAfterSave(null, checked.entry.score, marks?.value ?? []),
		redFlags: null
	};
	const db = await database();
	await guardWrite(() =>
		// The entry and its marks are saved together, or neither is.
		db.transaction('rw', db.painEntries, db.bodyMarks, async () => {
			await db.painEntries.add(entry);
			if (marks) await marks.parts.writeMarksForEntry(db, entry.id, entry.at, marks.value, now);
		})
	);
	return entry;
}

export async function updatePainEntry(
	id: string,
	input: PainEntryWithMarksInput,
	now: EpochMs = Date.now()
) {
	const { entry: value, marks } = await validateEntryWithMarks(input, now);
	const db = await database();
	return guardWrite(() =>
		db.transaction('rw', db.painEntries, db.bodyMarks, async () => {
			const existing = await db.painEntries.get(id);
			if (!existing || !isLive(existing)) {
				throw new GoneError('Not saved: this entry no longer exists (it was deleted).');
			}
			// An edit that leaves the moment alone keeps its day too: the day was the one lived,
			// which may not be this device's day for it (an edit while travelling).
			const day = value.at === existing.at ? existing.day : localDay(value.at);
			const marksNow =
				marks?.value ?? (await db.bodyMarks.where('entryId').equals(id).filter(isLive).toArray());
			const updated: PainEntry = {
				...existing,
				...value,
				day,
				redFlagCheck: redFlagCheckAfterSave(existing.redFlagCheck, value.score, marksNow),
				updatedAt: now
			};
			await db.painEntries.put(updated);
			if (marks) {
				await marks.parts.writeMarksForEntry(db, id, value.at, marks.value, now);
			} else {
				// Marks carry their entry's moment so range queries find them on the same day.
				await db.bodyMarks
					.where('entryId')
					.equals(id)
					.modify({ at: value.at, day, updatedAt: now });
			}
			return updated;
		})
	);
}

/** Soft delete: the entry and its marks stop counting, and can be restored with undo. */
export async function deletePainEntry(id: string, now: EpochMs = Date.now()) {
	const db = await database();
	await guardWrite(() =>
		// The entry and its marks leave together, or neither does.
		db.transaction('rw', db.painEntries, db.bodyMarks, async () => {
			await db.painEntries.update(id, { deletedAt: now, updatedAt: now });
			await db.bodyMarks
				.where('entryId')
				.equals(id)
				.and((mark) => mark.deletedAt === null)
				.modify({ deletedAt: now, updatedAt: now });
		})
	);
}

/** Undo of a delete: brings back the entry and the marks deleted with it. */
export async function restorePainEntry(id: string, now: EpochMs = Date.now()) {
	const db = await database();
	await guardWrite(() =>
		db.transaction('rw', db.painEntries, db.bodyMarks, async () => {
			const entry = await db.painEntries.get(id);
			if (!entry || entry.deletedAt === null) return;
			const deletedAt = entry.deletedAt;
			await db.painEntries.update(id, { deletedAt: null, updatedAt: now });
			await db.bodyMarks
				.where('entryId')
				.equals(id)
				.and((mark) => mark.deletedAt === deletedAt)
				.modify({ deletedAt: null, updatedAt: now });
		})
	);
}

export async function getPainEntry(id: string): Promise<PainEntry | undefined> {
	const entry = await (await database()).painEntries.get(id);
	return entry && isLive(entry) ? entry : undefined;
}

export async function painEntriesOnDay(day: LocalDay): Promise<PainEntry[]> {
	const entries = await (
		await database()
	).painEntries
		.where('day')
		.equals(day)
		.filter(isLive)
		.toArray();
	return entries.sort(byMoment);
}

/** Live entries from the start of `from` to the end of `to`, oldest first. */
export async function painEntriesBetween(from: LocalDay, to: LocalDay): Promise<PainEntry[]> {
	return (await database()).painEntries
		.where('at')
		.between(startOfDay(from), startOfDay(addDays(to, 1)), true, false)
		.filter(isLive)
		.toArray();
}

/** Every tag the user has used, most used first, for offering again. */
export async function usedTags(): Promise<string[]> {
	const counts = new Map<string, number>();
	await (await database()).painEntries.orderBy('tags').eachKey((tag) => {
		const name = String(tag);
		counts.set(name, (counts.get(name) ?? 0) + 1);
	});
	return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([tag]) => tag);
}

/** Stores the answers to the red-flag questions with the entry that prompted them. */
export async function setRedFlagAnswers(
	id: string,
	answers: RedFlagAnswers,
	now: EpochMs = Date.now()
) {
	const db = await database();
	await guardWrite(() =>
		db.painEntries.update(id, { redFlagCheck: 'answered', redFlags: answers, updatedAt: now })
	);
}

/** "Not now": the questions stop waiting, and the entry's questions count as not answered. */
export async function dismissRedFlagQuestions(id: string, now: EpochMs = Date.now()) {
	const db = await database();
	await guardWrite(() =>
		db.painEntries.update(id, { redFlagCheck: 'dismissed', redFlags: null, updatedAt: now })
	);
}

/** Red-flag answers given "yes" on a day's live entries, merged: what makes the day urgent. */
export async function redFlagAnswersOnDay(day: LocalDay): Promise<RedFlagAnswers> {
	const entries = await painEntriesOnDay(day);
	const merged: RedFlagAnswers = {};
	for (const entry of entries) {
		for (const [id, yes] of Object.entries(entry.redFlags ?? {})) if (yes) merged[id] = true;
	}
	return merged;
}
