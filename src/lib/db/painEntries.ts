// Pain entries: the check-ins. Every write here is validated first and runs in one transaction.

import { localDay, startOfDay, addDays, type EpochMs, type LocalDay } from '$lib/domain/day';
import { validatePainEntry, type PainEntryInput } from '$lib/domain/validation';
import { database } from './database';
import { ValidationError, guardWrite } from './errors';
import { byMoment, isLive, newDatedRow } from './rows';
import type { PainEntry, RedFlagAnswers } from './types';

export async function addPainEntry(input: PainEntryInput, now: EpochMs = Date.now()) {
	const checked = validatePainEntry(input, now);
	if (!checked.ok) throw new ValidationError(checked.errors);
	const entry: PainEntry = {
		...newDatedRow(checked.value.at, now),
		...checked.value,
		redFlags: null
	};
	const db = database();
	await guardWrite(() => db.transaction('rw', db.painEntries, () => db.painEntries.add(entry)));
	return entry;
}

export async function updatePainEntry(
	id: string,
	input: PainEntryInput,
	now: EpochMs = Date.now()
) {
	const checked = validatePainEntry(input, now);
	if (!checked.ok) throw new ValidationError(checked.errors);
	const db = database();
	return guardWrite(() =>
		db.transaction('rw', db.painEntries, db.bodyMarks, async () => {
			const existing = await db.painEntries.get(id);
			if (!existing || !isLive(existing)) {
				throw new ValidationError({ score: 'This entry no longer exists.' });
			}
			const day = localDay(checked.value.at);
			const updated: PainEntry = { ...existing, ...checked.value, day, updatedAt: now };
			await db.painEntries.put(updated);
			// Marks carry their entry's moment so range queries find them on the same day.
			await db.bodyMarks
				.where('entryId')
				.equals(id)
				.modify({ at: checked.value.at, day, updatedAt: now });
			return updated;
		})
	);
}

/** Soft delete: the entry and its marks stop counting, and can be restored with undo. */
export async function deletePainEntry(id: string, now: EpochMs = Date.now()) {
	const db = database();
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
	const db = database();
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
	const entry = await database().painEntries.get(id);
	return entry && isLive(entry) ? entry : undefined;
}

export async function painEntriesOnDay(day: LocalDay): Promise<PainEntry[]> {
	const entries = await database().painEntries.where('day').equals(day).filter(isLive).toArray();
	return entries.sort(byMoment);
}

/** Live entries from the start of `from` to the end of `to`, oldest first. */
export async function painEntriesBetween(from: LocalDay, to: LocalDay): Promise<PainEntry[]> {
	return database()
		.painEntries.where('at')
		.between(startOfDay(from), startOfDay(addDays(to, 1)), true, false)
		.filter(isLive)
		.toArray();
}

/** The newest live entry before a moment, e.g. for "Same as last time". */
export async function latestPainEntryBefore(at: EpochMs): Promise<PainEntry | undefined> {
	return database().painEntries.where('at').below(at).reverse().filter(isLive).first();
}

/** Every tag the user has used, most used first, for offering again. */
export async function usedTags(): Promise<string[]> {
	const counts = new Map<string, number>();
	await database()
		.painEntries.orderBy('tags')
		.eachKey((tag) => {
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
	const db = database();
	await guardWrite(() => db.painEntries.update(id, { redFlags: answers, updatedAt: now }));
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
