import { afterEach, describe, expect, it } from 'vitest';
import { addDays, type LocalDay } from './day';
import {
	clinicEffects,
	doneBySessions,
	groupAutocorrelation,
	lagComparisons,
	sessionEffects
} from './effects';

const november = (date: number) => addDays('2026-11-01', date - 1);

/**
 * Done on even days 2–28 of a month starting on `first`. Odd days hurt 2 or 4 (mean 3), even
 * days 7 or 5 (mean 6); pain is logged on days 1–29.
 */
function alternatingMonth(first: LocalDay) {
	const on = (date: number) => addDays(first, date - 1);
	const done = new Map<string, boolean>();
	for (let date = 1; date <= 28; date += 1) done.set(on(date), date % 2 === 0);
	const pain = new Map<string, number>();
	for (let date = 1; date <= 29; date += 1) {
		const odd = date % 2 === 1;
		pain.set(on(date), odd ? (date % 4 === 1 ? 2 : 4) : date % 4 === 0 ? 5 : 7);
	}
	return lagComparisons(pain, done, [0, 1, 2]);
}

const originalZone = process.env.TZ;
afterEach(() => {
	process.env.TZ = originalZone;
});

describe('lag comparisons', () => {
	const [sameDay, nextDay, twoDays] = alternatingMonth('2026-11-01');

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
		// Residuals about each side's mean run +1, +1, −1, −1, … over days 2–29: the 27 pairs
		// sum to 1 and the 28 squares to 28, so r = (1/27)/(28/28) = 1/27 and each side's 14 days
		// count as 14·(26/27)/(28/27) = 13. Variances 14/13 each; SE = √(2·(14/13)/13); Welch df
		// 24; t(0.975, 24) = 2.063899 (NIST: 2.064). Interval −3 ± 0.840087 (SciPy
		// ttest_ind_from_stats with 13 a side).
		expect(result.autocorrelation).toBeCloseTo(1 / 27, 10);
		expect(result.effectiveA).toBeCloseTo(13, 10);
		expect(result.effectiveB).toBeCloseTo(13, 10);
		expect(result.low).toBeCloseTo(-3.8400865, 5);
		expect(result.high).toBeCloseTo(-2.1599135, 5);
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
		expect(twoDays!.result).toEqual({ enough: false, nA: 13, nB: 14, effective: null });
	});

	it('pairs the days across daylight-saving changes as on any other days', () => {
		process.env.TZ = 'Europe/Berlin';
		// Clocks go forward on 29 March 2026 and back on 25 October 2026 in Berlin: months
		// holding those days give exactly the November results.
		for (const first of ['2026-03-15', '2026-10-11']) {
			const [same, next, two] = alternatingMonth(first);
			expect(same).toEqual(sameDay);
			expect(next).toEqual(nextDay);
			expect(two).toEqual(twoDays);
		}
	});

	it('says too alike when 14 days a side count as fewer than 2', () => {
		// Pain falls one point every two days: days in a row are nearly the same, r ≈ 0.9.
		const done = new Map<string, boolean>();
		const pain = new Map<string, number>();
		for (let date = 1; date <= 30; date += 1) {
			done.set(november(date), date % 2 === 0);
			pain.set(november(date), 10 - Math.floor(date / 3) * 0.5);
		}
		const [sameDay] = lagComparisons(pain, done, [0]);
		expect(sameDay!.result).toMatchObject({ enough: false, nA: 15, nB: 15 });
		if (sameDay!.result.enough) throw new Error('expected too alike');
		expect(sameDay!.result.effective!.a).toBeLessThan(2);
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

describe('autocorrelation of the days compared', () => {
	it('takes each day about its own group mean, so a shift between groups is not likeness', () => {
		// A: days 0–3 at 8, 6, 8, 6 (mean 7); B: days 4–7 at 4, 2, 4, 2 (mean 3). About the
		// groups' means the residuals alternate +1, −1: r = −1. About the overall mean (5) they
		// would be +3, +1, +3, +1, −1, −3, −1, −3: alike.
		const a = new Map([0, 1, 2, 3].map((day) => [day, day % 2 === 0 ? 8 : 6]));
		const b = new Map([4, 5, 6, 7].map((day) => [day, day % 2 === 0 ? 4 : 2]));
		expect(groupAutocorrelation([a, b])).toBeCloseTo(-1, 10);
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
			{
				treatment: 'acupuncture',
				visits: 2,
				result: { enough: false, nA: 6, nB: 7, effective: null }
			}
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
				high: -2,
				effectiveA: 15,
				effectiveB: 31
			}
		});
	});
});

describe('session effects', () => {
	it('gives mean pain before and after per routine with n, and the interval from 14 days', () => {
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
		expect(glutes).toMatchObject({
			routineName: 'Glutes on the wall',
			sessions: 14,
			days: 14,
			meanBefore: 6,
			meanAfter: 4.5,
			change: { change: -1.5, n: 14, effective: 14, autocorrelation: 0 }
		});
		// Changes −1 and −2 alternating: r = −1, clipped to 0. Variance 3.5/13, SE 0.138675;
		// t(0.975, 13) = 2.160369 (NIST: 2.160): −1.5 ± 0.299589.
		expect(glutes!.change!.low).toBeCloseTo(-1.7995892, 6);
		expect(glutes!.change!.high).toBeCloseTo(-1.2004108, 6);
		// One session: its means and counts, no interval.
		expect(tfl).toEqual({
			routineName: 'TFL on the floor',
			sessions: 1,
			days: 1,
			meanBefore: 5,
			meanAfter: 3,
			change: null
		});
	});
});
