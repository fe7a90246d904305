import { describe, expect, it } from 'vitest';
import { words } from './welcomeSteps';

describe('persistent storage outcome', () => {
	it('says what each outcome means', () => {
		expect(words.persistence('granted')).toBe(
			'Granted: the browser will not clear your journal to free space.'
		);
		expect(words.persistence('denied')).toMatch(/^Not granted: .*may clear your journal/);
		expect(words.persistence('unsupported')).toMatch(/still saved here/);
		expect(words.persistence('failed')).toMatch(/try again/);
	});
});
