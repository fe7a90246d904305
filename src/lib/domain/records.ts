// Every record the journal stores, and the value lists they draw from, in one place. The lists
// are written once (`as const`) and every type, backup check, chart and word table derives from
// them. Rows carry a UUID, timestamps and a tombstone (deletedAt) so deletes can be undone and a
// sync has what it needs. The database layer re-exports these types; nothing here touches it.

import type { EpochMs, LocalDay } from './day';

export type Id = string;

export interface StoredRow {
	id: Id;
	createdAt: EpochMs;
	updatedAt: EpochMs;
	/** Soft delete: set while an undo is possible and kept so a restore is exact. */
	deletedAt: EpochMs | null;
}

/** A row that happened at a moment: `at` is the truth, `day` its local calendar day for ranges. */
export interface DatedRow extends StoredRow {
	at: EpochMs;
	day: LocalDay;
}

export const sensations = [
	'ache',
	'sharp',
	'burning',
	'tight',
	'numbness',
	'tingling',
	'radiating'
] as const;
export type Sensation = (typeof sensations)[number];

/** The sensations that point to a nerve (sciatica), followed over time on Insights and Body. */
export const nerveSensations = ['tingling', 'numbness'] as const satisfies readonly Sensation[];

export const sides = ['left', 'right', 'centre'] as const;
export type Side = (typeof sides)[number];

/** Answers to the red-flag questions, by question id; true means "yes, this is new". */
export type RedFlagAnswers = Record<string, boolean>;

/**
 * Where an entry's red-flag questions stand: `pending` until answered or dismissed, so leaving
 * Today never loses them; null when the check-in gave no reason to ask.
 */
export const redFlagCheckStates = ['pending', 'answered', 'dismissed'] as const;
export type RedFlagCheckState = (typeof redFlagCheckStates)[number];

export interface PainEntry extends DatedRow {
	score: number;
	note: string;
	tags: string[];
	redFlagCheck: RedFlagCheckState | null;
	/** The answers when `redFlagCheck` is `answered`; null otherwise. */
	redFlags: RedFlagAnswers | null;
}

/** One marked region of a pain entry; `at` and `day` copy the entry's for range queries. */
export interface BodyMark extends DatedRow {
	entryId: Id;
	regionId: string;
	/** The region's side, kept with the mark so exports read plainly. */
	side: Side;
	intensity: number;
	sensations: Sensation[];
	/** Marks of one radiating path share a pathId and are ordered by pathIndex. */
	pathId: Id | null;
	pathIndex: number | null;
}

/** The once-a-day PEG check: pain, enjoyment of life and general activity, each 0–10. */
export interface DailyCheck extends DatedRow {
	pain: number;
	enjoyment: number;
	activity: number;
}

export const sessionKinds = ['release', 'stretch', 'clinic'] as const;
export type SessionKind = (typeof sessionKinds)[number];

/** The kinds of routine a person does at home (a clinic visit is not a routine). */
export const routineKinds = ['release', 'stretch'] as const satisfies readonly SessionKind[];
export type RoutineKind = (typeof routineKinds)[number];

export const clinicTreatments = [
	'acupuncture',
	'cupping',
	'moxibustion',
	'physiotherapy',
	'massage',
	'chiropractic',
	'dry-needling',
	'other'
] as const;
export type ClinicTreatment = (typeof clinicTreatments)[number];

export const sessionStatuses = ['finished', 'partial', 'logged'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

/**
 * A release or stretching session (timed or logged afterwards) or a clinic visit; `at` is its
 * start. The table keeps its first name, `sessions`.
 */
export interface Session extends DatedRow {
	kind: SessionKind;
	routineId: Id | null;
	/** The routine's name when the session was done, so History reads right after a rename. */
	routineName: string;
	/** A clinic visit's treatments, in the order chosen; empty for other kinds. */
	treatments: ClinicTreatment[];
	/** The name the person gave an `other` treatment; empty when there is none. */
	otherTreatment: string;
	regionIds: string[];
	sides: Side[];
	spotsPlanned: number;
	spotsDone: number;
	holdSeconds: number;
	endAt: EpochMs | null;
	painBefore: number | null;
	painAfter: number | null;
	note: string;
	status: SessionStatus;
}

export const routineTools = ['tennis ball', 'lacrosse ball', 'none'] as const;
export type RoutineTool = (typeof routineTools)[number];

export const routinePositions = ['wall', 'floor', 'standing', 'seated'] as const;
export type RoutinePosition = (typeof routinePositions)[number];

export const routineSideChoices = ['both', 'one'] as const;
export type RoutineSideChoice = (typeof routineSideChoices)[number];

/** A routine the user made (built-ins live in the domain catalogue, not in the database). */
export interface Routine extends StoredRow {
	name: string;
	kind: RoutineKind;
	/** The built-in or own routine this one was duplicated from. */
	basedOn: Id | null;
	targets: string[];
	tool: RoutineTool;
	position: RoutinePosition;
	steps: string[];
	spotsPerSide: number;
	holdSeconds: number;
	sides: RoutineSideChoice;
	cautions: string[];
}

export type PlanSchedule =
	{ type: 'weekdays'; weekdays: number[] } | { type: 'perWeek'; daysPerWeek: number };

export interface Plan extends StoredRow {
	routineIds: Id[];
	schedule: PlanSchedule;
	/** "before-bed" or a local "HH:MM". */
	preferredTime: string;
	active: boolean;
}

/** A planned day the user marked as a rest day: it does not count against adherence. */
export interface RestDay extends DatedRow {
	planId: Id;
}

export interface Setting {
	key: string;
	value: unknown;
	updatedAt: EpochMs;
}

/** Unsaved form input and sessions in progress, kept so a reload or crash never loses them. */
export interface Draft {
	key: string;
	value: unknown;
	updatedAt: EpochMs;
}

/** How often a body region was marked on one day, and the sum of the marks' intensities. */
export interface RegionTally {
	count: number;
	intensitySum: number;
}

/**
 * The summary of one local day, kept up to date in the same transaction as every write to
 * painEntries, sessions, dailyChecks and bodyMarks, so Insights reads one row a day, not every row.
 * Only live (not deleted) rows count; a day with no live rows has no rollup.
 */
export interface DayRollup {
	day: LocalDay;
	painCount: number;
	painSum: number;
	painMin: number | null;
	painMax: number | null;
	/** Release and stretching sessions (not clinic visits). */
	selfCareCount: number;
	holdSeconds: number;
	clinicVisitCount: number;
	/** Each treatment of each clinic visit of the day, in time order. */
	clinic: ClinicTreatment[];
	sessionPainBeforeSum: number;
	sessionPainBeforeCount: number;
	sessionPainAfterSum: number;
	sessionPainAfterCount: number;
	/** The PEG score (mean of its three items) of the day's latest daily check, or null. */
	peg: number | null;
	markCount: number;
	regions: Record<string, RegionTally>;
	/** For each sensation marked that day: how many marks had it, by region id. */
	sensations: Partial<Record<Sensation, Record<string, number>>>;
}
