// The guided timer as a pure state machine. Its state is a plain object kept in the drafts table,
// and every answer is computed from timestamps passed in as `now`, never from counting ticks, so
// it stays right while the tab sleeps and carries on after a reload or a crash.

import type { EpochMs } from './day';
import type { RoutineKind, SessionStatus, Side } from '$lib/domain/records';
import { sideOfRegion } from './targetLabels';

export interface TimerRoutine {
	id: string;
	name: string;
	kind: RoutineKind;
	targets: string[];
	spotsPerSide: number;
	holdSeconds: number;
}

export interface TimerState {
	version: 1;
	routineId: string;
	routineName: string;
	kind: RoutineKind;
	targets: string[];
	/** The sides in the order they are done: ['left', 'right'], one of them, or ['centre']. */
	sides: Side[];
	spotsPerSide: number;
	holdMs: number;
	startedAt: EpochMs;
	/** Index of the hold under way, or of the next one while a prompt waits. */
	current: number;
	/** When the current hold began; null while a "Next spot" or "Switch side" prompt waits. */
	holdStartedAt: EpochMs | null;
	pausedAt: EpochMs | null;
	/** Time paused during the current hold, which does not count towards it. */
	pausedMs: number;
	/** Indexes of the holds done in full. */
	completed: number[];
	/** Held time of the holds already closed (done, skipped or cut short). */
	heldMs: number;
	/** When the session ended: its last hold ran out, or it was finished early. */
	endedAt: EpochMs | null;
}

export type TimerPhase = 'hold' | 'next-spot' | 'switch-side' | 'done';

export interface TimerView {
	phase: TimerPhase;
	paused: boolean;
	/** Side and 1-based spot of the hold under way, or of the next hold at a prompt. */
	side: Side;
	spot: number;
	spotsPerSide: number;
	/** 1-based position of that hold among all of them. */
	hold: number;
	totalHolds: number;
	remainingMs: number;
	holdMs: number;
	spotsDone: number;
	heldMs: number;
	endedAt: EpochMs | null;
}

export function totalHolds(state: TimerState): number {
	return state.sides.length * state.spotsPerSide;
}

function sideOf(state: TimerState, index: number): Side {
	return state.sides[Math.min(Math.floor(index / state.spotsPerSide), state.sides.length - 1)]!;
}

export function startTimer(routine: TimerRoutine, sides: Side[], now: EpochMs): TimerState {
	if (sides.length === 0) throw new Error('A session needs at least one side.');
	return {
		version: 1,
		routineId: routine.id,
		routineName: routine.name,
		kind: routine.kind,
		targets: [...routine.targets],
		sides: [...sides],
		spotsPerSide: routine.spotsPerSide,
		holdMs: routine.holdSeconds * 1000,
		startedAt: now,
		current: 0,
		holdStartedAt: now,
		pausedAt: null,
		pausedMs: 0,
		completed: [],
		heldMs: 0,
		endedAt: null
	};
}

function elapsedInHold(state: TimerState, now: EpochMs): number {
	if (state.holdStartedAt === null) return 0;
	const until = state.pausedAt ?? now;
	return Math.max(0, until - state.holdStartedAt - state.pausedMs);
}

/** Closes the current hold and moves on; ends the session after the last one. */
function closeHold(state: TimerState, heldMs: number, done: boolean, at: EpochMs): TimerState {
	const next = state.current + 1;
	return {
		...state,
		current: next,
		holdStartedAt: null,
		pausedAt: null,
		pausedMs: 0,
		completed: done ? [...state.completed, state.current] : state.completed,
		heldMs: state.heldMs + heldMs,
		endedAt: next >= totalHolds(state) ? at : state.endedAt
	};
}

/** Brings the state up to `now`: a hold whose time has run out is recorded as done, when it ran out. */
export function settle(state: TimerState, now: EpochMs): TimerState {
	if (state.endedAt !== null || state.holdStartedAt === null || state.pausedAt !== null) {
		return state;
	}
	const endsAt = state.holdStartedAt + state.pausedMs + state.holdMs;
	if (now < endsAt) return state;
	return closeHold(state, state.holdMs, true, endsAt);
}

export function view(state: TimerState, now: EpochMs): TimerView {
	const settled = settle(state, now);
	const total = totalHolds(settled);
	const done = settled.endedAt !== null;
	const index = Math.min(settled.current, total - 1);
	let phase: TimerPhase = 'hold';
	if (done) phase = 'done';
	else if (settled.holdStartedAt === null) {
		phase =
			settled.current > 0 && sideOf(settled, settled.current - 1) !== sideOf(settled, index)
				? 'switch-side'
				: 'next-spot';
	}
	const holding = phase === 'hold';
	return {
		phase,
		paused: holding && settled.pausedAt !== null,
		side: sideOf(settled, index),
		spot: (index % settled.spotsPerSide) + 1,
		spotsPerSide: settled.spotsPerSide,
		hold: index + 1,
		totalHolds: total,
		remainingMs: holding ? Math.max(0, settled.holdMs - elapsedInHold(settled, now)) : 0,
		holdMs: settled.holdMs,
		spotsDone: settled.completed.length,
		heldMs: settled.heldMs + (holding ? elapsedInHold(settled, now) : 0),
		endedAt: settled.endedAt
	};
}

export function pause(state: TimerState, now: EpochMs): TimerState {
	const settled = settle(state, now);
	if (settled.endedAt !== null || settled.holdStartedAt === null || settled.pausedAt !== null) {
		return settled;
	}
	return { ...settled, pausedAt: now };
}

export function resume(state: TimerState, now: EpochMs): TimerState {
	if (state.pausedAt === null) return settle(state, now);
	return {
		...state,
		pausedMs: state.pausedMs + Math.max(0, now - state.pausedAt),
		pausedAt: null
	};
}

/** "Next spot" or "Switch side": starts the next hold from a prompt. */
export function startNextHold(state: TimerState, now: EpochMs): TimerState {
	const settled = settle(state, now);
	if (settled.endedAt !== null || settled.holdStartedAt !== null) return settled;
	return { ...settled, holdStartedAt: now, pausedAt: null, pausedMs: 0 };
}

/** Skips the hold under way (its time so far still counts as held) or, at a prompt, the next one. */
export function skip(state: TimerState, now: EpochMs): TimerState {
	const settled = settle(state, now);
	if (settled.endedAt !== null) return settled;
	return closeHold(settled, elapsedInHold(settled, now), false, now);
}

export function finishEarly(state: TimerState, now: EpochMs): TimerState {
	const settled = settle(state, now);
	if (settled.endedAt !== null) return settled;
	const held = elapsedInHold(settled, now);
	return {
		...settled,
		holdStartedAt: null,
		pausedAt: null,
		pausedMs: 0,
		heldMs: settled.heldMs + held,
		endedAt: now
	};
}

export function isTimerState(value: unknown): value is TimerState {
	if (!value || typeof value !== 'object') return false;
	const state = value as Partial<TimerState>;
	return (
		state.version === 1 &&
		typeof state.routineId === 'string' &&
		Array.isArray(state.sides) &&
		state.sides.length > 0 &&
		typeof state.spotsPerSide === 'number' &&
		state.spotsPerSide > 0 &&
		typeof state.holdMs === 'number' &&
		typeof state.startedAt === 'number' &&
		Array.isArray(state.completed)
	);
}

/** What a session record needs from a timer that has ended (or is ended now). */
export interface TimerSummary {
	kind: RoutineKind;
	routineId: string;
	routineName: string;
	regionIds: string[];
	sides: Side[];
	spotsPlanned: number;
	spotsDone: number;
	holdSeconds: number;
	at: EpochMs;
	endAt: EpochMs;
	status: Extract<SessionStatus, 'finished' | 'partial'>;
}

export function summarise(state: TimerState, now: EpochMs): TimerSummary {
	const ended = finishEarly(state, now);
	const sidesDone = [...new Set(ended.completed.map((index) => sideOf(ended, index)))];
	const regionIds = ended.targets.filter((regionId) => {
		const side = sideOfRegion(regionId);
		return side === 'centre' ? sidesDone.length > 0 : sidesDone.includes(side);
	});
	const spotsPlanned = totalHolds(ended);
	return {
		kind: ended.kind,
		routineId: ended.routineId,
		routineName: ended.routineName,
		regionIds,
		sides: ended.sides.filter((side) => sidesDone.includes(side)),
		spotsPlanned,
		spotsDone: ended.completed.length,
		holdSeconds: Math.round(ended.heldMs / 1000),
		at: ended.startedAt,
		endAt: ended.endedAt ?? now,
		status: ended.completed.length === spotsPlanned ? 'finished' : 'partial'
	};
}
