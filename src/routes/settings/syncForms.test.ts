import { describe, expect, it } from 'vitest';
import { ValidationError, WriteError } from '$lib/domain/errors';
import { words } from '$lib/messages/sync';
import { SyncError } from '$lib/sync/problems';
import { checkNewPassphrase, syncFailure } from './syncForms';

describe('syncFailure', () => {
	it('puts a problem that belongs to a field beside that field', () => {
		const failure = syncFailure(new SyncError('wrongPassword'), { wrongPassword: 'password' });
		expect(failure).toBeInstanceOf(ValidationError);
		expect((failure as ValidationError).fieldErrors).toEqual({
			password: words.problems.wrongPassword
		});
	});

	it('makes any other sync problem the form failure, in its plain words', () => {
		const cause = new SyncError('unreachable');
		const failure = syncFailure(cause, { wrongPassword: 'password' });
		expect(failure).toBeInstanceOf(WriteError);
		expect((failure as WriteError).message).toBe(words.problems.unreachable);
		expect((failure as WriteError).cause).toBe(cause);
	});

	it('leaves an error that is not sync’s as it is', () => {
		const refused = new ValidationError({ username: words.required });
		const broken = new TypeError('database closed');
		expect(syncFailure(refused)).toBe(refused);
		expect(syncFailure(broken)).toBe(broken);
	});
});

describe('checkNewPassphrase', () => {
	it('refuses fewer than 10 characters beside the given field and takes 10', () => {
		expect(() => checkNewPassphrase('123456789', 'next')).toThrow(ValidationError);
		try {
			checkNewPassphrase('123456789', 'next');
		} catch (error) {
			expect((error as ValidationError).fieldErrors).toEqual({ next: words.passphraseShort });
		}
		expect(() => checkNewPassphrase('1234567890', 'next')).not.toThrow();
	});
});
