import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { localMoment } from '../../test-data/time';
import { newMark, type MarkInput } from '$lib/domain/marks';
import {
	anyMarks,
	latestMarksBefore,
	marksBetween,
	marksOfEntry,
	writeMarksForEntry
} from './bodyMarks';
import { database } from './database';
import { addPainEntry, deletePainEntry, restorePainEntry } from './painEntries';

useCleanDatabase();

const now = localMoment(25, 12);

async function entryWithMarks(moment: number, marks: MarkInput[], writtenAt = now) {
	const entry = await addPainEntry({ score: 6, at: moment, note: '', tags: [] }, now);
	const db = await database();
	await db.transaction('rw', db.bodyMarks, () =>
		writeMarksForEntry(db, entry.id, moment, marks, writtenAt)
	);
	return entry;
}

const radiating: MarkInput[] = [
	{ ...newMark('left-calf', 5), pathId: 'p', pathIndex: 2 },
	{ ...newMark('left-deep-glute', 7), sensations: ['tingling'], pathId: 'p', pathIndex: 0 },
	{ ...newMark('left-back-of-thigh', 6), pathId: 'p', pathIndex: 1 },
	newMark('sacrum', 3)
];

describe('body marks', () => {
	it('stores marks with their entry’s moment and day, and reads them back in order', async () => {
		const entry = await entryWithMarks(localMoment(24, 23), radiating);
		const marks = await marksOfEntry(entry.id);
		expect(marks.map((mark) => mark.regionId)).toEqual([
			'sacrum',
			'left-deep-glute',
			'left-back-of-thigh',
			'left-calf'
		]);
		expect(
			marks.every((mark) => mark.day === '2026-11-24' && mark.at === localMoment(24, 23))
		).toBe(true);
		expect(marks[1]).toMatchObject({ side: 'left', intensity: 7, sensations: ['tingling'] });
	});

	it('replaces an entry’s marks when written again, keeping the old ones as tombstones', async () => {
		const entry = await entryWithMarks(localMoment(25, 8), radiating);
		const db = await database();
		await db.transaction('rw', db.bodyMarks, () =>
			writeMarksForEntry(db, entry.id, localMoment(25, 8), [newMark('right-knee', 2)], now + 1)
		);
		expect((await marksOfEntry(entry.id)).map((mark) => mark.regionId)).toEqual(['right-knee']);
		expect(await db.bodyMarks.count()).toBe(5);
	});

	it('finds marks by day range, leaving out deleted entries until undo', async () => {
		const early = await entryWithMarks(localMoment(20, 9), [newMark('head', 4)]);
		const late = await entryWithMarks(localMoment(25, 9), radiating);
		expect((await marksBetween('2026-11-21', '2026-11-25')).map((mark) => mark.entryId)).toEqual(
			Array(4).fill(late.id)
		);
		expect(await marksBetween('2026-11-20', '2026-11-20')).toHaveLength(1);
		await deletePainEntry(late.id, now + 5);
		expect(await marksBetween('2026-11-20', '2026-11-25')).toHaveLength(1);
		await restorePainEntry(late.id, now + 6);
		expect(await marksBetween('2026-11-20', '2026-11-25')).toHaveLength(5);
		expect(await anyMarks()).toBe(true);
		await deletePainEntry(early.id, now + 7);
		await deletePainEntry(late.id, now + 8);
		expect(await anyMarks()).toBe(false);
	});

	it('copies the newest earlier marks for "Same as last time", under a fresh path id', async () => {
		expect(await latestMarksBefore(now)).toEqual([]);
		await entryWithMarks(localMoment(23, 9), [newMark('head', 4)]);
		await entryWithMarks(localMoment(24, 9), radiating);
		await addPainEntry({ score: 2, at: localMoment(24, 20), note: '', tags: [] }, now);
		const copied = await latestMarksBefore(now);
		expect(copied.map((mark) => [mark.regionId, mark.pathIndex])).toEqual([
			['sacrum', null],
			['left-deep-glute', 0],
			['left-back-of-thigh', 1],
			['left-calf', 2]
		]);
		const pathIds = new Set(copied.slice(1).map((mark) => mark.pathId));
		expect(pathIds.size).toBe(1);
		expect([...pathIds][0]).not.toBe('p');
		expect(copied[1]?.sensations).toEqual(['tingling']);
		expect((await latestMarksBefore(localMoment(24, 0))).map((mark) => mark.regionId)).toEqual([
			'head'
		]);
	});
});
