// Editing an entry with its marks, and undoing the edit: the entry and its marks as they were.
import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { localMoment } from '../../test-data/time';
import { newMark, type MarkInput } from '$lib/domain/marks';
import { marksOfEntry } from './bodyMarks';
import { database } from './database';
import { GoneError } from './errors';
import {
	addPainEntry,
	deletePainEntry,
	editPainEntry,
	getPainEntry,
	restorePainEntryVersion
} from './painEntries';

useCleanDatabase();

const now = localMoment(25, 12);
const glute: MarkInput = { ...newMark('left-deep-glute', 6), sensations: ['tingling'] };
const calf: MarkInput = { ...newMark('left-calf', 4), sensations: ['numbness'] };

const summary = async (id: string) =>
	(await marksOfEntry(id)).map((mark) => [mark.regionId, mark.intensity, mark.sensations]);

describe('editing an entry and undoing it', () => {
	it('changes entry and marks together, then undo puts both back as they were', async () => {
		const saved = await addPainEntry(
			{ score: 6, at: localMoment(25, 9), note: 'stiff', tags: ['morning'], marks: [glute] },
			now
		);
		const marksBefore = await marksOfEntry(saved.id);
		const { updated, previous } = await editPainEntry(
			saved.id,
			{
				score: 3,
				at: localMoment(24, 22),
				note: 'better',
				tags: [],
				marks: [{ ...glute, intensity: 2 }, calf]
			},
			now + 1000
		);
		expect(updated.day).toBe('2026-11-24');
		expect(await summary(saved.id)).toEqual([
			['left-deep-glute', 2, ['tingling']],
			['left-calf', 4, ['numbness']]
		]);
		expect(previous.entry).toEqual(saved);
		expect(previous.marks.map((mark) => mark.id)).toEqual(marksBefore.map((mark) => mark.id));

		await restorePainEntryVersion(previous, now + 2000);
		const restored = await getPainEntry(saved.id);
		expect(restored).toMatchObject({
			score: 6,
			note: 'stiff',
			tags: ['morning'],
			at: localMoment(25, 9),
			day: '2026-11-25',
			updatedAt: now + 2000
		});
		const marksAfter = await marksOfEntry(saved.id);
		expect(marksAfter.map((mark) => mark.id)).toEqual(marksBefore.map((mark) => mark.id));
		expect(marksAfter.map((mark) => [mark.at, mark.day])).toEqual([
			[localMoment(25, 9), '2026-11-25']
		]);
		// The marks of the edit stay stored, deleted, so a backup keeps what happened.
		const stored = await (await database()).bodyMarks.where('entryId').equals(saved.id).toArray();
		expect(stored.filter((mark) => mark.deletedAt !== null)).toHaveLength(2);
		expect(stored).toHaveLength(3);
	});

	it('an edit without marks moves the marks with the moment, and undo moves them back', async () => {
		const saved = await addPainEntry(
			{ score: 5, at: localMoment(25, 9), note: '', tags: [], marks: [glute] },
			now
		);
		const { previous } = await editPainEntry(
			saved.id,
			{ score: 5, at: localMoment(23, 9), note: '', tags: [] },
			now + 1000
		);
		expect((await marksOfEntry(saved.id)).map((mark) => mark.day)).toEqual(['2026-11-23']);
		await restorePainEntryVersion(previous, now + 2000);
		expect((await marksOfEntry(saved.id)).map((mark) => mark.day)).toEqual(['2026-11-25']);
	});

	it('undo keeps questions answered since, and stops asking when the old entry did not call for them', async () => {
		const saved = await addPainEntry({ score: 4, at: localMoment(25, 9), note: '', tags: [] }, now);
		const raised = await editPainEntry(
			saved.id,
			{ score: 9, at: saved.at, note: '', tags: [] },
			now + 1000
		);
		expect(raised.updated.redFlagCheck).toBe('pending');
		await restorePainEntryVersion(raised.previous, now + 2000);
		expect((await getPainEntry(saved.id))?.redFlagCheck).toBeNull();
	});

	it('cannot undo the edit of an entry deleted since', async () => {
		const saved = await addPainEntry({ score: 4, at: localMoment(25, 9), note: '', tags: [] }, now);
		const { previous } = await editPainEntry(
			saved.id,
			{ score: 5, at: saved.at, note: '', tags: [] },
			now + 1000
		);
		await deletePainEntry(saved.id, now + 1500);
		await expect(restorePainEntryVersion(previous, now + 2000)).rejects.toBeInstanceOf(GoneError);
	});
});
