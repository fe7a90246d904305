// What a person does to a saved pain entry from any screen: change it or delete it, each with a
// short-lived Undo. Repository writes, plus what the app says about them.

import {
	deletePainEntry,
	dismissRedFlagQuestions,
	editPainEntry,
	restorePainEntry,
	restorePainEntryVersion,
	setRedFlagAnswers,
	type PainEntryWithMarksInput
} from '$lib/db/painEntries';
import type { EditedVersion } from '$lib/db/rows';
import type { PainEntry } from '$lib/domain/records';
import { words as entryWords } from '$lib/messages/entries';
import { undo } from '$lib/state/undo.svelte';

/**
 * Saves the changes of the edit dialog (validated by the repository), offering Undo for a few
 * seconds: the entry and its marks as they were.
 */
export async function saveEntryChanges(
	id: string,
	input: PainEntryWithMarksInput,
	now = Date.now(),
	edited: EditedVersion = {}
): Promise<PainEntry> {
	const { updated, previous } = await editPainEntry(id, input, now, edited);
	undo.offer({
		message: entryWords.entryRow.changed,
		undo: () => restorePainEntryVersion(previous)
	});
	return updated;
}

/** Deletes an entry and its marks, offering Undo for a few seconds. */
export async function deleteEntryOfferingUndo(entry: PainEntry) {
	await deletePainEntry(entry.id);
	undo.offer({
		message: entryWords.entryRow.deleted,
		undo: () => restorePainEntry(entry.id)
	});
}

/** The answers to the safety questions, kept with every check-in that asked them. */
export const answerSafetyQuestions = setRedFlagAnswers;

/** "Not now": the questions stop waiting and count as not answered. */
export const dismissSafetyQuestions = dismissRedFlagQuestions;
