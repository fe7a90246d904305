// Release and stretching sessions (timed or logged afterwards) and clinic visits.

import { localDay, startOfDay, type EpochMs } from '$lib/domain/day';
import { summariseRun, type GuidedRun } from '$lib/domain/guidedRun';
import { treatmentLabels } from '$lib/messages/treatments';
import {
	sessionNotesProblems,
	sessionTimesProblems,
	validateClinicVisit,
	validateSessionLog,
	type ClinicVisitInput,
	type SessionLogInput,
	type SessionNotesInput
} from '$lib/domain/sessionValidation';
import { sideOfRegion } from '$lib/domain/targetLabels';
import { database } from './database';
import { GoneError, ValidationError, guardWrite } from './errors';
import { findRoutine } from './routines';
import { checkUnchangedSince, isLive, newDatedRow, type EditedVersion } from './rows';
export { sessionsBetween, sessionsOnDay } from './sessionReads';
import { timerDraftKey } from './timerDraft';
import type { ClinicTreatment, Session, Side } from './types';

const middayMs = 12 * 3_600_000;

function notesOf(input: SessionNotesInput) {
	return {
		painBefore: (input.painBefore as number | null | undefined) ?? null,
		painAfter: (input.painAfter as number | null | undefined) ?? null,
		note: input.note.trim()
	};
}

/**
 * Saves what a guided session did, one session a routine begun, and clears the session in
 * progress. The pain before and after were asked once, at the start and at the end of the whole
 * session, so each routine's session carries them; the note is written once, on the last.
 */
export async function saveGuidedRun(
	run: GuidedRun,
	notes: SessionNotesInput,
	now: EpochMs = Date.now()
): Promise<Session[]> {
	const errors = sessionNotesProblems(notes);
	if (Object.keys(errors).length > 0) throw new ValidationError(errors);
	const { painBefore, painAfter, note } = notesOf(notes);
	const summaries = summariseRun(run, now);
	const sessions = summaries.map((summary, index): Session => ({
		...newDatedRow(summary.at, now),
		...summary,
		treatments: [],
		otherTreatment: '',
		painBefore,
		painAfter,
		note: index === summaries.length - 1 ? note : ''
	}));
	const db = await database();
	await guardWrite(() =>
		// The sessions are stored and the draft cleared together, so a crash never saves them twice.
		db.transaction('rw', db.sessions, db.drafts, async () => {
			await db.sessions.bulkAdd(sessions);
			await db.drafts.delete(timerDraftKey);
		})
	);
	return sessions;
}

export interface SessionLogFormInput extends Omit<SessionLogInput, 'sideCount'> {
	sides: Side[];
}

/** A release or stretching session done without the timer. */
export async function logSession(input: SessionLogFormInput, now: EpochMs = Date.now()) {
	const checked = validateSessionLog({ ...input, sideCount: input.sides.length }, now);
	if (!checked.ok) throw new ValidationError(checked.errors);
	const routine = await findRoutine(checked.value.routineId);
	if (!routine) throw new ValidationError({ routineId: 'This routine no longer exists.' });
	const { at, endAt, spotsPerSide, holdSeconds, painBefore, painAfter, note } = checked.value;
	const spots = spotsPerSide * input.sides.length;
	const session: Session = {
		...newDatedRow(at, now),
		kind: routine.kind,
		routineId: routine.id,
		routineName: routine.name,
		treatments: [],
		otherTreatment: '',
		regionIds: routine.targets.filter((regionId) => {
			const side = sideOfRegion(regionId);
			return side === 'centre' || input.sides.includes(side);
		}),
		sides: input.sides,
		spotsPlanned: spots,
		spotsDone: spots,
		holdSeconds: spots * holdSeconds,
		endAt,
		painBefore,
		painAfter,
		note,
		status: 'logged'
	};
	const db = await database();
	await guardWrite(() => db.transaction('rw', db.sessions, () => db.sessions.add(session)));
	return session;
}

function sidesOf(regionIds: string[]): Side[] {
	return [...new Set(regionIds.map(sideOfRegion))];
}

/** A visit's name in lists and exports: its treatments, e.g. "Acupuncture + Cupping". */
function visitName(treatments: readonly ClinicTreatment[], otherTreatment: string): string {
	return treatmentLabels(treatments, otherTreatment).join(' + ');
}

/** A clinic visit is logged, not timed: it sits at midday of its date. */
export async function logClinicVisit(input: ClinicVisitInput, now: EpochMs = Date.now()) {
	const checked = validateClinicVisit(input, now);
	if (!checked.ok) throw new ValidationError(checked.errors);
	const { day, treatments, otherTreatment, regionIds, note } = checked.value;
	const session: Session = {
		...newDatedRow(startOfDay(day) + middayMs, now),
		kind: 'clinic',
		routineId: null,
		routineName: visitName(treatments, otherTreatment),
		treatments,
		otherTreatment,
		regionIds,
		sides: sidesOf(regionIds),
		spotsPlanned: 0,
		spotsDone: 0,
		holdSeconds: 0,
		endAt: null,
		painBefore: null,
		painAfter: null,
		note,
		status: 'logged'
	};
	const db = await database();
	await guardWrite(() => db.transaction('rw', db.sessions, () => db.sessions.add(session)));
	return session;
}

export interface SessionEditInput extends SessionNotesInput {
	at: EpochMs | null;
	endAt: EpochMs | null;
}

/** Edits a release or stretching session's times, pain before and after, and note. */
export async function updateSession(
	id: string,
	input: SessionEditInput,
	now: EpochMs = Date.now(),
	edited: EditedVersion = {}
) {
	const errors = {
		...sessionTimesProblems(input.at, input.endAt, now),
		...sessionNotesProblems(input)
	};
	if (Object.keys(errors).length > 0) throw new ValidationError(errors);
	const at = input.at as EpochMs;
	return changeSession(id, now, edited, (existing) => ({
		...existing,
		at,
		// A start left alone keeps its day, as lived (see updatePainEntry).
		day: at === existing.at ? existing.day : localDay(at),
		endAt: input.endAt,
		...notesOf(input)
	}));
}

export async function updateClinicVisit(
	id: string,
	input: ClinicVisitInput,
	now: EpochMs = Date.now(),
	edited: EditedVersion = {}
) {
	const checked = validateClinicVisit(input, now);
	if (!checked.ok) throw new ValidationError(checked.errors);
	const { day, treatments, otherTreatment, regionIds, note } = checked.value;
	return changeSession(id, now, edited, (existing) => ({
		...existing,
		at: day === existing.day ? existing.at : startOfDay(day) + middayMs,
		day,
		treatments,
		otherTreatment,
		routineName: visitName(treatments, otherTreatment),
		regionIds,
		sides: sidesOf(regionIds),
		note
	}));
}

async function changeSession(
	id: string,
	now: EpochMs,
	edited: EditedVersion,
	change: (existing: Session) => Session
) {
	const db = await database();
	return guardWrite(() =>
		db.transaction('rw', db.sessions, async () => {
			const existing = await db.sessions.get(id);
			if (!existing || !isLive(existing)) {
				throw new GoneError('Not saved: this session no longer exists (it was deleted).');
			}
			checkUnchangedSince(existing, edited, 'session');
			const updated = { ...change(existing), updatedAt: now };
			await db.sessions.put(updated);
			return updated;
		})
	);
}

/** Soft delete, so "Undo" can bring it back exactly. */
export async function deleteSession(id: string, now: EpochMs = Date.now()) {
	const db = await database();
	await guardWrite(() =>
		db.transaction('rw', db.sessions, () =>
			db.sessions.update(id, { deletedAt: now, updatedAt: now })
		)
	);
}

export async function restoreSession(id: string, now: EpochMs = Date.now()) {
	const db = await database();
	await guardWrite(() =>
		db.transaction('rw', db.sessions, () =>
			db.sessions.update(id, { deletedAt: null, updatedAt: now })
		)
	);
}

export async function getSession(id: string): Promise<Session | undefined> {
	const session = await (await database()).sessions.get(id);
	return session && isLive(session) ? session : undefined;
}
