import { describe, expect, it } from 'vitest';
import {
	dayAdherence,
	habitMultiplier,
	habitStrength,
	planDoneByDay,
	streaks,
	weekAdherence,
	weekStart,
	type AdherenceInput
} from './adherence';

// 2026-11-02 is a Monday.
const piriformis = 'release-piriformis';
const done = (...days: string[]) => days.map((day) => ({ day, routineId: piriformis }));

const daily: AdherenceInput = {
	routineIds: [piriformis],
	schedule: { type: 'perWeek', daysPerWeek: 7 },
	startDay: '2026-11-02',
	sessions: [],
	restDays: []
};

/** Loop's update applied by hand to a list of daily values. */
function byHand(values: number[], m: number) {
	return values.reduce((score, value) => score * m + value * (1 - m), 0);
}

describe('habit strength', () => {
	const m = Math.pow(0.5, 1 / 13);

	it('uses m = 0.5^(√f / 13)', () => {
		expect(habitMultiplier(1)).toBeCloseTo(m, 12);
		expect(habitMultiplier(3 / 7)).toBeCloseTo(Math.pow(0.5, Math.sqrt(3 / 7) / 13), 12);
	});

	it('grows as 1 − mⁿ over n days in a row and falls by m on a missed day (daily plan)', () => {
		const input = { ...daily, sessions: done('2026-11-02', '2026-11-03', '2026-11-04') };
		expect(habitStrength(input, '2026-11-04')).toBeCloseTo(1 - m ** 3, 12);
		expect(habitStrength(input, '2026-11-05')).toBeCloseTo((1 - m ** 3) * m, 12);
		expect(habitStrength({ ...input, sessions: [] }, '2026-11-05')).toBe(0);
	});

	it('credits 3 of 7 days by the share of the week target met in the last 7 days', () => {
		const input: AdherenceInput = {
			...daily,
			schedule: { type: 'perWeek', daysPerWeek: 3 },
			sessions: done('2026-11-02', '2026-11-04', '2026-11-06')
		};
		const m3 = Math.pow(0.5, Math.sqrt(3 / 7) / 13);
		// Mon 1/3, Tue 1/3, Wed 2/3, Thu 2/3, Fri 1, Sat 1, Sun 1.
		const expected = byHand([1 / 3, 1 / 3, 2 / 3, 2 / 3, 1, 1, 1], m3);
		expect(habitStrength(input, '2026-11-08')).toBeCloseTo(expected, 12);
		// Next Monday the first Monday leaves the window: 2 of 3.
		expect(habitStrength(input, '2026-11-09')).toBeCloseTo(expected * m3 + (2 / 3) * (1 - m3), 12);
	});

	it('is not lowered by a rest day, unlike a missed day', () => {
		const rested = {
			...daily,
			sessions: done('2026-11-02', '2026-11-04'),
			restDays: ['2026-11-03']
		};
		expect(habitStrength(rested, '2026-11-04')).toBeCloseTo(1 - m ** 2, 12);
		const missed = { ...rested, restDays: [] };
		expect(habitStrength(missed, '2026-11-04')).toBeCloseTo(byHand([1, 0, 1], m), 12);
		expect(habitStrength(missed, '2026-11-04')).toBeLessThan(habitStrength(rested, '2026-11-04'));
	});

	it('gives half credit on a day when one of two planned routines was done', () => {
		const input: AdherenceInput = {
			...daily,
			routineIds: [piriformis, 'release-tfl'],
			sessions: [
				...done('2026-11-02'),
				{ day: '2026-11-02', routineId: 'release-tfl' },
				...done('2026-11-03')
			]
		};
		expect(habitStrength(input, '2026-11-03')).toBeCloseTo(byHand([1, 0.5], m), 12);
	});
});

describe('adherence by day and week', () => {
	const monWedFri: AdherenceInput = {
		...daily,
		schedule: { type: 'weekdays', weekdays: [1, 3, 5] }
	};

	it('finds the Monday of a week', () => {
		expect(weekStart('2026-11-08')).toBe('2026-11-02');
		expect(weekStart('2026-11-02')).toBe('2026-11-02');
		expect(weekStart('2026-11-04')).toBe('2026-11-02');
	});

	it('plans fixed weekdays and counts done / planned each day', () => {
		const input = { ...monWedFri, sessions: done('2026-11-02', '2026-11-03') };
		expect(dayAdherence(input, '2026-11-02')).toEqual({
			planned: 1,
			done: 1,
			rest: false,
			due: false
		});
		expect(dayAdherence(input, '2026-11-03')).toMatchObject({ planned: 0, due: false });
		expect(dayAdherence(input, '2026-11-04')).toEqual({
			planned: 1,
			done: 0,
			rest: false,
			due: true
		});
		expect(dayAdherence({ ...input, restDays: ['2026-11-04'] }, '2026-11-04')).toMatchObject({
			rest: true,
			due: false
		});
	});

	it('plans "n days a week" until the week\'s n days are done', () => {
		const twice: AdherenceInput = {
			...daily,
			schedule: { type: 'perWeek', daysPerWeek: 2 },
			sessions: done('2026-11-02', '2026-11-03')
		};
		expect(dayAdherence(twice, '2026-11-03')).toMatchObject({ planned: 1, done: 1 });
		expect(dayAdherence(twice, '2026-11-04')).toMatchObject({ planned: 0, due: false });
		expect(dayAdherence(twice, '2026-11-09')).toMatchObject({ planned: 1, due: true });
	});

	it('gives the week a percentage of the planned days so far, leaving out rest days', () => {
		const input = { ...monWedFri, sessions: done('2026-11-02', '2026-11-06') };
		expect(weekAdherence(input, '2026-11-02', '2026-11-08')).toEqual({
			plannedDays: 3,
			doneDays: 2,
			percent: 67
		});
		expect(weekAdherence(input, '2026-11-02', '2026-11-03')).toEqual({
			plannedDays: 1,
			doneDays: 1,
			percent: 100
		});
		expect(
			weekAdherence({ ...input, restDays: ['2026-11-04'] }, '2026-11-05', '2026-11-08').percent
		).toBe(100);
		const thrice = { ...daily, schedule: { type: 'perWeek', daysPerWeek: 3 } } as const;
		expect(
			weekAdherence(
				{ ...thrice, sessions: done('2026-11-02', '2026-11-03') },
				'2026-11-04',
				'2026-11-04'
			)
		).toEqual({ plannedDays: 3, doneDays: 2, percent: 67 });
		expect(
			weekAdherence({ ...monWedFri, startDay: '2026-11-10' }, '2026-11-02', '2026-11-08').percent
		).toBeNull();
	});
});

describe('streaks', () => {
	const monWedFri: AdherenceInput = {
		...daily,
		schedule: { type: 'weekdays', weekdays: [1, 3, 5] }
	};

	it('counts plan days done in a row; today still open does not break it', () => {
		const input = {
			...monWedFri,
			sessions: done('2026-11-02', '2026-11-04', '2026-11-09', '2026-11-11')
		};
		expect(streaks(input, '2026-11-13')).toEqual({ current: 2, best: 2, unit: 'days' });
		expect(
			streaks({ ...input, sessions: [...input.sessions, ...done('2026-11-13')] }, '2026-11-13')
		).toEqual({
			current: 3,
			best: 3,
			unit: 'days'
		});
		expect(streaks(input, '2026-11-14')).toEqual({ current: 0, best: 2, unit: 'days' });
	});

	it('lets a rest day neither count nor break the streak', () => {
		const input = {
			...monWedFri,
			sessions: done('2026-11-02', '2026-11-04', '2026-11-09', '2026-11-11'),
			restDays: ['2026-11-06']
		};
		expect(streaks(input, '2026-11-12')).toEqual({ current: 4, best: 4, unit: 'days' });
	});

	it('counts weeks for "n days a week"', () => {
		const input: AdherenceInput = {
			...daily,
			schedule: { type: 'perWeek', daysPerWeek: 2 },
			sessions: done('2026-11-02', '2026-11-05', '2026-11-10', '2026-11-12', '2026-11-16')
		};
		expect(streaks(input, '2026-11-18')).toEqual({ current: 2, best: 2, unit: 'weeks' });
		expect(streaks(input, '2026-11-23')).toEqual({ current: 0, best: 2, unit: 'weeks' });
	});
});

describe('plan done by day, for Insights', () => {
	it('lists only planned days from the plan start, leaving out rest days', () => {
		const mondaysAndThursdays: AdherenceInput = {
			routineIds: [piriformis],
			schedule: { type: 'weekdays', weekdays: [1, 4] },
			startDay: '2026-11-03',
			sessions: done('2026-11-05', '2026-11-09', '2026-11-10'),
			restDays: ['2026-11-12']
		};
		const result = planDoneByDay(mondaysAndThursdays, '2026-11-01', '2026-11-16');
		// Mon 2 is before the start; Thu 5 done; Mon 9 done; Thu 12 rest; Mon 16 not done.
		expect([...result]).toEqual([
			['2026-11-05', true],
			['2026-11-09', true],
			['2026-11-16', false]
		]);
	});

	it('counts an "n days a week" plan\'s days as planned only up to the week\'s target', () => {
		const threeAWeek: AdherenceInput = {
			routineIds: [piriformis],
			schedule: { type: 'perWeek', daysPerWeek: 3 },
			startDay: '2026-11-02',
			// Week 1: Mon, Wed and Fri done. Week 2: Tue only, Sun a rest day. Week 3: nothing.
			sessions: done('2026-11-02', '2026-11-04', '2026-11-06', '2026-11-10'),
			restDays: ['2026-11-15']
		};
		// Week 1 met its target: the empty days between were never meant to be used, so they
		// are not "planned days without it". Week 2 used 2 of 3 (Tue, the rest day): one day
		// is missing, the last empty one, Sat 14. Week 3, up to Wed 18: Fri to Sun can still
		// make the three days, so nothing is missed yet.
		expect([...planDoneByDay(threeAWeek, '2026-11-01', '2026-11-18')]).toEqual([
			['2026-11-02', true],
			['2026-11-04', true],
			['2026-11-06', true],
			['2026-11-10', true],
			['2026-11-14', false]
		]);
		// Up to Sat 21: the three days can no longer all be had; Fri 20 and Sat 21 are missed
		// (Sun 22 is still to come).
		expect([...planDoneByDay(threeAWeek, '2026-11-16', '2026-11-21')]).toEqual([
			['2026-11-20', false],
			['2026-11-21', false]
		]);
	});

	it('counts partial days and the week\'s days before the start for an "n days a week" plan', () => {
		const threeAWeek: AdherenceInput = {
			routineIds: [piriformis, 'release-glutes'],
			schedule: { type: 'perWeek', daysPerWeek: 3 },
			// A Wednesday: the week's Monday and Tuesday count towards its three days.
			startDay: '2026-11-04',
			sessions: [
				...done('2026-11-02', '2026-11-09'),
				{ day: '2026-11-02', routineId: 'release-glutes' },
				{ day: '2026-11-09', routineId: 'release-glutes' },
				{ day: '2026-11-10', routineId: 'release-glutes' }
			],
			restDays: ['2026-11-11', '2026-11-12']
		};
		// Week 1: Mon 2 (before the start) used one day; two missing: the last empty ones,
		// Sat 7 and Sun 8. Week 2: Mon 9 done, Tue 10 half done (planned, not done), Wed 11 and
		// Thu 12 rest: the target is used up.
		expect([...planDoneByDay(threeAWeek, '2026-11-01', '2026-11-15')]).toEqual([
			['2026-11-07', false],
			['2026-11-08', false],
			['2026-11-09', true],
			['2026-11-10', false]
		]);
	});

	it('lists nothing for a range that ends before the plan starts', () => {
		expect(
			planDoneByDay({ ...daily, startDay: '2026-11-20' }, '2026-11-01', '2026-11-10').size
		).toBe(0);
	});
});
