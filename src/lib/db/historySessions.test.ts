import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { localMoment } from '../../test-data/time';
import { historyPage } from './history';
import { addPainEntry } from './painEntries';
import { deleteSession, logClinicVisit, logSession } from './sessions';

useCleanDatabase();

const now = localMoment(30, 12);

async function logPiriformis(day: number) {
	return logSession(
		{
			routineId: 'release-piriformis',
			at: localMoment(day, 21),
			endAt: localMoment(day, 21) + 600_000,
			spotsPerSide: 3,
			holdSeconds: 60,
			sides: ['left', 'right'],
			painBefore: 6,
			painAfter: 4,
			note: ''
		},
		now
	);
}

describe('History with sessions', () => {
	it('shows sessions beside pain entries, and days with only sessions, paged together', async () => {
		await addPainEntry({ score: 5, at: localMoment(10, 8), note: '', tags: ['cold'] }, now);
		await logPiriformis(10);
		await logPiriformis(9);
		await logClinicVisit(
			{
				day: '2026-11-08',
				treatments: ['cupping'],
				otherTreatment: '',
				regionIds: ['sacrum'],
				note: ''
			},
			now
		);
		await addPainEntry({ score: 3, at: localMoment(7, 8), note: '', tags: [] }, now);

		const first = await historyPage({}, null, 2);
		expect(first.days.map((day) => day.day)).toEqual(['2026-11-10', '2026-11-09']);
		expect(first.days[0]!.entries).toHaveLength(1);
		expect(first.days[0]!.sessions.map((session) => session.routineId)).toEqual([
			'release-piriformis'
		]);
		expect(first.days[1]!.entries).toEqual([]);
		expect(first.days[1]!.summary).toBeNull();
		expect(first.olderCursor).toBe('2026-11-09');

		const second = await historyPage({}, first.olderCursor, 2);
		expect(second.days.map((day) => day.day)).toEqual(['2026-11-08', '2026-11-07']);
		expect(second.days[0]!.sessions[0]).toMatchObject({ kind: 'clinic', treatments: ['cupping'] });
		expect(second.olderCursor).toBeNull();
	});

	it('leaves deleted sessions out, and sessions out of a tag filter', async () => {
		await addPainEntry({ score: 5, at: localMoment(10, 8), note: '', tags: ['cold'] }, now);
		const session = await logPiriformis(9);
		await deleteSession(session.id, now);
		expect((await historyPage({}, null, 5)).days.map((day) => day.day)).toEqual(['2026-11-10']);
		await logPiriformis(10);
		const tagged = await historyPage({ tag: 'cold' }, null, 5);
		expect(tagged.days[0]!.sessions).toEqual([]);
	});
});
