// Errors the repositories throw, with words a person can act on.

import type { FieldErrors } from '$lib/domain/validation';

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

/** Turns a Dexie or IndexedDB failure into a message that says what happened and what to do. */
export function describeWriteFailure(error: unknown): string {
	const name = error instanceof Error ? error.name : '';
	const inner =
		error && typeof error === 'object' && 'inner' in error
			? (error as { inner?: { name?: string } }).inner?.name
			: undefined;
	if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
		return 'Not saved: this device is out of storage space for Unknot. Free some space, then save again. What you typed is still here.';
	}
	if (name === 'DatabaseClosedError' || name === 'InvalidStateError') {
		return 'Not saved: the journal was closed (perhaps by a newer version in another tab). Reload the page, then save again. What you typed is still here.';
	}
	return 'Not saved: the journal could not be written. Try again. What you typed is still here.';
}

/** Runs a write and converts storage failures into a WriteError; validation errors pass through. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
	try {
		return await write();
	} catch (error) {
		if (error instanceof ValidationError || error instanceof WriteError) throw error;
		throw new WriteError(describeWriteFailure(error), error);
	}
}
