import { describe, expect, it } from 'vitest';
import { validateClinicVisit, validateSessionLog, type SessionLogInput } from './sessionValidation';
import { adherenceCountsUntil, reminderDue, validatePlan } from './plan';
import { localMoment } from '../../test-data/time';

const now = localMoment(25, 12);
const minute = 60_000;

const log: SessionLogInput = {
	routineId: 'release-piriformis',
	at: now - 60 * minute,
	endAt: now - 45 * minute,
	spotsPerSide: 3,
	holdSeconds: 60,
	sideCount: 2,
	painBefore: 6,
	painAfter: null,
	note: ' better '
};

describe('session log checks', () => {
	it('accepts a session logged afterwards', () => {
		expect(validateSessionLog(log, now)).toMatchObject({
			ok: true,
			value: { painBefore: 6, painAfter: null, note: 'better' }
		});
	});

	it('refuses an end before the start or in the future', () => {
		const backwards = validateSessionLog({ ...log, endAt: log.at! - minute }, now);
		expect(backwards.ok ? {} : backwards.errors).toEqual({
			endAt: expect.stringMatching(/before the start/)
		});
		const future = validateSessionLog({ ...log, endAt: now + 10 * minute }, now);
		expect(future.ok ? {} : future.errors).toEqual({ endAt: expect.stringMatching(/future/) });
		const missing = validateSessionLog({ ...log, at: null, endAt: null }, now);
		expect(missing.ok ? {} : Object.keys(missing.errors).sort()).toEqual(['at', 'endAt']);
	});

	it('refuses pain outside 0–10, spots outside 1–10 and holds outside 20–180 s', () => {
		const checked = validateSessionLog(
			{ ...log, painBefore: 11, painAfter: -1, spotsPerSide: 0, holdSeconds: 200, sideCount: 0 },
			now
		);
		expect(checked.ok).toBe(false);
		if (checked.ok) return;
		expect(Object.keys(checked.errors).sort()).toEqual([
			'holdSeconds',
			'painAfter',
			'painBefore',
			'sides',
			'spotsPerSide'
		]);
	});
});

describe('clinic visit checks', () => {
	const visit = (overrides: Partial<Parameters<typeof validateClinicVisit>[0]>) =>
		validateClinicVisit(
			{
				day: '2026-11-25',
				treatments: ['cupping'],
				otherTreatment: '',
				regionIds: ['left-flank'],
				note: '',
				...overrides
			},
			now
		);

	it('accepts a cupping visit today and refuses a future day, an unknown treatment or no place', () => {
		expect(visit({}).ok).toBe(true);
		const bad = visit({ day: '2026-11-26', treatments: ['reiki'], regionIds: [] });
		expect(bad.ok ? [] : Object.keys(bad.errors).sort()).toEqual([
			'day',
			'regionIds',
			'treatments'
		]);
		const noDay = visit({ day: '', regionIds: ['sacrum'] });
		expect(noDay.ok ? {} : noDay.errors).toEqual({ day: expect.stringMatching(/date/) });
		const none = visit({ treatments: [] });
		expect(none.ok ? {} : none.errors).toEqual({
			treatments: expect.stringMatching(/at least one/)
		});
	});

	it('keeps several treatments in the order of the list, once each', () => {
		const checked = visit({ treatments: ['cupping', 'acupuncture', 'cupping'] });
		expect(checked.ok && checked.value.treatments).toEqual(['acupuncture', 'cupping']);
	});

	it('needs a name for "other", and drops a name given without "other"', () => {
		const unnamed = visit({ treatments: ['other'], otherTreatment: '  ' });
		expect(unnamed.ok ? {} : unnamed.errors).toEqual({
			otherTreatment: expect.stringMatching(/Name the other treatment/)
		});
		const tooLong = visit({ treatments: ['other'], otherTreatment: 'x'.repeat(61) });
		expect(tooLong.ok ? {} : tooLong.errors).toEqual({
			otherTreatment: expect.stringMatching(/60/)
		});
		const named = visit({ treatments: ['massage', 'other'], otherTreatment: ' osteopathy ' });
		expect(named.ok && named.value).toMatchObject({
			treatments: ['massage', 'other'],
			otherTreatment: 'osteopathy'
		});
		const stray = visit({ treatments: ['massage'], otherTreatment: 'osteopathy' });
		expect(stray.ok && stray.value.otherTreatment).toBe('');
	});
});

describe('plan checks', () => {
	it('refuses a plan with no day, no routine or a bad time', () => {
		const bad = validatePlan({
			routineIds: [],
			schedule: { type: 'weekdays', weekdays: [] },
			preferredTime: '25:00'
		});
		expect(bad.ok ? {} : bad.errors).toEqual({
			routineIds: expect.stringMatching(/routine/),
			schedule: expect.stringMatching(/at least one day/),
			preferredTime: expect.stringMatching(/time/)
		});
		const perWeek = validatePlan({
			routineIds: ['release-tfl'],
			schedule: { type: 'perWeek', daysPerWeek: 8 },
			preferredTime: 'before-bed'
		});
		expect(perWeek.ok ? {} : perWeek.errors).toEqual({ schedule: expect.stringMatching(/1 to 7/) });
		expect(
			validatePlan({
				routineIds: ['release-tfl', 'release-tfl'],
				schedule: { type: 'weekdays', weekdays: [5, 1, 1] },
				preferredTime: '21:30'
			})
		).toEqual({
			ok: true,
			value: {
				routineIds: ['release-tfl'],
				schedule: { type: 'weekdays', weekdays: [1, 5] },
				preferredTime: '21:30'
			}
		});
	});
});

describe('plan reminder', () => {
	it('is due from the preferred time, once a day, only while the plan is due', () => {
		expect(reminderDue('before-bed', localMoment(25, 21, 29), true, null, '2026-11-25')).toBe(
			false
		);
		expect(reminderDue('before-bed', localMoment(25, 21, 30), true, null, '2026-11-25')).toBe(true);
		expect(
			reminderDue('before-bed', localMoment(25, 23, 29), true, '2026-11-24', '2026-11-25')
		).toBe(true);
		expect(reminderDue('before-bed', localMoment(25, 23, 31), true, null, '2026-11-25')).toBe(
			false
		);
		expect(reminderDue('before-bed', localMoment(25, 22), true, '2026-11-25', '2026-11-25')).toBe(
			false
		);
		expect(reminderDue('07:00', localMoment(25, 7, 5), false, null, '2026-11-25')).toBe(false);
		expect(reminderDue('07:00', localMoment(25, 7, 5), true, null, '2026-11-25')).toBe(true);
	});
});

describe('the week counted for adherence', () => {
	// 30 November 2026 is a Monday: before the plan's time nothing of the week is due yet.
	it('ends yesterday before the planned time, unless something was done today', () => {
		const monday = '2026-11-30';
		const evening = localMoment(30, 19);
		expect(adherenceCountsUntil('before-bed', evening, monday, false)).toBe('2026-11-29');
		expect(adherenceCountsUntil('before-bed', evening, monday, true)).toBe(monday);
		expect(adherenceCountsUntil('before-bed', localMoment(30, 21, 30), monday, false)).toBe(monday);
		expect(adherenceCountsUntil('07:00', localMoment(30, 7, 1), monday, false)).toBe(monday);
	});
});
