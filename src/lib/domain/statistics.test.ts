import { describe, expect, it } from 'vitest';
import {
	clippedAutocorrelation,
	effectiveSize,
	lagOneAutocorrelation,
	mean,
	sampleVariance
} from './statistics';

describe('means and variances', () => {
	it('computes a mean and a sample variance', () => {
		expect(mean([1, 2, 3, 4])).toBe(2.5);
		expect(mean([])).toBeNull();
		// Mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; 32 / 7.
		expect(sampleVariance([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(32 / 7, 10);
		expect(sampleVariance([3])).toBeNull();
	});
});

describe('lag-1 autocorrelation', () => {
	it('is computed by hand on small series, gaps breaking pairs', () => {
		// Pairs 2·1 + 1·(−1) + (−1)(−2) = 3 over 3 pairs: 1; squares 10 over 4 values: 2.5.
		expect(
			lagOneAutocorrelation(new Map([0, 1, 2, 3].map((day, i) => [day, [2, 1, -1, -2][i]!])))
		).toBeCloseTo(0.4, 10);
		// Alternating values: −1.
		expect(
			lagOneAutocorrelation(
				new Map([
					[0, 1],
					[1, -1],
					[2, 1],
					[3, -1]
				])
			)
		).toBeCloseTo(-1, 10);
		// A gap between days 1 and 5: pairs (0, 1) and (5, 6), 2 + 2 over 2 pairs; squares 10 / 4.
		expect(
			lagOneAutocorrelation(
				new Map([
					[0, 2],
					[1, 1],
					[5, -1],
					[6, -2]
				])
			)
		).toBeCloseTo(0.8, 10);
		expect(
			lagOneAutocorrelation(
				new Map([
					[0, 2],
					[2, 1]
				])
			)
		).toBe(0);
		expect(
			lagOneAutocorrelation(
				new Map([
					[0, 0],
					[1, 0]
				])
			)
		).toBe(0);
	});

	it('is clipped to [0, 0.9] and turns n into n·(1 − r)/(1 + r)', () => {
		expect(clippedAutocorrelation(-0.3)).toBe(0);
		expect(clippedAutocorrelation(0.95)).toBe(0.9);
		expect(effectiveSize(20, 0.6)).toBeCloseTo(5, 10);
		expect(effectiveSize(20, -1)).toBe(20);
		expect(effectiveSize(19, 1)).toBeCloseTo(1, 10);
	});
});
