import { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { bodyMarkFactory } from '../../test-data/factories/bodyMark';
import { dailyCheckFactory } from '../../test-data/factories/dailyCheck';
import { painEntryFactory } from '../../test-data/factories/painEntry';
import { sessionFactory } from '../../test-data/factories/session';
import { localMoment } from '../../test-data/time';
import { database } from './database';
import { addPainEntry, deletePainEntry, restorePainEntry, updatePainEntry } from './painEntries';

useCleanDatabase();

const now = localMoment(25, 12);
const rollup = async (day: string) => (await database()).dayRollups.get(day);

describe('day rollups kept by the middleware', () => {
	it('sums a day after adds through the repository', async () => {
		await addPainEntry({ score: 6, at: localMoment(24, 8), note: '', tags: [] }, now);
		await addPainEntry({ score: 3, at: localMoment(24, 20), note: '', tags: [] }, now);
		await addPainEntry({ score: 5, at: localMoment(25, 8), note: '', tags: [] }, now);
		expect(await rollup('2026-11-24')).toMatchObject({
			painCount: 2,
			painSum: 9,
			painMin: 3,
			painMax: 6,
			selfCareCount: 0,
			clinic: [],
			peg: null,
			markCount: 0
		});
		expect(await rollup('2026-11-25')).toMatchObject({ painCount: 1, painSum: 5 });
	});

	it('moves the score from the old day to the new one when an entry is edited', async () => {
		const moved = await addPainEntry({ score: 8, at: localMoment(25, 8), note: '', tags: [] }, now);
		await addPainEntry({ score: 2, at: localMoment(25, 9), note: '', tags: [] }, now);
		await addPainEntry({ score: 4, at: localMoment(23, 9), note: '', tags: [] }, now);
		await updatePainEntry(moved.id, { score: 7, at: localMoment(23, 21), note: '', tags: [] }, now);
		expect(await rollup('2026-11-25')).toMatchObject({
			painCount: 1,
			painSum: 2,
			painMin: 2,
			painMax: 2
		});
		expect(await rollup('2026-11-23')).toMatchObject({
			painCount: 2,
			painSum: 11,
			painMin: 4,
			painMax: 7
		});
	});

	it('drops a soft-deleted entry and brings it back on undo', async () => {
		const kept = await addPainEntry({ score: 4, at: localMoment(25, 7), note: '', tags: [] }, now);
		const removed = await addPainEntry(
			{ score: 9, at: localMoment(25, 8), note: '', tags: [] },
			now
		);
		await deletePainEntry(removed.id, now + 1);
		expect(await rollup('2026-11-25')).toMatchObject({ painCount: 1, painSum: 4, painMax: 4 });
		await deletePainEntry(kept.id, now + 2);
		expect(await rollup('2026-11-25')).toBeUndefined();
		await restorePainEntry(removed.id, now + 3);
		expect(await rollup('2026-11-25')).toMatchObject({ painCount: 1, painSum: 9, painMin: 9 });
	});

	it('counts sessions, clinic visits, session pain, the daily check and body marks', async () => {
		const db = await database();
		await db.sessions.add(
			sessionFactory.build({ at: localMoment(20, 8), holdSeconds: 90, painBefore: 6, painAfter: 4 })
		);
		await db.sessions.add(
			sessionFactory.build({
				at: localMoment(20, 21),
				kind: 'stretch',
				holdSeconds: 30,
				painBefore: 5,
				painAfter: null
			})
		);
		await db.sessions.add(
			sessionFactory.build({
				at: localMoment(20, 12),
				kind: 'clinic',
				treatments: ['cupping', 'massage'],
				holdSeconds: 0,
				routineId: null
			})
		);
		await db.dailyChecks.add(
			dailyCheckFactory.build({ at: localMoment(20, 9), pain: 9, enjoyment: 9, activity: 9 })
		);
		await db.dailyChecks.add(
			dailyCheckFactory.build({ at: localMoment(20, 22), pain: 6, enjoyment: 4, activity: 5 })
		);
		await db.bodyMarks.bulkAdd([
			bodyMarkFactory.build({ at: localMoment(20, 8), regionId: 'piriformis', intensity: 6 }),
			bodyMarkFactory.build({
				at: localMoment(20, 9),
				regionId: 'piriformis',
				intensity: 4,
				sensations: ['tingling', 'ache']
			}),
			bodyMarkFactory.build({
				at: localMoment(20, 9),
				regionId: 'tfl',
				intensity: 3,
				sensations: ['tingling']
			})
		]);
		expect(await rollup('2026-11-20')).toEqual({
			day: '2026-11-20',
			painCount: 0,
			painSum: 0,
			painMin: null,
			painMax: null,
			selfCareCount: 2,
			holdSeconds: 120,
			clinicVisitCount: 1,
			clinic: ['cupping', 'massage'],
			sessionPainBeforeSum: 11,
			sessionPainBeforeCount: 2,
			sessionPainAfterSum: 4,
			sessionPainAfterCount: 1,
			peg: 5,
			markCount: 3,
			regions: { piriformis: { count: 2, intensitySum: 10 }, tfl: { count: 1, intensitySum: 3 } },
			sensations: { tingling: { piriformis: 1, tfl: 1 }, ache: { piriformis: 1 } }
		});
	});

	it('recomputes after a hard delete and a delete of a whole range', async () => {
		const db = await database();
		const first = sessionFactory.build({ at: localMoment(21, 8) });
		const second = sessionFactory.build({ at: localMoment(21, 9) });
		await db.sessions.bulkAdd([first, second]);
		await db.sessions.delete(first.id);
		expect(await rollup('2026-11-21')).toMatchObject({ selfCareCount: 1, holdSeconds: 60 });
		await db.painEntries.add(painEntryFactory.build({ at: localMoment(22, 8), score: 5 }));
		await db.sessions.clear();
		expect(await rollup('2026-11-21')).toBeUndefined();
		expect(await rollup('2026-11-22')).toMatchObject({ painCount: 1, selfCareCount: 0 });
	});

	it('follows a modify by function and a delete by index', async () => {
		const db = await database();
		await db.bodyMarks.bulkAdd([
			bodyMarkFactory.build({ at: localMoment(19, 8), regionId: 'tfl', intensity: 4 }),
			bodyMarkFactory.build({ at: localMoment(19, 9), regionId: 'piriformis', intensity: 5 }),
			bodyMarkFactory.build({ at: localMoment(19, 10), regionId: 'piriformis', intensity: 7 })
		]);
		await db.bodyMarks
			.where('regionId')
			.equals('piriformis')
			.modify((mark) => {
				mark.intensity += 1;
			});
		expect((await rollup('2026-11-19'))?.regions).toEqual({
			tfl: { count: 1, intensitySum: 4 },
			piriformis: { count: 2, intensitySum: 14 }
		});
		await db.bodyMarks.where('regionId').equals('tfl').delete();
		const after = await rollup('2026-11-19');
		expect(after?.markCount).toBe(2);
		expect(after?.regions).toEqual({ piriformis: { count: 2, intensitySum: 14 } });
	});

	it('is right after a bulkPut of many rows over many days, as an import does', async () => {
		const rows = [];
		// 120 days, scores 0..9 cycling, three entries a day: day i has i%10, (i+1)%10, (i+2)%10.
		for (let index = 0; index < 120; index += 1) {
			for (let hour = 0; hour < 3; hour += 1) {
				rows.push(
					painEntryFactory.build({
						at: localMoment(1 + index, 8 + hour, 0, 1),
						score: (index + hour) % 10
					})
				);
			}
		}
		await (await database()).painEntries.bulkPut(rows);
		expect(await (await database()).dayRollups.count()).toBe(120);
		// 2026-01-01 is index 0: scores 0, 1, 2.
		expect(await rollup('2026-01-01')).toMatchObject({ painCount: 3, painSum: 3, painMax: 2 });
		// 2026-01-09 is index 8: scores 8, 9, 0.
		expect(await rollup('2026-01-09')).toMatchObject({ painSum: 17, painMin: 0, painMax: 9 });
		// Editing every row in one bulkPut moves nothing but the scores: all become 1.
		await (await database()).painEntries.bulkPut(rows.map((row) => ({ ...row, score: 1 })));
		expect(await rollup('2026-01-09')).toMatchObject({ painSum: 3, painMin: 1, painMax: 1 });
	});

	it('rolls back the rollup with the write when the transaction fails', async () => {
		await addPainEntry({ score: 3, at: localMoment(25, 7), note: '', tags: [] }, now);
		const db = await database();
		await expect(
			db.transaction('rw', db.painEntries, async () => {
				await db.painEntries.add(painEntryFactory.build({ at: localMoment(25, 9), score: 10 }));
				throw new Error('stop');
			})
		).rejects.toThrow('stop');
		expect(await rollup('2026-11-25')).toMatchObject({ painCount: 1, painSum: 3 });
	});

	it('wakes a live query of the rollups when a source row is written', async () => {
		const counts: number[] = [];
		const subscription = liveQuery(async () =>
			(await database()).dayRollups.get('2026-11-25')
		).subscribe((found) => counts.push(found?.painCount ?? 0));
		try {
			await vi.waitFor(() => expect(counts).toEqual([0]));
			await addPainEntry({ score: 5, at: localMoment(25, 7), note: '', tags: [] }, now);
			await vi.waitFor(() => expect(counts.at(-1)).toBe(1));
		} finally {
			subscription.unsubscribe();
		}
	});
});
