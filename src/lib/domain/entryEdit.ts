// A stored entry in the entry form, and the edit as the repository takes it. Apart from the form's
// own rules (entryForm.ts) because it needs the body map's: only an edit needs them, and Today's
// check-in form loads without them.

import { toDateTimeLocal, type EpochMs } from './day';
import { painEntryInputOf, type EntryFormValues } from './entryForm';
import { markInputOf, type MarkInput } from './marks';
import type { PainEntryInput } from './validation';

/** A stored entry in the form for editing; with its marks, "Where?" can change them too. */
export function entryFormOf(
	entry: { score: number; note: string; tags: string[]; at: EpochMs },
	marks?: readonly MarkInput[]
): EntryFormValues {
	return {
		score: entry.score,
		note: entry.note,
		// Each tag once, so saving an entry stored with a tag twice repairs it.
		tags: [...new Set(entry.tags)],
		pendingTag: '',
		time: toDateTimeLocal(entry.at),
		originalAt: entry.at,
		...(marks === undefined ? {} : { marks: marks.map(markInputOf) })
	};
}

/**
 * The edit as the repository takes it: marks only when they differ from the stored ones, so an
 * edit of the note alone leaves the marks as they are.
 */
export function editedEntryInputOf(
	values: EntryFormValues,
	storedMarks: readonly MarkInput[],
	now: EpochMs
): PainEntryInput & { marks?: MarkInput[] } {
	const input = painEntryInputOf(values, now);
	const unchanged =
		values.marks === undefined ||
		JSON.stringify(values.marks.map(markInputOf)) === JSON.stringify(storedMarks.map(markInputOf));
	if (!unchanged) return input;
	const { marks: _left, ...withoutMarks } = input;
	return withoutMarks;
}
