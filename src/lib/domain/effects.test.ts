import { describe, expect, it } from 'vitest';
import { addDays } from './day';
import { clinicEffects, doneBySessions, lagComparisons, sessionEffects } from './effects';

const november = (date: number) => addDays('2026-11-01', date - 1);

describe('lag comparisons', () => {
	// Done on even days 2–28. Odd days hurt 2 or 4 (mean 3), even days 7 or 5 (mean 6);
	// pain is logged on days 1–29.
	const done = new Map<string, boolean>();
	for (let date = 1; date <= 28; date += 1) done.set(november(date), date % 2 === 0);
	const pain = new Map<string, number>();
	for (let date = 1; date <= 29; date += 1) {
		const odd = date % 2 === 1;
		pain.set(november(date), odd ? (date % 4 === 1 ? 2 : 4) : date % 4 === 0 ? 5 : 7);
	}
	const [sameDay, nextDay, twoDays] = lagComparisons(pain, done, [0, 1, 2]);

	it('compares the day after days done with the day after days not done', () => {
		expect(nextDay!.lag).toBe(1);
		const result = nextDay!.result;
		if (!result.enough) throw new Error('expected enough data');
		// After done days: odd days 3–29 (seven 4s, seven 2s); after not-done: even days 2–28.
		expect(result.nA).toBe(14);
		expect(result.nB).toBe(14);
		expect(result.meanA).toBe(3);
		expect(result.meanB).toBe(6);
		expect(result.difference).toBe(-3);
		// Variances 14/13 each; SE = √(2/13) = 0.392232; margin 0.768761.
		expect(result.low).toBeCloseTo(-3.768761, 5);
		expect(result.high).toBeCloseTo(-2.231239, 5);
	});

	it('compares the same day at lag 0', () => {
		const result = sameDay!.result;
		if (!result.enough) throw new Error('expected enough data');
		expect(result.meanA).toBe(6);
		expect(result.meanB).toBe(3);
		expect(result.difference).toBe(3);
	});

	it('says not enough when a side has fewer than 14 days', () => {
		// Two days after even days 2–28 are days 4–30; day 30 has no entry: 13 days.
		expect(twoDays!.result).toEqual({ enough: false, nA: 13, nB: 14 });
	});

	it('counts a day with a session as done until the plan is wired in', () => {
		const map = doneBySessions([
			{ day: '2026-11-01', selfCareCount: 0 },
			{ day: '2026-11-02', selfCareCount: 2 }
		]);
		expect([...map]).toEqual([
			['2026-11-01', false],
			['2026-11-02', true]
		]);
	});
});

describe('clinic effects', () => {
	it('pools the 3 days after and 7 days before visits, each day once, the nearer visit first', () => {
		const pain = new Map<string, number>();
		for (let date = 1; date <= 30; date += 1) pain.set(november(date), 5);
		const effects = clinicEffects(pain, [
			{ day: november(10), treatment: 'acupuncture' },
			{ day: november(14), treatment: 'acupuncture' }
		]);
		// After: 11–13 and 15–17 (6 days). Before: 3–9 and 7–13, less 11–13 (after) and the
		// visit day 10: 3–9 (7 days).
		expect(effects).toEqual([
			{ treatment: 'acupuncture', visits: 2, result: { enough: false, nA: 6, nB: 7 } }
		]);
	});

	it('compares means when there are 14 days a side', () => {
		const pain = new Map<string, number>();
		const visits = [8, 18, 28, 38, 48].map((date) => november(date));
		for (let date = 1; date <= 60; date += 1) pain.set(november(date), 5);
		for (const visit of visits) {
			for (let offset = 1; offset <= 3; offset += 1) pain.set(addDays(visit, offset), 3);
		}
		const [effect] = clinicEffects(
			pain,
			visits.map((day) => ({ day, treatment: 'cupping' as const }))
		);
		// 15 days after (all 3); before: 1–7, then 6 days before each later visit: 31 days of 5.
		expect(effect).toMatchObject({
			treatment: 'cupping',
			visits: 5,
			result: {
				enough: true,
				nA: 15,
				nB: 31,
				meanA: 3,
				meanB: 5,
				difference: -2,
				low: -2,
				high: -2
			}
		});
	});
});

describe('session effects', () => {
	it('gives mean pain before and after per routine with n, and not enough under 14 days', () => {
		const pairs = [];
		for (let date = 1; date <= 14; date += 1) {
			pairs.push({
				day: november(date),
				routineName: 'Glutes on the wall',
				before: 6,
				after: date % 2 === 0 ? 4 : 5
			});
		}
		pairs.push({ day: november(1), routineName: 'TFL on the floor', before: 5, after: 3 });
		const [glutes, tfl] = sessionEffects(pairs);
		// Changes −2 and −1, seven each: mean −1.5, variance 3.5/13, SE 0.138675, margin 0.271800.
		expect(glutes).toMatchObject({
			routineName: 'Glutes on the wall',
			sessions: 14,
			days: 14,
			enough: true,
			meanBefore: 6,
			meanAfter: 4.5,
			change: -1.5
		});
		if (!glutes?.enough) throw new Error('expected enough data');
		expect(glutes.low).toBeCloseTo(-1.7718, 4);
		expect(glutes.high).toBeCloseTo(-1.2282, 4);
		expect(tfl).toEqual({ routineName: 'TFL on the floor', sessions: 1, days: 1, enough: false });
	});
});
