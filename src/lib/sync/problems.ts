// What can go wrong with sync, as kinds a screen can put in plain words. Classifying here keeps
// PouchDB's and the browser's error shapes out of the screens.

import { WrongSecretError } from './crypto';

export const syncProblems = [
	'wrongPassword',
	'forbidden',
	'unreachable',
	'serverFull',
	'noDatabase',
	'notCouchDb',
	'wrongPassphrase',
	'wrongRecoveryKey',
	'deviceFull',
	'noJournal',
	'otherJournal',
	'erasedElsewhere',
	'unknown'
] as const;

export type SyncProblem = (typeof syncProblems)[number];

/** A failure with its kind, so callers can show the right words and keep the cause for logs. */
export class SyncError extends Error {
	constructor(
		readonly problem: SyncProblem,
		readonly cause?: unknown
	) {
		super(problem);
		this.name = 'SyncError';
	}
}

function fieldOf(error: unknown, field: string): unknown {
	return typeof error === 'object' && error !== null
		? (error as Record<string, unknown>)[field]
		: undefined;
}

export function classifyError(error: unknown): SyncProblem {
	if (error instanceof SyncError) return error.problem;
	if (error instanceof WrongSecretError) {
		return error.secret === 'passphrase' ? 'wrongPassphrase' : 'wrongRecoveryKey';
	}
	const status = fieldOf(error, 'status');
	const name = String(fieldOf(error, 'name') ?? '');
	const inner = String(fieldOf(fieldOf(error, 'inner'), 'name') ?? '');
	const text = `${String(fieldOf(error, 'error') ?? '')} ${String(fieldOf(error, 'reason') ?? '')} ${String(fieldOf(error, 'message') ?? '')}`;
	if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return 'deviceFull';
	if (status === 401) return 'wrongPassword';
	if (status === 403) return 'forbidden';
	if (status === 507 || status === 413 || /insufficient.storage|quota|disk.full/i.test(text)) {
		return 'serverFull';
	}
	if (status === 404 && /no_db_file|database does not exist|missing/i.test(text)) {
		return 'noDatabase';
	}
	// fetch() rejects with a TypeError when nothing answers (offline, wrong address, refused,
	// blocked by the browser); a body that is not JSON is not a CouchDB.
	if (
		error instanceof TypeError ||
		name === 'TypeError' ||
		/failed to fetch|fetch failed|network/i.test(text)
	) {
		return 'unreachable';
	}
	if (error instanceof SyntaxError || name === 'SyntaxError') return 'notCouchDb';
	if (typeof status === 'number' && status >= 500) return 'unreachable';
	return 'unknown';
}
