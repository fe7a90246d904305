// What the pain-entry form holds, as plain data (so a draft of it can be stored), and how it
// becomes the input the repository validates.

import { fromDateTimeLocalKeeping, type EpochMs } from './day';
import type { MarkInput } from './marks';
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
