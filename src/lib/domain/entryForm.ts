// What the pain-entry form holds, as plain data (so a draft of it can be stored), and how it
// becomes the input the repository validates.

import { fromDateTimeLocal, toDateTimeLocal, type EpochMs } from './day';
import type { PainEntryInput } from './validation';

export interface EntryFormValues {
	score: number | null;
	note: string;
	tags: string[];
	/** Text typed in "Add a tag" but not added yet: Save validates and keeps it too. */
	pendingTag: string;
	/** A datetime-local value; empty means "now". */
	time: string;
}

export function emptyEntryForm(): EntryFormValues {
	return { score: null, note: '', tags: [], pendingTag: '', time: '' };
}

export function entryFormOf(entry: { score: number; note: string; tags: string[]; at: EpochMs }) {
	return {
		score: entry.score,
		note: entry.note,
		tags: [...entry.tags],
		pendingTag: '',
		time: toDateTimeLocal(entry.at)
	} satisfies EntryFormValues;
}

export function isEntryFormEmpty(values: EntryFormValues): boolean {
	return (
		values.score === null &&
		values.note === '' &&
		values.tags.length === 0 &&
		values.pendingTag === '' &&
		values.time === ''
	);
}

export function painEntryInputOf(values: EntryFormValues, now: EpochMs): PainEntryInput {
	return {
		score: values.score,
		at: values.time === '' ? now : fromDateTimeLocal(values.time),
		note: values.note,
		tags: values.pendingTag === '' ? values.tags : [...values.tags, values.pendingTag]
	};
}
