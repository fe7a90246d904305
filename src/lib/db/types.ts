// Every record stored in IndexedDB, in one place. Rows carry a UUID, timestamps and a tombstone
// (deletedAt) so deletes can be undone and a later sync has what it needs.

import type { EpochMs, LocalDay } from '$lib/domain/day';

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

export type Sensation =
	'ache' | 'sharp' | 'burning' | 'tight' | 'numbness' | 'tingling' | 'radiating';

export type Side = 'left' | 'right' | 'centre';

/** Answers to the red-flag questions, by question id; true means "yes, this is new". */
export type RedFlagAnswers = Record<string, boolean>;

export interface PainEntry extends DatedRow {
	score: number;
	note: string;
	tags: string[];
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

export type SessionKind = 'release' | 'stretch' | 'clinic';
export type ClinicTreatment = 'acupuncture' | 'cupping' | 'moxibustion';
export type SessionStatus = 'finished' | 'partial' | 'logged';

/** A release or stretching session (timed or logged afterwards) or a clinic visit; `at` is its start. */
export interface ReleaseSession extends DatedRow {
	kind: SessionKind;
	routineId: Id | null;
	/** The routine's name when the session was done, so History reads right after a rename. */
	routineName: string;
	treatment: ClinicTreatment | null;
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

export type RoutineTool = 'tennis ball' | 'lacrosse ball' | 'none';
export type RoutinePosition = 'wall' | 'floor' | 'standing' | 'seated';

/** A routine the user made (built-ins live in the domain catalogue, not in the database). */
export interface Routine extends StoredRow {
	name: string;
	kind: 'release' | 'stretch';
	/** The built-in or own routine this one was duplicated from. */
	basedOn: Id | null;
	targets: string[];
	tool: RoutineTool;
	position: RoutinePosition;
	steps: string[];
	spotsPerSide: number;
	holdSeconds: number;
	sides: 'both' | 'one';
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
	releaseCount: number;
	holdSeconds: number;
	/** Clinic treatments of the day, one per visit, in time order. */
	clinic: ClinicTreatment[];
	sessionPainBeforeSum: number;
	sessionPainBeforeCount: number;
	sessionPainAfterSum: number;
	sessionPainAfterCount: number;
	/** The PEG score (mean of its three items) of the day's latest daily check, or null. */
	peg: number | null;
	markCount: number;
	regions: Record<string, RegionTally>;
}
