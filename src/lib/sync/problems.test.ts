import { describe, expect, it } from 'vitest';
import { WrongSecretError } from './crypto';
import { classifyError, SyncError } from './problems';

describe('sync problems', () => {
	it('name what CouchDB and the browser answer in words a screen can use', () => {
		expect(classifyError({ status: 401, error: 'unauthorized' })).toBe('wrongPassword');
		expect(classifyError({ status: 403, error: 'forbidden' })).toBe('forbidden');
		expect(
			classifyError({ status: 404, error: 'not_found', reason: 'Database does not exist.' })
		).toBe('noDatabase');
		expect(classifyError({ status: 507, error: 'insufficient_storage' })).toBe('serverFull');
		expect(classifyError({ status: 413, error: 'document_too_large' })).toBe('serverFull');
		expect(classifyError(new TypeError('Failed to fetch'))).toBe('unreachable');
		expect(classifyError(new SyntaxError('Unexpected token <'))).toBe('notCouchDb');
		expect(classifyError(new DOMException('full', 'QuotaExceededError'))).toBe('deviceFull');
		expect(classifyError(new WrongSecretError('passphrase'))).toBe('wrongPassphrase');
		expect(classifyError(new WrongSecretError('recoveryKey'))).toBe('wrongRecoveryKey');
		expect(classifyError(new SyncError('otherJournal'))).toBe('otherJournal');
		expect(classifyError(new Error('something else'))).toBe('unknown');
	});
});
