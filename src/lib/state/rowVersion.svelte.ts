// Which version of a stored row an edit form started from, so that its save never silently
// undoes a change made meanwhile in another tab or window.
import { ChangedElsewhereError } from '$lib/domain/errors';

export class RowVersion {
	/**
	 * The row's `updatedAt` when the form read it, or, once a save was refused because the row
	 * changed meanwhile, the newer one: saving again then knowingly replaces that change.
	 */
	updatedAt = $state(0);

	constructor(updatedAt: number) {
		this.updatedAt = updatedAt;
	}

	/** Runs a save that refuses to write over a version other than `updatedAt`. */
	async save<T>(write: (edited: { updatedAt: number }) => Promise<T>): Promise<T> {
		try {
			return await write({ updatedAt: this.updatedAt });
		} catch (error) {
			if (error instanceof ChangedElsewhereError) this.updatedAt = error.updatedAt;
			throw error;
		}
	}
}
