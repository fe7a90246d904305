// The guided timer as a pure state machine. Its state is a plain object kept in the drafts table,
// and every answer is computed from timestamps passed in as `now`, never from counting ticks, so
// it stays right while the tab sleeps and carries on after a reload or a crash.
//
// Hands-free, the next hold is scheduled when one closes: `holdStartedAt` lies a short move
// ahead (`autoMoveMs`), and until then the view shows the prompt with a countdown. A pause in
// that gap delays the start by as long as it lasts, like a pause in a hold.

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
	/** Moves on to the next spot and side by itself; absent in drafts from before it existed. */
	handsFree?: boolean;
}

/** Hands-free, the time to move the ball to the next spot, or to turn to the other side. */
export const autoMoveMs = { spot: 10_000, side: 20_000 } as const;

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
	/** At a prompt, hands-free: time until the next hold starts by itself; null when it waits. */
	startsInMs: number | null;
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

export interface TimerStart {
	/** When the first hold starts: now by default; null waits for "Start" (startNextHold). */
	firstHoldAt?: EpochMs | null;
	handsFree?: boolean;
}

export function startTimer(
	routine: TimerRoutine,
	sides: Side[],
	now: EpochMs,
	{ firstHoldAt = now, handsFree = false }: TimerStart = {}
): TimerState {
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
		holdStartedAt: firstHoldAt,
		pausedAt: null,
		pausedMs: 0,
		completed: [],
		heldMs: 0,
		endedAt: null,
		handsFree
	};
}

/** The move before hold `index`: to the other side when the side changes, else to a new spot. */
function moveBefore(state: TimerState, index: number): number {
	return index > 0 && sideOf(state, index - 1) !== sideOf(state, index)
		? autoMoveMs.side
		: autoMoveMs.spot;
}

/** When the current hold starts counting, pauses in the gap before it included. */
function holdBeginsAt(state: TimerState): EpochMs | null {
	return state.holdStartedAt === null ? null : state.holdStartedAt + state.pausedMs;
}

/** Hands-free, in the gap before a scheduled hold (paused there or not). */
function inGap(state: TimerState, now: EpochMs): boolean {
	const begins = holdBeginsAt(state);
	return begins !== null && (state.pausedAt ?? now) < begins;
}

function elapsedInHold(state: TimerState, now: EpochMs): number {
	if (state.holdStartedAt === null) return 0;
	const until = state.pausedAt ?? now;
	return Math.max(0, until - state.holdStartedAt - state.pausedMs);
}

/**
 * Closes the current hold and moves on; ends the session after the last one. Hands-free, the next
 * hold is scheduled after the time to move; otherwise it waits for a tap.
 */
function closeHold(state: TimerState, heldMs: number, done: boolean, at: EpochMs): TimerState {
	const next = state.current + 1;
	const last = next >= totalHolds(state);
	return {
		...state,
		current: next,
		holdStartedAt: state.handsFree && !last ? at + moveBefore(state, next) : null,
		pausedAt: null,
		pausedMs: 0,
		completed: done ? [...state.completed, state.current] : state.completed,
		heldMs: state.heldMs + heldMs,
		endedAt: last ? at : state.endedAt
	};
}

/**
 * Brings the state up to `now`: a hold whose time has run out is recorded as done, when it ran
 * out. Hands-free, holds follow one another by themselves, so several may have run out.
 */
export function settle(state: TimerState, now: EpochMs): TimerState {
	let settled = state;
	for (;;) {
		const begins = holdBeginsAt(settled);
		if (settled.endedAt !== null || begins === null || settled.pausedAt !== null) {
			return settled;
		}
		const endsAt = begins + settled.holdMs;
		if (now < endsAt) return settled;
		settled = closeHold(settled, settled.holdMs, true, endsAt);
	}
}

export function view(state: TimerState, now: EpochMs): TimerView {
	const settled = settle(state, now);
	const total = totalHolds(settled);
	const done = settled.endedAt !== null;
	const index = Math.min(settled.current, total - 1);
	let phase: TimerPhase = 'hold';
	if (done) phase = 'done';
	else if (settled.holdStartedAt === null || inGap(settled, now)) {
		phase =
			settled.current > 0 && sideOf(settled, settled.current - 1) !== sideOf(settled, index)
				? 'switch-side'
				: 'next-spot';
	}
	const holding = phase === 'hold';
	const begins = holdBeginsAt(settled);
	return {
		phase,
		// A pause counts in a hold and in the gap before a scheduled one, not at a waiting prompt.
		paused: !done && begins !== null && settled.pausedAt !== null,
		side: sideOf(settled, index),
		spot: (index % settled.spotsPerSide) + 1,
		spotsPerSide: settled.spotsPerSide,
		hold: index + 1,
		totalHolds: total,
		remainingMs: holding ? Math.max(0, settled.holdMs - elapsedInHold(settled, now)) : 0,
		startsInMs:
			!done && !holding && begins !== null ? Math.max(0, begins - (settled.pausedAt ?? now)) : null,
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

/**
 * "Next spot", "Switch side" or "Start now": starts the next hold from a prompt, or at once from
 * the gap before a scheduled one. A routine's time starts with its first hold.
 */
export function startNextHold(state: TimerState, now: EpochMs): TimerState {
	const settled = settle(state, now);
	if (settled.endedAt !== null) return settled;
	if (settled.holdStartedAt !== null && !inGap(settled, now)) return settled;
	const first = settled.current === 0 && settled.heldMs === 0;
	return {
		...settled,
		startedAt: first ? now : settled.startedAt,
		holdStartedAt: now,
		pausedAt: null,
		pausedMs: 0
	};
}

/**
 * Turns hands-free on or off. On at a waiting prompt, the next hold is scheduled from now; off in
 * the gap before a scheduled hold, the prompt waits for a tap again.
 */
export function setHandsFree(state: TimerState, on: boolean, now: EpochMs): TimerState {
	const settled = { ...settle(state, now), handsFree: on };
	if (settled.endedAt !== null) return settled;
	if (on && settled.holdStartedAt === null && settled.current > 0) {
		return { ...settled, holdStartedAt: now + moveBefore(settled, settled.current), pausedMs: 0 };
	}
	if (!on && inGap(settled, now)) {
		return { ...settled, holdStartedAt: null, pausedAt: null, pausedMs: 0 };
	}
	return settled;
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
		(state.handsFree === undefined || typeof state.handsFree === 'boolean') &&
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
