// Body-map marks of pain entries. Marks are written only together with their entry (see
// painEntries.ts), so the writer here runs inside the caller's transaction.

import { addDays, localDay, startOfDay, type EpochMs, type LocalDay } from '$lib/domain/day';
import { markInputOf, type MarkInput } from '$lib/domain/marks';
import { regionOrder } from '$lib/domain/regions';
import { database } from './database';
import { isLive, newRow } from './rows';
import type { UnknotDatabase } from './schema';
import type { BodyMark } from './types';

/** Marks in a stable order: head to foot, paths in their drawn order. */
function byRegionAndPath(a: BodyMark, b: BodyMark) {
	if (a.pathId !== null && a.pathId === b.pathId) return (a.pathIndex ?? 0) - (b.pathIndex ?? 0);
	return regionOrder(a.regionId) - regionOrder(b.regionId);
}

/**
 * Replaces an entry's live marks with `marks` (already validated). Call it inside a
 * transaction that includes db.bodyMarks, so the entry and its marks change together. Replaced
 * marks are soft-deleted at `now`, which a later undo of the entry's delete leaves alone.
 */
export async function writeMarksForEntry(
	db: UnknotDatabase,
	entryId: string,
	at: EpochMs,
	marks: readonly MarkInput[],
	now: EpochMs
): Promise<BodyMark[]> {
	await db.bodyMarks
		.where('entryId')
		.equals(entryId)
		.and((mark) => mark.deletedAt === null)
		.modify({ deletedAt: now, updatedAt: now });
	const day = localDay(at);
	const rows: BodyMark[] = marks.map((mark) => ({
		...newRow(now),
		at,
		day,
		entryId,
		...markInputOf(mark)
	}));
	await db.bodyMarks.bulkAdd(rows);
	return rows;
}

/** The live marks of one entry, head to foot. */
export async function marksOfEntry(entryId: string): Promise<BodyMark[]> {
	const marks = await (
		await database()
	).bodyMarks
		.where('entryId')
		.equals(entryId)
		.filter(isLive)
		.toArray();
	return marks.sort(byRegionAndPath);
}

/** Live marks of live entries from the start of `from` to the end of `to`, oldest first. */
export async function marksBetween(from: LocalDay, to: LocalDay): Promise<BodyMark[]> {
	const db = await database();
	return db.transaction('r', db.bodyMarks, db.painEntries, async () => {
		const marks = await db.bodyMarks
			.where('at')
			.between(startOfDay(from), startOfDay(addDays(to, 1)), true, false)
			.filter(isLive)
			.toArray();
		// Deleting an entry already deletes its marks; this also guards marks written out of step.
		const entryIds = [...new Set(marks.map((mark) => mark.entryId))];
		const entries = await db.painEntries.bulkGet(entryIds);
		const live = new Set(
			entries.filter((entry) => entry && isLive(entry)).map((entry) => entry!.id)
		);
		return marks.filter((mark) => live.has(mark.entryId)).sort((a, b) => a.at - b.at);
	});
}

/**
 * For "Same as last time": the marks of the newest live entry before `at` that has marks, as
 * input for a new entry (paths keep their order under a fresh path id). Empty when none.
 */
export async function latestMarksBefore(at: EpochMs): Promise<MarkInput[]> {
	const db = await database();
	return db.transaction('r', db.bodyMarks, db.painEntries, async () => {
		// Marks carry their entry's moment, so the newest live mark before `at` is the newest entry's.
		const newest = await db.bodyMarks.where('at').below(at).reverse().filter(isLive).first();
		const found = newest
			? await db.bodyMarks.where('entryId').equals(newest.entryId).filter(isLive).toArray()
			: [];
		const renamedPaths = new Map<string, string>();
		return found.sort(byRegionAndPath).map((mark) => {
			let pathId: string | null = null;
			if (mark.pathId !== null) {
				pathId = renamedPaths.get(mark.pathId) ?? crypto.randomUUID();
				renamedPaths.set(mark.pathId, pathId);
			}
			return {
				regionId: mark.regionId,
				side: mark.side,
				intensity: mark.intensity,
				sensations: [...mark.sensations],
				pathId,
				pathIndex: mark.pathIndex
			};
		});
	});
}

/** Whether any live entry has marks: the Body screen's empty state. */
export async function anyMarks(): Promise<boolean> {
	return (await (await database()).bodyMarks.filter(isLive).first()) !== undefined;
}
