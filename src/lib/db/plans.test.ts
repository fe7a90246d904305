import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { localMoment } from '../../test-data/time';
import { dayAdherence, habitStrength } from '$lib/domain/adherence';
import { database } from './database';
import { ChangedElsewhereError, ValidationError } from './errors';
import { activePlan, markRestDay, planProgress, savePlan, unmarkRestDay } from './plans';
import { logClinicVisit, logSession } from './sessions';

useCleanDatabase();

describe('plans', () => {
	it('keeps one active plan and changes it in place', async () => {
		const first = await savePlan(
			{
				routineIds: ['release-piriformis'],
				schedule: { type: 'perWeek', daysPerWeek: 7 },
				preferredTime: 'before-bed'
			},
			localMoment(23, 9)
		);
		const changed = await savePlan(
			{
				routineIds: ['release-tfl'],
				schedule: { type: 'weekdays', weekdays: [1, 3] },
				preferredTime: '20:00'
			},
			localMoment(24, 9)
		);
		expect(changed.id).toBe(first.id);
		expect(changed.createdAt).toBe(localMoment(23, 9));
		expect(await activePlan()).toMatchObject({
			routineIds: ['release-tfl'],
			preferredTime: '20:00'
		});
		expect(await (await database()).plans.count()).toBe(1);
	});

	it('refuses a plan with no day and stores nothing', async () => {
		await expect(
			savePlan({
				routineIds: ['release-tfl'],
				schedule: { type: 'weekdays', weekdays: [] },
				preferredTime: 'before-bed'
			})
		).rejects.toBeInstanceOf(ValidationError);
		expect(await activePlan()).toBeUndefined();
	});

	it('gathers sessions and rest days for adherence, leaving out clinic visits', async () => {
		const plan = await savePlan(
			{
				routineIds: ['release-piriformis'],
				schedule: { type: 'perWeek', daysPerWeek: 7 },
				preferredTime: 'before-bed'
			},
			localMoment(23, 9)
		);
		await logSession(
			{
				routineId: 'release-piriformis',
				at: localMoment(23, 21),
				endAt: localMoment(23, 21, 10),
				spotsPerSide: 3,
				holdSeconds: 60,
				sides: ['left', 'right'],
				painBefore: null,
				painAfter: null,
				note: ''
			},
			localMoment(25, 12)
		);
		await logClinicVisit(
			{
				day: '2026-11-24',
				treatments: ['acupuncture'],
				otherTreatment: '',
				regionIds: ['sacrum'],
				note: ''
			},
			localMoment(25, 12)
		);
		await markRestDay(plan.id, '2026-11-24', localMoment(25, 12));
		const progress = await planProgress('2026-11-25');
		expect(progress?.input).toMatchObject({
			startDay: '2026-11-23',
			sessions: [{ day: '2026-11-23', routineId: 'release-piriformis' }],
			restDays: ['2026-11-24']
		});
		const m = Math.pow(0.5, 1 / 13);
		// Done, rested, and today (25th) not done yet: 1 − m, then today's 0.
		expect(habitStrength(progress!.input, '2026-11-25')).toBeCloseTo((1 - m) * m, 12);
		expect(dayAdherence(progress!.input, '2026-11-25')).toMatchObject({ due: true, planned: 1 });
		await unmarkRestDay(plan.id, '2026-11-24', localMoment(25, 12));
		expect((await planProgress('2026-11-25'))?.input.restDays).toEqual([]);
	});
});

describe('a plan edit saved over a change made elsewhere', () => {
	it('is refused while the plan changed since the editor read it, or was made meanwhile', async () => {
		const plan = (daysPerWeek: number) => ({
			routineIds: ['release-piriformis'],
			schedule: { type: 'perWeek' as const, daysPerWeek },
			preferredTime: 'before-bed'
		});
		// The editor opened before any plan existed; another tab made one meanwhile.
		const first = await savePlan(plan(3), localMoment(23, 9));
		await expect(savePlan(plan(5), localMoment(23, 10), { updatedAt: 0 })).rejects.toBeInstanceOf(
			ChangedElsewhereError
		);
		await savePlan(plan(4), localMoment(24, 9), { updatedAt: first.updatedAt });
		await expect(
			savePlan(plan(6), localMoment(24, 10), { updatedAt: first.updatedAt })
		).rejects.toBeInstanceOf(ChangedElsewhereError);
		expect((await activePlan())?.schedule).toEqual({ type: 'perWeek', daysPerWeek: 4 });
	});
});
