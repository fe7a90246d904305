// Every write of the repositories goes through guardWrite, so a storage failure always reaches
// the form as a WriteError with words a person can act on.

import {
	ChangedElsewhereError,
	GoneError,
	ValidationError,
	WriteError,
	describeWriteFailure,
	type WriteKind
} from '$lib/domain/errors';

export { ChangedElsewhereError, GoneError, ValidationError, WriteError, describeWriteFailure };

/** Runs a write and converts storage failures into a WriteError; validation errors pass through. */
export async function guardWrite<T>(write: () => Promise<T>, kind: WriteKind = 'save'): Promise<T> {
	try {
		return await write();
	} catch (error) {
		if (error instanceof ValidationError || error instanceof WriteError) throw error;
		throw new WriteError(describeWriteFailure(error, kind), error);
	}
}
