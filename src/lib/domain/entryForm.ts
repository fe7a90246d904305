// What the pain-entry form holds, as plain data (so a draft of it can be stored), and how it
// becomes the input the repository validates.

import { fromDateTimeLocalKeeping, toDateTimeLocal, type EpochMs } from './day';
import { markInputOf, type MarkInput } from './marks';
import type { PainEntryInput } from './validation';

export interface EntryFormValues {
	score: number | null;
	note: string;
	tags: string[];
	/** Text typed in "Add a tag" but not added yet: Save validates and keeps it too. */
	pendingTag: string;
	/** A datetime-local value; empty means "now". */
	time: string;
	/** Where it hurts; left out (as when editing an entry) keeps the entry's stored marks. */
	marks?: MarkInput[];
	/** An edited entry's moment, kept exactly while the time field still shows it. */
	originalAt?: EpochMs;
}

export function emptyEntryForm(): EntryFormValues {
	return { score: null, note: '', tags: [], pendingTag: '', time: '', marks: [] };
}

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

export function isEntryFormEmpty(values: EntryFormValues): boolean {
	return (
		values.score === null &&
		values.note === '' &&
		values.tags.length === 0 &&
		values.pendingTag === '' &&
		values.time === '' &&
		(values.marks?.length ?? 0) === 0
	);
}

export function painEntryInputOf(
	values: EntryFormValues,
	now: EpochMs
): PainEntryInput & { marks?: MarkInput[] } {
	return {
		...(values.marks === undefined ? {} : { marks: values.marks }),
		score: values.score,
		at: values.time === '' ? now : fromDateTimeLocalKeeping(values.time, values.originalAt ?? null),
		note: values.note,
		tags: values.pendingTag === '' ? values.tags : [...values.tags, values.pendingTag]
	};
}
