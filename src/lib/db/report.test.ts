import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { bodyMarkFactory } from '../../test-data/factories/bodyMark';
import { painEntryFactory } from '../../test-data/factories/painEntry';
import { sessionFactory } from '../../test-data/factories/session';
import { localMoment } from '../../test-data/time';
import { database } from './database';
import { markRestDay, savePlan } from './plans';
import { reportData } from './report';
import { createRoutine } from './routines';

useCleanDatabase();

describe('report reads', () => {
	it('reads a range: rollups from 6 days before, live entries, marks and sessions oldest first', async () => {
		const kept = painEntryFactory.build({ at: localMoment(10, 20), score: 5, note: 'stiff' });
		const early = painEntryFactory.build({ at: localMoment(10, 8), score: 3 });
		const deleted = painEntryFactory.build({
			at: localMoment(11, 8),
			score: 9,
			deletedAt: localMoment(11, 9)
		});
		await (
			await database()
		).painEntries.bulkAdd([
			painEntryFactory.build({ at: localMoment(3, 8), score: 8 }),
			painEntryFactory.build({ at: localMoment(5, 8), score: 4 }),
			kept,
			early,
			deleted,
			painEntryFactory.build({ at: localMoment(20, 8), score: 2 })
		]);
		await (
			await database()
		).bodyMarks.bulkAdd([
			bodyMarkFactory.build({ at: kept.at, regionId: 'piriformis', intensity: 6, entryId: kept.id })
		]);
		await (
			await database()
		).sessions.bulkAdd([
			sessionFactory.build({ at: localMoment(12, 19), painBefore: 6, painAfter: 4 }),
			sessionFactory.build({ at: localMoment(11, 11), kind: 'clinic', treatments: ['cupping'] }),
			sessionFactory.build({ at: localMoment(13, 19), deletedAt: localMoment(13, 20) })
		]);
		const data = await reportData('2026-11-10', '2026-11-15', '2026-11-25');
		expect(data.rollupsWithLead.map((rollup) => rollup.day)).toEqual([
			'2026-11-05',
			'2026-11-10',
			'2026-11-11',
			'2026-11-12'
		]);
		expect(data.entries.map((entry) => entry.id)).toEqual([early.id, kept.id]);
		expect(data.marks.map((mark) => mark.regionId)).toEqual(['piriformis']);
		expect(data.sessions.map((session) => session.kind)).toEqual(['clinic', 'release']);
		expect(data.plan).toBeNull();
		expect(data.routineNames.get('release-glutes')).toBeDefined();
	});

	it('reads the active plan with its sessions and rest days, and own routines by their name now', async () => {
		const routine = await createRoutine(
			{
				name: 'Evening hips',
				kind: 'stretch',
				basedOn: null,
				targets: ['left-deep-glute'],
				tool: 'none',
				position: 'floor',
				steps: ['Lie down'],
				spotsPerSide: 1,
				holdSeconds: 30,
				sides: 'both',
				cautions: []
			},
			localMoment(1, 8)
		);
		const plan = await savePlan(
			{
				routineIds: [routine.id],
				schedule: { type: 'weekdays', weekdays: [1, 3, 5] },
				preferredTime: '20:00'
			},
			localMoment(2, 8)
		);
		await markRestDay(plan.id, '2026-11-11', localMoment(11, 8));
		await (
			await database()
		).sessions.bulkAdd([
			sessionFactory.build({ at: localMoment(9, 19), routineId: routine.id, spotsDone: 2 }),
			sessionFactory.build({ at: localMoment(9, 20), routineId: routine.id, spotsDone: 0 })
		]);
		const data = await reportData('2026-11-09', '2026-11-15', '2026-11-20');
		expect(data.routineNames.get(routine.id)).toBe('Evening hips');
		expect(data.plan).toMatchObject({
			routineIds: [routine.id],
			startDay: '2026-11-02',
			restDays: ['2026-11-11'],
			sessions: [{ day: '2026-11-09', routineId: routine.id }]
		});
	});
});
