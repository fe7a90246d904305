// The version 2 upgrade: per-day rollups built from version-1 rows, checked by hand.
import { afterEach, describe, expect, it } from 'vitest';
import { bodyMarkRow, dailyCheckRow, painEntryRow, sessionRow } from '../../test-data/rows';
import { UnknotDatabase } from './schema';

const name = 'unknot-rollup-upgrade-fixture';
const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();

afterEach(async () => {
	await new UnknotDatabase(name).delete();
});

describe('version 1 to 2', () => {
	it('builds the rollup of every existing day from the version-1 rows', async () => {
		const old = new UnknotDatabase(name, 1);
		await old.open();
		expect(old.verno).toBe(1);
		await old.painEntries.bulkAdd([
			painEntryRow(at(10, 8), 7),
			painEntryRow(at(10, 20), 4),
			painEntryRow(at(10, 21), 1, { deletedAt: at(10, 22) }),
			painEntryRow(at(12, 9), 5)
		]);
		await old.sessions.bulkAdd([
			sessionRow(at(10, 19), { holdSeconds: 120, painBefore: 6, painAfter: 3 }),
			sessionRow(at(11, 10), { kind: 'clinic', treatment: 'acupuncture', holdSeconds: 0 }),
			sessionRow(at(12, 10), { deletedAt: at(12, 11) })
		]);
		await old.dailyChecks.add(dailyCheckRow(at(12, 21), 4, 5, 6));
		await old.bodyMarks.add(bodyMarkRow(at(10, 8), 'quadratus-lumborum', 7));
		old.close();

		const current = new UnknotDatabase(name, 2);
		await current.open();
		expect(current.verno).toBe(2);
		const rollups = await current.dayRollups.toArray();
		expect(rollups).toEqual([
			{
				day: '2026-11-10',
				painCount: 2,
				painSum: 11,
				painMin: 4,
				painMax: 7,
				releaseCount: 1,
				holdSeconds: 120,
				clinic: [],
				sessionPainBeforeSum: 6,
				sessionPainBeforeCount: 1,
				sessionPainAfterSum: 3,
				sessionPainAfterCount: 1,
				peg: null,
				markCount: 1,
				regions: { 'quadratus-lumborum': { count: 1, intensitySum: 7 } }
			},
			{
				day: '2026-11-11',
				painCount: 0,
				painSum: 0,
				painMin: null,
				painMax: null,
				releaseCount: 0,
				holdSeconds: 0,
				clinic: ['acupuncture'],
				sessionPainBeforeSum: 0,
				sessionPainBeforeCount: 0,
				sessionPainAfterSum: 0,
				sessionPainAfterCount: 0,
				peg: null,
				markCount: 0,
				regions: {}
			},
			{
				day: '2026-11-12',
				painCount: 1,
				painSum: 5,
				painMin: 5,
				painMax: 5,
				releaseCount: 0,
				holdSeconds: 0,
				clinic: [],
				sessionPainBeforeSum: 0,
				sessionPainBeforeCount: 0,
				sessionPainAfterSum: 0,
				sessionPainAfterCount: 0,
				peg: 5,
				markCount: 0,
				regions: {}
			}
		]);
		// The version-1 rows themselves are untouched.
		expect(await current.painEntries.count()).toBe(4);
		// And later writes keep the rollups right.
		await current.painEntries.add(painEntryRow(at(12, 22), 9));
		expect(await current.dayRollups.get('2026-11-12')).toMatchObject({ painCount: 2, painSum: 14 });
		current.close();
	});
});
