import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { painEntryFactory } from '../../test-data/factories/painEntry';
import { sessionFactory } from '../../test-data/factories/session';
import { localMoment } from '../../test-data/time';
import { database } from './database';
import { firstJournalDay, rollupsBetween, sessionDetails } from './insights';

useCleanDatabase();

describe('insights reads', () => {
	it('reads rollups of a range and the first day of the journal', async () => {
		expect(await firstJournalDay()).toBeNull();
		await (
			await database()
		).painEntries.bulkAdd([
			painEntryFactory.build({ at: localMoment(3, 8), score: 4 }),
			painEntryFactory.build({ at: localMoment(5, 8), score: 6 }),
			painEntryFactory.build({ at: localMoment(9, 8), score: 2 })
		]);
		expect(await firstJournalDay()).toBe('2026-11-03');
		const rollups = await rollupsBetween('2026-11-04', '2026-11-09');
		expect(rollups.map((rollup) => [rollup.day, rollup.painSum])).toEqual([
			['2026-11-05', 6],
			['2026-11-09', 2]
		]);
	});

	it('lists live self-care sessions with before and after pain, and their targets', async () => {
		await (
			await database()
		).sessions.bulkAdd([
			sessionFactory.build({
				at: localMoment(4, 8),
				routineName: 'Glutes on the wall',
				painBefore: 6,
				painAfter: 4,
				regionIds: ['piriformis']
			}),
			sessionFactory.build({
				at: localMoment(4, 9),
				painBefore: 6,
				painAfter: null,
				regionIds: ['tfl']
			}),
			sessionFactory.build({
				at: localMoment(4, 10),
				painBefore: 3,
				painAfter: 1,
				deletedAt: localMoment(4, 11)
			}),
			sessionFactory.build({
				at: localMoment(4, 12),
				kind: 'clinic',
				treatments: ['cupping'],
				painBefore: 7,
				painAfter: 5
			}),
			sessionFactory.build({ at: localMoment(20, 8), painBefore: 5, painAfter: 5 })
		]);
		const details = await sessionDetails('2026-11-01', '2026-11-10');
		expect(details.pairs).toEqual([
			{ day: '2026-11-04', routineName: 'Glutes on the wall', before: 6, after: 4 }
		]);
		expect(details.targets.map((target) => target.regionIds)).toEqual([['piriformis'], ['tfl']]);
	});
});
