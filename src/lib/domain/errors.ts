// The two ways a save can fail, with words a person can act on: the input was refused (each
// message belongs next to its field), or the storage could not be written (nothing changed).
// Pure, so forms in every layer can tell them apart without importing the database.

import type { FieldErrors } from './validation';

/** Input was refused before any write; each message belongs next to its field. */
export class ValidationError extends Error {
	constructor(readonly fieldErrors: FieldErrors) {
		super(Object.values(fieldErrors).join(' '));
		this.name = 'ValidationError';
	}
}

/** A write failed in the database; nothing was changed. */
export class WriteError extends Error {
	constructor(
		message: string,
		readonly cause: unknown
	) {
		super(message);
		this.name = 'WriteError';
	}
}

/** What was being written when it failed: a form's save, or a restore of a backup. */
export type WriteKind = 'save' | 'restore';

/** Turns a Dexie or IndexedDB failure into a message that says what happened and what to do. */
export function describeWriteFailure(error: unknown, kind: WriteKind = 'save'): string {
	const name = error instanceof Error ? error.name : '';
	const inner =
		error && typeof error === 'object' && 'inner' in error
			? (error as { inner?: { name?: string } }).inner?.name
			: undefined;
	const words = kind === 'save' ? saveFailureWords : restoreFailureWords;
	if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return words.full;
	if (name === 'DatabaseClosedError' || name === 'InvalidStateError') return words.closed;
	return words.other;
}

const saveFailureWords = {
	full: 'Not saved: this device is out of storage space for Unknot. Free some space, then save again. What you typed is still here.',
	closed:
		'Not saved: the journal was closed (perhaps by a newer version in another tab). Reload the page, then save again. What you typed is still here.',
	other: 'Not saved: the journal could not be written. Try again. What you typed is still here.'
};

const restoreFailureWords = {
	full: 'Not restored: this device is out of storage space for Unknot. Free some space, then restore again. Your journal is as it was before.',
	closed:
		'Not restored: the journal was closed (perhaps by a newer version in another tab). Reload the page, then restore again. Your journal is as it was before.',
	other:
		'Not restored: the journal could not be written. Try again. Your journal is as it was before.'
};

/**
 * The row being saved was deleted meanwhile (here or in another tab): nothing was written. A
 * write failure of the whole form, not of one field, so forms show it where they show failures.
 */
export class GoneError extends WriteError {
	constructor(message: string) {
		super(message, null);
		this.name = 'GoneError';
	}
}

/**
 * The row being saved was changed elsewhere (another tab or window) after the form read it, so
 * saving would silently undo that change: nothing was written. `updatedAt` is the row's version
 * now; a form that saves again with it knowingly replaces the other change.
 */
export class ChangedElsewhereError extends WriteError {
	constructor(
		message: string,
		readonly updatedAt: number
	) {
		super(message, null);
		this.name = 'ChangedElsewhereError';
	}
}
