// What the sync forms in Settings share. syncFailure puts sync's failures in the shape every form
// ends on (see FormSubmission): a problem that belongs to one field (a wrong password, a wrong
// passphrase) goes beside that field; any other is the form's failure, in plain words. It reads
// the error's `problem` rather than `instanceof SyncError`, so Settings does not load sync's code
// to tell them apart.
import { ValidationError, WriteError } from '$lib/domain/errors';
import { words } from '$lib/messages/sync';
import type { SyncProblem } from '$lib/sync/problems';

/** Which field of the form a problem is about, by problem. */
export type ProblemFields = Partial<Record<SyncProblem, string>>;

export function syncFailure(error: unknown, fields: ProblemFields = {}): unknown {
	const problem = (error as { problem?: SyncProblem } | null)?.problem;
	// Not sync's (a check of the form, or the database): the form ends on it as on any other.
	if (!problem) return error;
	const field = fields[problem];
	if (field) return new ValidationError({ [field]: words.problems[problem] });
	return new WriteError(words.problems[problem], error);
}

/** A new passphrase shorter than this is refused: it guards the whole journal on the server. */
const minimumPassphraseLength = 10;

/** Refuses a new passphrase that is too short, beside the field it was typed in. */
export function checkNewPassphrase(passphrase: string, field: string) {
	if (passphrase.length < minimumPassphraseLength) {
		throw new ValidationError({ [field]: words.passphraseShort });
	}
}
