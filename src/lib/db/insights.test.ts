import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { painEntryRow, sessionRow } from '../../test-data/rows';
import { database } from './database';
import { firstJournalDay, rollupsBetween, sessionDetails } from './insights';

useCleanDatabase();

const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();

describe('insights reads', () => {
	it('reads rollups of a range and the first day of the journal', async () => {
		expect(await firstJournalDay()).toBeNull();
		await database().painEntries.bulkAdd([
			painEntryRow(at(3, 8), 4),
			painEntryRow(at(5, 8), 6),
			painEntryRow(at(9, 8), 2)
		]);
		expect(await firstJournalDay()).toBe('2026-11-03');
		const rollups = await rollupsBetween('2026-11-04', '2026-11-09');
		expect(rollups.map((rollup) => [rollup.day, rollup.painSum])).toEqual([
			['2026-11-05', 6],
			['2026-11-09', 2]
		]);
	});

	it('lists live self-care sessions with before and after pain, and their targets', async () => {
		await database().sessions.bulkAdd([
			sessionRow(at(4, 8), { painBefore: 6, painAfter: 4, regionIds: ['piriformis'] }),
			sessionRow(at(4, 9), { painBefore: 6, painAfter: null, regionIds: ['tfl'] }),
			sessionRow(at(4, 10), { painBefore: 3, painAfter: 1, deletedAt: at(4, 11) }),
			sessionRow(at(4, 12), {
				kind: 'clinic',
				treatments: ['cupping'],
				painBefore: 7,
				painAfter: 5
			}),
			sessionRow(at(20, 8), { painBefore: 5, painAfter: 5 })
		]);
		const details = await sessionDetails('2026-11-01', '2026-11-10');
		expect(details.pairs).toEqual([
			{ day: '2026-11-04', routineName: 'Glutes on the wall', before: 6, after: 4 }
		]);
		expect(details.targets.map((target) => target.regionIds)).toEqual([['piriformis'], ['tfl']]);
	});
});
