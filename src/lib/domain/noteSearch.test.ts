import { describe, expect, it } from 'vitest';
import { noteMatcher, searchWords } from './noteSearch';

describe('note search', () => {
	it('splits a search into plain, distinct words', () => {
		expect(searchWords('  Stiff, STIFF  after—drive ')).toEqual(['stiff', 'after', 'drive']);
		expect(searchWords(' ,; ')).toEqual([]);
	});

	it('has nothing to filter by without words', () => {
		expect(noteMatcher('   ')).toBeNull();
	});

	it('finds a word at the start of a word, in any case, with or without accents', () => {
		const matches = noteMatcher('driv')!;
		expect(matches(['Stiff after the Drive home'])).toBe(true);
		expect(matches(['driving again'])).toBe(true);
		expect(matches(['overdrive'])).toBe(false);
		expect(noteMatcher('epaule')!(['Douleur à l’Épaule'])).toBe(true);
		expect(noteMatcher('Épaule')!(['epaule droite'])).toBe(true);
	});

	it('needs every word, in any order, in any of the texts', () => {
		const matches = noteMatcher('walk better')!;
		expect(matches(['Better after the walk'])).toBe(true);
		expect(matches(['Better after sitting'])).toBe(false);
		expect(matches(['Better after', 'walk'])).toBe(true);
	});

	it('finds a word that comes again later in the text', () => {
		expect(noteMatcher('sore')!(['eyesore, then sore back'])).toBe(true);
	});
});
