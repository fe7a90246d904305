import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { bodyMarkRow, painEntryRow, sessionRow } from '../../test-data/rows';
import { database } from './database';
import { markRestDay, savePlan } from './plans';
import { reportData } from './report';
import { createRoutine } from './routines';

useCleanDatabase();

const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();

describe('report reads', () => {
	it('reads a range: rollups from 6 days before, live entries, marks and sessions oldest first', async () => {
		const kept = painEntryRow(at(10, 20), 5, { note: 'stiff' });
		const early = painEntryRow(at(10, 8), 3);
		const deleted = painEntryRow(at(11, 8), 9, { deletedAt: at(11, 9) });
		await database().painEntries.bulkAdd([
			painEntryRow(at(3, 8), 8),
			painEntryRow(at(5, 8), 4),
			kept,
			early,
			deleted,
			painEntryRow(at(20, 8), 2)
		]);
		await database().bodyMarks.bulkAdd([
			bodyMarkRow(kept.at, 'piriformis', 6, { entryId: kept.id })
		]);
		await database().sessions.bulkAdd([
			sessionRow(at(12, 19), { painBefore: 6, painAfter: 4 }),
			sessionRow(at(11, 11), { kind: 'clinic', treatments: ['cupping'] }),
			sessionRow(at(13, 19), { deletedAt: at(13, 20) })
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
			at(1, 8)
		);
		const plan = await savePlan(
			{
				routineIds: [routine.id],
				schedule: { type: 'weekdays', weekdays: [1, 3, 5] },
				preferredTime: '20:00'
			},
			at(2, 8)
		);
		await markRestDay(plan.id, '2026-11-11', at(11, 8));
		await database().sessions.bulkAdd([
			sessionRow(at(9, 19), { routineId: routine.id, spotsDone: 2 }),
			sessionRow(at(9, 20), { routineId: routine.id, spotsDone: 0 })
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
