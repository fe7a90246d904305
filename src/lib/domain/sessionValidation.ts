// Checks of a release or stretching session and of a clinic visit before anything is stored.

import { clinicTreatments, type ClinicTreatment } from './records';
import { isLocalDay, startOfDay, type EpochMs, type LocalDay } from './day';
import { spotsProblem, holdProblem } from './routines';
import { noteProblem, type FieldErrors, type Validated } from './validation';
import { isPainScore } from './painScale';

/** A minute of grace, so a clock a little ahead of the form's "now" is not called the future. */
const futureGraceMs = 60_000;

export function optionalPainProblem(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	if (!isPainScore(value)) return 'Pain must be a whole number from 0 to 10.';
	return null;
}

export function sessionTimesProblems(
	at: EpochMs | null,
	endAt: EpochMs | null,
	now: EpochMs
): { at?: string; endAt?: string } {
	const problems: { at?: string; endAt?: string } = {};
	if (at === null || !Number.isFinite(at)) problems.at = 'Enter when the session started.';
	else if (at > now + futureGraceMs) {
		problems.at = 'The start is in the future. Choose now or an earlier time.';
	}
	if (endAt === null || !Number.isFinite(endAt)) problems.endAt = 'Enter when the session ended.';
	else if (endAt > now + futureGraceMs) {
		problems.endAt = 'The end is in the future. Choose now or an earlier time.';
	} else if (at !== null && Number.isFinite(at) && endAt < at) {
		problems.endAt = 'The end is before the start. Choose a later end time.';
	}
	return problems;
}

/** What the person adds to a session: pain before and after, and a note. */
export interface SessionNotesInput {
	painBefore: unknown;
	painAfter: unknown;
	note: string;
}

export type SessionNotesField = 'painBefore' | 'painAfter' | 'note';

export function sessionNotesProblems(input: SessionNotesInput): FieldErrors<SessionNotesField> {
	const errors: FieldErrors<SessionNotesField> = {};
	const before = optionalPainProblem(input.painBefore);
	if (before) errors.painBefore = before;
	const after = optionalPainProblem(input.painAfter);
	if (after) errors.painAfter = after;
	const note = noteProblem(input.note);
	if (note) errors.note = note;
	return errors;
}

/** A release or stretching session logged afterwards, without the timer, or edited later. */
export interface SessionLogInput extends SessionNotesInput {
	routineId: string;
	at: EpochMs | null;
	endAt: EpochMs | null;
	spotsPerSide: unknown;
	holdSeconds: unknown;
	sideCount: number;
}

export interface ValidSessionLog {
	routineId: string;
	at: EpochMs;
	endAt: EpochMs;
	spotsPerSide: number;
	holdSeconds: number;
	painBefore: number | null;
	painAfter: number | null;
	note: string;
}

export type SessionLogField =
	'routineId' | 'at' | 'endAt' | 'spotsPerSide' | 'holdSeconds' | 'sides' | SessionNotesField;

export function validateSessionLog(
	input: SessionLogInput,
	now: EpochMs
): Validated<ValidSessionLog, SessionLogField> {
	const errors: FieldErrors<SessionLogField> = {
		...sessionTimesProblems(input.at, input.endAt, now),
		...sessionNotesProblems(input)
	};
	if (!input.routineId) errors.routineId = 'Choose the routine you did.';
	const spots = spotsProblem(input.spotsPerSide);
	if (spots) errors.spotsPerSide = spots;
	const hold = holdProblem(input.holdSeconds);
	if (hold) errors.holdSeconds = hold;
	if (input.sideCount === 0) errors.sides = 'Choose at least one side.';
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		value: {
			routineId: input.routineId,
			at: input.at as EpochMs,
			endAt: input.endAt as EpochMs,
			spotsPerSide: input.spotsPerSide as number,
			holdSeconds: input.holdSeconds as number,
			painBefore: (input.painBefore as number | null | undefined) ?? null,
			painAfter: (input.painAfter as number | null | undefined) ?? null,
			note: input.note.trim()
		}
	};
}

/** The longest name of an "other" treatment. */
export const otherTreatmentLimit = 60;

export interface ClinicVisitInput {
	day: LocalDay;
	treatments: readonly string[];
	/** The name of the treatment when "other" is among them. */
	otherTreatment: string;
	regionIds: string[];
	note: string;
}

export interface ValidClinicVisit {
	day: LocalDay;
	treatments: ClinicTreatment[];
	otherTreatment: string;
	regionIds: string[];
	note: string;
}

export type ClinicVisitField = 'day' | 'treatments' | 'otherTreatment' | 'regionIds' | 'note';

const isClinicTreatment = (value: string): value is ClinicTreatment =>
	(clinicTreatments as readonly string[]).includes(value);

export function validateClinicVisit(
	input: ClinicVisitInput,
	now: EpochMs
): Validated<ValidClinicVisit, ClinicVisitField> {
	const errors: FieldErrors<ClinicVisitField> = {};
	if (!isLocalDay(input.day)) errors.day = 'Enter the date of the visit.';
	else if (startOfDay(input.day) > now) {
		errors.day = 'The date is in the future. Choose today or an earlier day.';
	}
	// Kept in the order of the list, whatever order they were ticked in, so rows compare equal.
	const treatments = clinicTreatments.filter((treatment) => input.treatments.includes(treatment));
	if (treatments.length === 0 || !input.treatments.every(isClinicTreatment)) {
		errors.treatments = 'Choose at least one treatment.';
	}
	const otherTreatment = treatments.includes('other') ? input.otherTreatment.trim() : '';
	if (treatments.includes('other') && otherTreatment.length === 0) {
		errors.otherTreatment = 'Name the other treatment, for example "osteopathy".';
	} else if ([...otherTreatment].length > otherTreatmentLimit) {
		errors.otherTreatment = `Keep the name to ${otherTreatmentLimit} characters or fewer.`;
	}
	if (input.regionIds.length === 0) errors.regionIds = 'Choose at least one place treated.';
	const note = noteProblem(input.note);
	if (note) errors.note = note;
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		value: {
			day: input.day,
			treatments,
			otherTreatment,
			regionIds: [...new Set(input.regionIds)],
			note: input.note.trim()
		}
	};
}
