import { describe, expect, it } from 'vitest';
import { validateClinicVisit, validateSessionLog, type SessionLogInput } from './sessionValidation';
import { reminderDue, validatePlan } from './plan';

const now = new Date(2026, 10, 25, 12, 0).getTime();
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
	it('accepts a cupping visit today and refuses a future day, an unknown treatment or no place', () => {
		expect(
			validateClinicVisit(
				{ day: '2026-11-25', treatment: 'cupping', regionIds: ['left-flank'], note: '' },
				now
			).ok
		).toBe(true);
		const bad = validateClinicVisit(
			{ day: '2026-11-26', treatment: 'massage', regionIds: [], note: '' },
			now
		);
		expect(bad.ok ? [] : Object.keys(bad.errors).sort()).toEqual(['day', 'regionIds', 'treatment']);
		const noDay = validateClinicVisit(
			{ day: '', treatment: 'cupping', regionIds: ['sacrum'], note: '' },
			now
		);
		expect(noDay.ok ? {} : noDay.errors).toEqual({ day: expect.stringMatching(/date/) });
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
	const at = (hour: number, minute = 0) => new Date(2026, 10, 25, hour, minute).getTime();
	it('is due from the preferred time, once a day, only while the plan is due', () => {
		expect(reminderDue('before-bed', at(21, 29), true, null, '2026-11-25')).toBe(false);
		expect(reminderDue('before-bed', at(21, 30), true, null, '2026-11-25')).toBe(true);
		expect(reminderDue('before-bed', at(23, 29), true, '2026-11-24', '2026-11-25')).toBe(true);
		expect(reminderDue('before-bed', at(23, 31), true, null, '2026-11-25')).toBe(false);
		expect(reminderDue('before-bed', at(22), true, '2026-11-25', '2026-11-25')).toBe(false);
		expect(reminderDue('07:00', at(7, 5), false, null, '2026-11-25')).toBe(false);
		expect(reminderDue('07:00', at(7, 5), true, null, '2026-11-25')).toBe(true);
	});
});
