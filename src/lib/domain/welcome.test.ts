import { describe, expect, it } from 'vitest';
import { persistenceWords } from './welcome';

describe('persistent storage outcome', () => {
	it('says what each outcome means', () => {
		expect(persistenceWords('granted')).toBe(
			'Granted: the browser will not clear your journal to free space.'
		);
		expect(persistenceWords('denied')).toMatch(/^Not granted: .*may clear your journal/);
		expect(persistenceWords('unsupported')).toMatch(/still saved here/);
		expect(persistenceWords('failed')).toMatch(/try again/);
	});
});
