import { describe, expect, it } from 'vitest';
import { normaliseTags, validatePainEntry } from './validation';
import { localMoment } from '../../test-data/time';

const now = localMoment(25, 12);
const valid = { score: 5, at: now - 60_000, note: 'ok', tags: ['stress'] };

describe('validatePainEntry', () => {
	it('accepts every whole score from 0 to 10', () => {
		for (let score = 0; score <= 10; score++) {
			expect(validatePainEntry({ ...valid, score }, now).ok).toBe(true);
		}
	});

	it.each([
		[11, /0 to 10/],
		[-1, /0 to 10/],
		[5.5, /whole number/],
		['7', /whole number/],
		[null, /Choose a pain score/]
	])('refuses the score %s', (score, message) => {
		const result = validatePainEntry({ ...valid, score }, now);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.score).toMatch(message);
	});

	it('refuses a future time but allows a clock a few seconds ahead', () => {
		const future = validatePainEntry({ ...valid, at: now + 2 * 60_000 }, now);
		expect(future.ok).toBe(false);
		if (!future.ok) expect(future.errors.at).toMatch(/future/);
		expect(validatePainEntry({ ...valid, at: now + 5_000 }, now).ok).toBe(true);
		const missing = validatePainEntry({ ...valid, at: null }, now);
		if (!missing.ok) expect(missing.errors.at).toMatch(/date and time/);
		expect(missing.ok).toBe(false);
	});

	it('allows a note of 2,000 characters, counting emoji and non-Latin letters as one, and refuses 2,001', () => {
		expect(validatePainEntry({ ...valid, note: '痛'.repeat(2000) }, now).ok).toBe(true);
		expect(validatePainEntry({ ...valid, note: '🔥'.repeat(2000) }, now).ok).toBe(true);
		const long = validatePainEntry({ ...valid, note: 'a'.repeat(2001) }, now);
		expect(long.ok).toBe(false);
		if (!long.ok) expect(long.errors.note).toBe('The note is 2001 characters; the limit is 2000.');
	});

	it('refuses an empty tag and one over 40 characters', () => {
		const empty = validatePainEntry({ ...valid, tags: ['   '] }, now);
		if (!empty.ok) expect(empty.errors.tags).toBe('A tag cannot be empty.');
		expect(empty.ok).toBe(false);
		const long = validatePainEntry({ ...valid, tags: ['x'.repeat(41)] }, now);
		if (!long.ok) expect(long.errors.tags).toBe('A tag can have at most 40 characters.');
		expect(long.ok).toBe(false);
		expect(validatePainEntry({ ...valid, tags: ['x'.repeat(40)] }, now).ok).toBe(true);
	});

	it('reports every problem at once, one per field', () => {
		const result = validatePainEntry({ score: 12, at: now + 3_600_000, note: '', tags: [''] }, now);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['at', 'score', 'tags']);
	});

	it('trims the note and tags and drops repeated tags', () => {
		const result = validatePainEntry({ ...valid, note: '  sore  ', tags: [' Cold', 'cold '] }, now);
		expect(result.ok && result.value).toMatchObject({ note: 'sore', tags: ['Cold'] });
		expect(normaliseTags(['a', 'B', 'b', ' a '])).toEqual(['a', 'B']);
	});
});
