// Which version of a stored row an edit form started from, so that its save never silently
// undoes a change made meanwhile in another tab or window.
import { ChangedElsewhereError } from '$lib/domain/errors';

/** What a draft of an edit form keeps: its values and the row version they were typed over. */
export interface VersionedDraft<Values> {
	values: Values;
	rowVersion: number;
}

function isVersioned<Values>(
	draft: VersionedDraft<Values> | Values
): draft is VersionedDraft<Values> {
	return (
		typeof draft === 'object' &&
		draft !== null &&
		'rowVersion' in draft &&
		'values' in draft &&
		typeof draft.rowVersion === 'number'
	);
}

export class RowVersion {
	/**
	 * The row's `updatedAt` when the form read it, or, once a save was refused because the row
	 * changed meanwhile, the newer one: saving again then knowingly replaces that change.
	 */
	updatedAt = $state(0);

	constructor(updatedAt: number) {
		this.updatedAt = updatedAt;
	}

	/** The form's values as its draft keeps them: with the version they were typed over. */
	draftOf<Values>(values: Values): VersionedDraft<Values> {
		return { values, rowVersion: this.updatedAt };
	}

	/**
	 * A kept draft's values. The version they were typed over becomes the one a save checks, so a
	 * change made elsewhere while the tab reloaded is asked about, never silently written over.
	 * A draft kept before drafts carried their version (an update's reload) is values only.
	 */
	takeDraft<Values>(draft: VersionedDraft<Values> | Values): Values {
		if (!isVersioned(draft)) return draft;
		this.updatedAt = draft.rowVersion;
		return draft.values;
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
