// Red-flag questions that wait: listed on Today until answered or dismissed, answered for
// several check-ins at once, and urgent on the day they were answered.
import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { localMoment } from '../../test-data/time';
import { newMark } from '$lib/domain/marks';
import { GoneError } from './errors';
import {
	addPainEntry,
	deletePainEntry,
	dismissRedFlagQuestions,
	getPainEntry,
	recentPendingRedFlagChecks,
	redFlagAnswersOnDay,
	setRedFlagAnswers
} from './painEntries';

useCleanDatabase();

const now = localMoment(25, 12);
const checkIn = (score: number, at: number, marks: unknown[] = []) =>
	addPainEntry({ score, at, note: '', tags: [], marks }, now);

describe('red-flag checks that wait', () => {
	it('lists the last week of unanswered check-ins, newest first, with why they were asked', async () => {
		const old = await checkIn(9, localMoment(17, 8));
		const severe = await checkIn(8, localMoment(20, 8));
		await checkIn(4, localMoment(21, 8));
		const legs = await checkIn(5, localMoment(24, 22), [
			{ ...newMark('left-calf', 5), sensations: ['numbness'] },
			{ ...newMark('right-calf', 5), sensations: ['tingling'] }
		]);
		const dismissed = await checkIn(9, localMoment(25, 7));
		await dismissRedFlagQuestions(dismissed.id, now);

		const pending = await recentPendingRedFlagChecks(now);
		expect(pending.map((check) => [check.entry.id, check.triggers])).toEqual([
			[legs.id, ['both-legs']],
			[severe.id, ['severe-pain']]
		]);
		expect((await getPainEntry(old.id))?.redFlagCheck).toBe('pending');
		expect((await getPainEntry(dismissed.id))?.redFlagCheck).toBe('dismissed');
	});

	it('answers several check-ins at once, or none when one of them is gone', async () => {
		const first = await checkIn(8, localMoment(24, 8));
		const second = await checkIn(9, localMoment(25, 8));
		const answers = { 'bladder-bowel': false, trauma: false };
		await setRedFlagAnswers([first.id, second.id], answers, now);
		for (const id of [first.id, second.id]) {
			expect(await getPainEntry(id)).toMatchObject({ redFlagCheck: 'answered', redFlags: answers });
		}
		expect(await recentPendingRedFlagChecks(now)).toEqual([]);

		const third = await checkIn(9, localMoment(25, 9));
		const fourth = await checkIn(9, localMoment(25, 10));
		await deletePainEntry(fourth.id, now);
		await expect(setRedFlagAnswers([third.id, fourth.id], answers, now)).rejects.toBeInstanceOf(
			GoneError
		);
		expect((await getPainEntry(third.id))?.redFlagCheck).toBe('pending');
	});

	it('a yes given today for yesterday evening’s check-in makes today urgent', async () => {
		const evening = await checkIn(9, localMoment(24, 22));
		expect(await redFlagAnswersOnDay('2026-11-25')).toEqual({});
		await setRedFlagAnswers(evening.id, { 'bladder-bowel': true, trauma: false }, now);
		expect(await redFlagAnswersOnDay('2026-11-25')).toEqual({ 'bladder-bowel': true });
		expect(await redFlagAnswersOnDay('2026-11-24')).toEqual({ 'bladder-bowel': true });
		expect(await redFlagAnswersOnDay('2026-11-26')).toEqual({});
	});
});
