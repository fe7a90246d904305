import { describe, expect, it } from 'vitest';
import { formatPegScore, pegScore, validatePeg } from './peg';

describe('PEG', () => {
	it('scores the mean of the three answers, shown with one decimal', () => {
		expect(pegScore({ pain: 6, enjoyment: 4, activity: 5 })).toBe(5);
		expect(formatPegScore(pegScore({ pain: 7, enjoyment: 3, activity: 6 }), 'en')).toBe('5.3');
		expect(formatPegScore(pegScore({ pain: 2, enjoyment: 1, activity: 2 }), 'en')).toBe('1.7');
		expect(formatPegScore(pegScore({ pain: 0, enjoyment: 0, activity: 0 }), 'en')).toBe('0.0');
		expect(formatPegScore(pegScore({ pain: 10, enjoyment: 10, activity: 9 }), 'de')).toBe('9,7');
	});

	it('needs all three answers as whole numbers from 0 to 10', () => {
		const missing = validatePeg({ pain: 5, enjoyment: null, activity: 11 });
		expect(missing.ok).toBe(false);
		if (!missing.ok) {
			expect(missing.errors.enjoyment).toMatch(/Choose/);
			expect(missing.errors.activity).toMatch(/0 to 10/);
			expect(missing.errors.pain).toBeUndefined();
		}
		expect(validatePeg({ pain: 0, enjoyment: 10, activity: 3 }).ok).toBe(true);
	});
});
