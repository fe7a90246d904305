// Pain entries: the check-ins. Every write here is validated first and runs in one transaction.

import { localDay, startOfDay, addDays, type EpochMs, type LocalDay } from '$lib/domain/day';
import type { MarkInput } from '$lib/domain/marks';
import {
	recentRedFlagDays,
	redFlagCheckAfterSave,
	redFlagTriggers,
	type RedFlagTrigger
} from '$lib/domain/redFlags';
import {
	validatePainEntry,
	type FieldErrors,
	type PainEntryInput,
	type Validated,
	type ValidPainEntry
} from '$lib/domain/validation';
import { database } from './database';
import { GoneError, ValidationError, guardWrite } from './errors';
import { byMoment, checkUnchangedSince, isLive, newDatedRow, type EditedVersion } from './rows';
import type { BodyMark, PainEntry, RedFlagAnswers } from './types';

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

/** An entry and its live marks as they were before an edit: what Undo puts back. */
export interface PainEntryVersion {
	entry: PainEntry;
	marks: BodyMark[];
}

export async function updatePainEntry(
	id: string,
	input: PainEntryWithMarksInput,
	now: EpochMs = Date.now(),
	edited: EditedVersion = {}
): Promise<PainEntry> {
	return (await editPainEntry(id, input, now, edited)).updated;
}

/** Saves an edit and returns, beside the entry as saved, the entry and marks it replaced. */
export async function editPainEntry(
	id: string,
	input: PainEntryWithMarksInput,
	now: EpochMs = Date.now(),
	edited: EditedVersion = {}
): Promise<{ updated: PainEntry; previous: PainEntryVersion }> {
	const { entry: value, marks } = await validateEntryWithMarks(input, now);
	const db = await database();
	return guardWrite(() =>
		db.transaction('rw', db.painEntries, db.bodyMarks, async () => {
			const existing = await db.painEntries.get(id);
			if (!existing || !isLive(existing)) {
				throw new GoneError('Not saved: this entry no longer exists (it was deleted).');
			}
			checkUnchangedSince(existing, edited, 'entry');
			const marksBefore = await db.bodyMarks.where('entryId').equals(id).filter(isLive).toArray();
			// An edit that leaves the moment alone keeps its day too: the day was the one lived,
			// which may not be this device's day for it (an edit while travelling).
			const day = value.at === existing.at ? existing.day : localDay(value.at);
			const updated: PainEntry = {
				...existing,
				...value,
				day,
				redFlagCheck: redFlagCheckAfterSave(
					existing.redFlagCheck,
					value.score,
					marks?.value ?? marksBefore
				),
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
			return { updated, previous: { entry: existing, marks: marksBefore } };
		})
	);
}

/**
 * Undo of an edit: the entry's score, note, tags and moment, and its marks, as they were. Red-flag
 * questions answered or dismissed since stay so; otherwise they wait exactly when the entry as
 * it was calls for them.
 */
export async function restorePainEntryVersion(
	version: PainEntryVersion,
	now: EpochMs = Date.now()
) {
	const db = await database();
	const id = version.entry.id;
	await guardWrite(() =>
		// The entry and its marks go back together, or neither does.
		db.transaction('rw', db.painEntries, db.bodyMarks, async () => {
			const current = await db.painEntries.get(id);
			if (!current || !isLive(current)) {
				throw new GoneError('Not undone: this entry no longer exists (it was deleted).');
			}
			await db.painEntries.put({
				...version.entry,
				redFlagCheck: redFlagCheckAfterSave(
					current.redFlagCheck,
					version.entry.score,
					version.marks
				),
				redFlags: current.redFlags,
				updatedAt: now
			});
			const kept = new Set(version.marks.map((mark) => mark.id));
			await db.bodyMarks
				.where('entryId')
				.equals(id)
				.and((mark) => mark.deletedAt === null && !kept.has(mark.id))
				.modify({ deletedAt: now, updatedAt: now });
			await db.bodyMarks.bulkPut(
				version.marks.map((mark) => ({ ...mark, deletedAt: null, updatedAt: now }))
			);
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

/** A day's live entries, oldest first, with each entry's live marks by entry id. */
export async function painEntriesWithMarksOnDay(
	day: LocalDay
): Promise<{ entries: PainEntry[]; marks: Record<string, BodyMark[]> }> {
	const db = await database();
	return db.transaction('r', db.painEntries, db.bodyMarks, async () => {
		const [entries, marks] = await Promise.all([
			db.painEntries.where('day').equals(day).filter(isLive).toArray(),
			// Marks carry their entry's day.
			db.bodyMarks.where('day').equals(day).filter(isLive).toArray()
		]);
		const byEntry: Record<string, BodyMark[]> = {};
		for (const mark of marks) (byEntry[mark.entryId] ??= []).push(mark);
		return { entries: entries.sort(byMoment), marks: byEntry };
	});
}

/**
 * Whether "Same as last time" has anything to copy: a live mark of an entry before `at`. Here,
 * not with the body map's writer, so Today's form asks it without loading the region catalogue.
 */
export async function hasMarksBefore(at: EpochMs): Promise<boolean> {
	// The whole index is read (from the newest, stopping at once), so a live query of this
	// notices a mark saved after `at` was taken, and asks again.
	const newest = await (
		await database()
	).bodyMarks
		.orderBy('at')
		.reverse()
		.filter((mark) => isLive(mark) && mark.at < at)
		.first();
	return newest !== undefined;
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

/**
 * Stores the answers to the red-flag questions with the entries that prompted them: one check-in,
 * or every recent one still waiting, answered at once on Today.
 */
export async function setRedFlagAnswers(
	ids: string | readonly string[],
	answers: RedFlagAnswers,
	now: EpochMs = Date.now()
) {
	await setRedFlagCheck(ids, { redFlagCheck: 'answered', redFlags: answers, updatedAt: now });
}

/** "Not now": the questions stop waiting, and the entries' questions count as not answered. */
export async function dismissRedFlagQuestions(
	ids: string | readonly string[],
	now: EpochMs = Date.now()
) {
	await setRedFlagCheck(ids, { redFlagCheck: 'dismissed', redFlags: null, updatedAt: now });
}

async function setRedFlagCheck(
	ids: string | readonly string[],
	change: Pick<PainEntry, 'redFlagCheck' | 'redFlags' | 'updatedAt'>
) {
	const db = await database();
	const list = typeof ids === 'string' ? [ids] : ids;
	await guardWrite(() =>
		// Answers given once for several check-ins are kept with all of them, or none.
		db.transaction('rw', db.painEntries, async () => {
			for (const id of list) {
				const entry = await db.painEntries.get(id);
				if (!entry || !isLive(entry)) {
					throw new GoneError('Not saved: this entry no longer exists (it was deleted).');
				}
				await db.painEntries.put({ ...entry, ...change });
			}
		})
	);
}

/** A check-in whose red-flag questions wait for an answer, with why they were asked. */
export interface PendingRedFlagCheck {
	entry: PainEntry;
	triggers: RedFlagTrigger[];
}

/**
 * Check-ins of the last `recentRedFlagDays` days (up to `now`) whose questions wait for an
 * answer, newest first: what Today keeps asking until they are answered or dismissed.
 */
export async function recentPendingRedFlagChecks(
	now: EpochMs = Date.now()
): Promise<PendingRedFlagCheck[]> {
	const db = await database();
	return db.transaction('r', db.painEntries, db.bodyMarks, async () => {
		const from = startOfDay(addDays(localDay(now), -recentRedFlagDays));
		const entries = await db.painEntries
			.where('at')
			.aboveOrEqual(from)
			.filter((entry) => isLive(entry) && entry.redFlagCheck === 'pending')
			.toArray();
		const marks = await db.bodyMarks
			.where('entryId')
			.anyOf(entries.map((entry) => entry.id))
			.filter(isLive)
			.toArray();
		return entries
			.sort((a, b) => b.at - a.at)
			.map((entry) => ({
				entry,
				triggers: redFlagTriggers(
					entry.score,
					marks.filter((mark) => mark.entryId === entry.id)
				)
			}));
	});
}

/**
 * Red-flag answers given "yes", merged: what makes `day` urgent. They count from the day's own
 * live entries, and from recent check-ins whose questions were answered on that day (asked
 * yesterday evening, answered this morning: the sign is new now). An answered check-in edited
 * later that day counts too, which errs on the side of caution.
 */
export async function redFlagAnswersOnDay(day: LocalDay): Promise<RedFlagAnswers> {
	const entries = await painEntriesBetween(addDays(day, -recentRedFlagDays), day);
	const merged: RedFlagAnswers = {};
	for (const entry of entries) {
		if (entry.day !== day && localDay(entry.updatedAt) !== day) continue;
		for (const [id, yes] of Object.entries(entry.redFlags ?? {})) if (yes) merged[id] = true;
	}
	return merged;
}
