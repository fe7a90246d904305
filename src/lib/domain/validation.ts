// Checks of what a person typed, before anything is stored. Each problem names its field,
// so the form can show the message next to it.

import { isPainScore } from './painScale';

export type FieldErrors<Field extends string = string> = Partial<Record<Field, string>>;

export type Validated<Value, Field extends string = string> =
	{ ok: true; value: Value } | { ok: false; errors: FieldErrors<Field> };

export const noteLimit = 2000;
export const tagLimit = 40;
/** A minute of grace, so a clock a little ahead of the form's "now" is not called the future. */
const futureGraceMs = 60_000;

/** The messages of these checks, in one place so they can be translated. */
export const validationWords = {
	chooseScore: 'Choose a pain score from 0 to 10.',
	wholeScore: 'The pain score must be a whole number from 0 to 10.',
	enterTime: 'Enter a date and time.',
	futureTime: 'The time is in the future. Choose now or an earlier time.',
	noteTooLong: (length: number, limit: number) =>
		`The note is ${length} characters; the limit is ${limit}.`,
	emptyTag: 'A tag cannot be empty.',
	tagTooLong: (limit: number) => `A tag can have at most ${limit} characters.`
};

export interface PainEntryInput {
	score: unknown;
	at: number | null;
	note: string;
	tags: string[];
}

export interface ValidPainEntry {
	score: number;
	at: number;
	note: string;
	tags: string[];
}

export type PainEntryField = 'score' | 'at' | 'note' | 'tags';

export function scoreProblem(score: unknown): string | null {
	if (score === null || score === undefined || score === '') {
		return validationWords.chooseScore;
	}
	if (!isPainScore(score)) return validationWords.wholeScore;
	return null;
}

export function timeProblem(at: number | null, now: number): string | null {
	if (at === null || !Number.isFinite(at)) return validationWords.enterTime;
	if (at > now + futureGraceMs) return validationWords.futureTime;
	return null;
}

export function noteProblem(note: string): string | null {
	const length = [...note].length;
	if (length > noteLimit) return validationWords.noteTooLong(length, noteLimit);
	return null;
}

export function tagProblem(tag: string): string | null {
	const trimmed = tag.trim();
	if (trimmed.length === 0) return validationWords.emptyTag;
	if ([...trimmed].length > tagLimit) return validationWords.tagTooLong(tagLimit);
	return null;
}

/** Tags trimmed and without repeats (ignoring case), in the order given. */
export function normaliseTags(tags: string[]): string[] {
	const seen = new Set<string>();
	const result: string[] = [];
	for (const tag of tags) {
		const trimmed = tag.trim();
		const key = trimmed.toLocaleLowerCase();
		if (seen.has(key)) continue;
		seen.add(key);
		result.push(trimmed);
	}
	return result;
}

export function validatePainEntry(
	input: PainEntryInput,
	now: number
): Validated<ValidPainEntry, PainEntryField> {
	const errors: FieldErrors<PainEntryField> = {};
	const score = scoreProblem(input.score);
	if (score) errors.score = score;
	const time = timeProblem(input.at, now);
	if (time) errors.at = time;
	const note = noteProblem(input.note);
	if (note) errors.note = note;
	const tag = input.tags.map(tagProblem).find((problem) => problem !== null);
	if (tag) errors.tags = tag;
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		value: {
			score: input.score as number,
			at: input.at as number,
			note: input.note.trim(),
			tags: normaliseTags(input.tags)
		}
	};
}
