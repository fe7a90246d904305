import { describe, expect, it } from 'vitest';
import { compareMeans, mean, pairedChange, sampleVariance } from './statistics';

describe('statistics', () => {
	it('computes a mean and a sample variance', () => {
		expect(mean([1, 2, 3, 4])).toBe(2.5);
		expect(mean([])).toBeNull();
		// Mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; 32 / 7.
		expect(sampleVariance([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(32 / 7, 10);
		expect(sampleVariance([3])).toBeNull();
	});

	it("gives Welch's difference of means with a 95% normal interval", () => {
		// Means 2 and 5.5; variances 1 and 5/3; SE = √(1/3 + 5/12) = √0.75; margin 1.959964·0.866025.
		const result = compareMeans([1, 2, 3], [4, 5, 6, 7])!;
		expect(result.meanA).toBe(2);
		expect(result.meanB).toBe(5.5);
		expect(result.nA).toBe(3);
		expect(result.nB).toBe(4);
		expect(result.difference).toBe(-3.5);
		expect(result.low).toBeCloseTo(-5.19738, 4);
		expect(result.high).toBeCloseTo(-1.80262, 4);
		expect(compareMeans([1], [2, 3])).toBeNull();
	});

	it('gives the mean paired change with its interval', () => {
		// Changes −2, −1, −3: mean −2, variance 1, SE 1/√3, margin 1.131586.
		const result = pairedChange([
			{ before: 6, after: 4 },
			{ before: 5, after: 4 },
			{ before: 7, after: 4 }
		])!;
		expect(result.meanBefore).toBe(6);
		expect(result.meanAfter).toBe(4);
		expect(result.change).toBe(-2);
		expect(result.low).toBeCloseTo(-3.131586, 5);
		expect(result.high).toBeCloseTo(-0.868414, 5);
	});
});
