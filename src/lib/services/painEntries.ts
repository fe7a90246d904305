// What a person does to a saved pain entry from any screen: change it, or delete it with a
// short-lived Undo. Repository writes, plus what the app says about them.

import { deletePainEntry, restorePainEntry, updatePainEntry } from '$lib/db/painEntries';
import type { PainEntry } from '$lib/domain/records';
import { words as commonWords } from '$lib/messages/common';
import { undo } from '$lib/state/undo.svelte';

/** Saves the changes of the edit dialog (validated by the repository). */
export const saveEntryChanges = updatePainEntry;

/** Deletes an entry and its marks, offering Undo for a few seconds. */
export async function deleteEntryOfferingUndo(entry: PainEntry) {
	await deletePainEntry(entry.id);
	undo.offer({
		message: commonWords.entryRow.deleted,
		undo: () => restorePainEntry(entry.id)
	});
}
