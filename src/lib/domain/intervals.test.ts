import { describe, expect, it } from 'vitest';
import { compareMeans, pairedChange, studentTQuantile } from './intervals';

// Reference values, each computed apart from the code under test:
// - "NIST": the table of critical values of Student's t in the NIST/SEMATECH e-Handbook of
//   Statistical Methods, section 1.3.6.7.2 (three decimals).
// - "NAG": the example results of the NAG Library's g01fbc (inverse Student's t), df 7.5.
// - "R sleep": the example of R's ?t.test, the `sleep` data (Cushny and Peebles), as R prints it:
//   Welch t = -1.8608, df = 17.776, 95 percent interval -3.3654832 to 0.2054832; paired
//   (group 2 − group 1) mean 1.58, interval 0.7001142 to 2.4598858.
// - "SciPy": scipy.stats 1.17 (ttest_ind(equal_var=False), ttest_rel, ttest_ind_from_stats and
//   t.ppf), an implementation independent of jStat, first checked here against every NIST value
//   below and both R sleep results (equal to the digits R prints).

const sleepGroupOne = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const sleepGroupTwo = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe("Student's t quantile", () => {
	it('matches the NIST table of t(0.975, df)', () => {
		const table: [number, number][] = [
			[1, 12.706],
			[2, 4.303],
			[5, 2.571],
			[8, 2.306],
			[13, 2.16],
			[14, 2.145],
			[20, 2.086],
			[25, 2.06],
			[30, 2.042],
			[100, 1.984]
		];
		for (const [degrees, value] of table) {
			expect(studentTQuantile(0.975, degrees)).toBeCloseTo(value, 3);
		}
	});

	it('takes fractional degrees of freedom, as Welch gives (NAG, SciPy)', () => {
		expect(studentTQuantile(0.01, 7.5)).toBeCloseTo(-2.9431, 4);
		// SciPy t.ppf(0.975, 17.776473516178488), R's sleep example's df.
		expect(studentTQuantile(0.975, 17.776473516178488)).toBeCloseTo(2.1028172, 6);
	});
});

describe("Welch's difference of two means", () => {
	it("gives R's interval for the sleep example", () => {
		const result = compareMeans(sleepGroupOne, sleepGroupTwo)!;
		expect(result.meanA).toBeCloseTo(0.75, 10);
		expect(result.meanB).toBeCloseTo(2.33, 10);
		expect(result.low).toBeCloseTo(-3.3654832, 6);
		expect(result.high).toBeCloseTo(0.2054832, 6);
		expect(result).toMatchObject({ nA: 10, nB: 10, effectiveA: 10, effectiveB: 10 });
	});

	it('gives the corrected interval of the issue example (t, not 1.96)', () => {
		// With 1.96 this was −2.33 … 1.70; Welch with t (df 13.36): −2.53 … 1.90 (SciPy).
		const result = compareMeans(
			[1, 9, 2, 8, 1, 9, 3, 7, 0, 10, 2, 8, 1, 9],
			[5, 5, 6, 5, 5, 6, 5, 5, 6, 5, 5, 6, 5, 5, 6, 5]
		)!;
		expect(result.difference).toBeCloseTo(-0.3125, 10);
		expect(result.low).toBeCloseTo(-2.5289064, 6);
		expect(result.high).toBeCloseTo(1.9039064, 6);
	});

	it('is right for small n (SciPy: df 4.959)', () => {
		// Means 2 and 5.5; variances 1 and 5/3; SE = √(1/3 + 5/12) = √0.75.
		const result = compareMeans([1, 2, 3], [4, 5, 6, 7])!;
		expect(result.difference).toBe(-3.5);
		expect(result.low).toBeCloseTo(-5.7317115, 6);
		expect(result.high).toBeCloseTo(-1.2682885, 6);
		// Two values a side, df 1.47: a very wide interval, as it should be (SciPy).
		const two = compareMeans([1, 3], [2, 6])!;
		expect(two.low).toBeCloseTo(-15.837046, 5);
		expect(two.high).toBeCloseTo(11.837046, 5);
		expect(compareMeans([1], [2, 3])).toBeNull();
	});

	it('with equal variances and sizes has df n₁ + n₂ − 2 (NIST t(0.975, 8) = 2.306)', () => {
		// Variances 2.5 each, SE = √(0.5 + 0.5) = 1: the interval is −1 ± t(0.975, 8).
		const result = compareMeans([1, 2, 3, 4, 5], [2, 3, 4, 5, 6])!;
		expect(result.low).toBeCloseTo(-3.306, 3);
		expect(result.high).toBeCloseTo(1.306, 3);
		expect(result.low).toBeCloseTo(-3.3060041, 6);
	});

	it('with zero variance on one side uses the other side alone (NIST t(0.975, 14) = 2.145)', () => {
		// B: 3…7 three times, variance 15/7, SE = √(15/7/15) = 0.377964; df = 15 − 1.
		const result = compareMeans(Array(14).fill(5), [3, 4, 5, 6, 7, 3, 4, 5, 6, 7, 3, 4, 5, 6, 7])!;
		expect(result.difference).toBe(0);
		expect(result.high).toBeCloseTo(2.145 * 0.377964, 3);
		expect(result.high).toBeCloseTo(0.8106532, 6);
		expect(result.low).toBeCloseTo(-0.8106532, 6);
		// No spread on either side: the interval is the difference itself.
		expect(compareMeans([3, 3], [5, 5, 5])).toMatchObject({ difference: -2, low: -2, high: -2 });
	});

	it('counts days in a row as fewer independent days (SciPy ttest_ind_from_stats)', () => {
		// r = 0.5: 14 and 16 days count as 14/3 and 16/3; df 3.77 from those.
		const result = compareMeans(
			[1, 9, 2, 8, 1, 9, 3, 7, 0, 10, 2, 8, 1, 9],
			[5, 5, 6, 5, 5, 6, 5, 5, 6, 5, 5, 6, 5, 5, 6, 5],
			0.5
		)!;
		expect(result.effectiveA).toBeCloseTo(14 / 3, 10);
		expect(result.effectiveB).toBeCloseTo(16 / 3, 10);
		expect(result.autocorrelation).toBe(0.5);
		expect(result.low).toBeCloseTo(-5.3824246, 5);
		expect(result.high).toBeCloseTo(4.7574246, 5);
		// A negative estimate is clipped to 0: the plain Welch interval, never a narrower one.
		expect(compareMeans([1, 2, 3], [4, 5, 6, 7], -0.4)).toMatchObject({
			autocorrelation: 0,
			effectiveA: 3
		});
		// 14 days at r = 0.9 count as 0.74: nothing can be said.
		expect(compareMeans(Array(14).fill(5).concat([6]), [1, 2, 3, 4, 5, 6, 7], 0.95)).toBeNull();
	});
});

describe('paired change', () => {
	it("gives R's paired interval for the sleep example", () => {
		const pairs = sleepGroupOne.map((before, index) => ({
			before,
			after: sleepGroupTwo[index]!
		}));
		const result = pairedChange(pairs)!;
		expect(result.change).toBeCloseTo(1.58, 10);
		expect(result.low).toBeCloseTo(0.7001142, 6);
		expect(result.high).toBeCloseTo(2.4598858, 6);
		// r = 0.25: 10 pairs count as 6, df 5 (SciPy).
		const alike = pairedChange(pairs, 0.25)!;
		expect(alike.effective).toBeCloseTo(6, 10);
		expect(alike.low).toBeCloseTo(0.2891989, 6);
		expect(alike.high).toBeCloseTo(2.8708011, 6);
	});

	it('has no width when every change is the same, and needs two pairs', () => {
		const result = pairedChange([
			{ before: 6, after: 4 },
			{ before: 5, after: 3 }
		])!;
		expect(result).toMatchObject({ change: -2, low: -2, high: -2, meanBefore: 5.5 });
		expect(pairedChange([{ before: 6, after: 4 }])).toBeNull();
	});
});
