// A guided session: one routine, or every routine of today's plan in order, each with its own
// timer (guidedTimer.ts) and each saved as its own session. Like the timer it is a plain object
// kept in the drafts table and every answer comes from `now`, so a reload returns to the same step.
// It starts by asking the pain before (or skipping it); hands-free, the next routine starts by
// itself after a longer move than between spots (`routineMoveMs`).

import type { EpochMs } from './day';
import type { Side } from './records';
import type { RoutineDefinition } from './routines';
import { sideOfRegion } from './targetLabels';
import {
	finishEarly,
	isTimerState,
	pause,
	resume,
	setHandsFree,
	settle,
	skip,
	startNextHold,
	startTimer,
	summarise,
	view,
	type TimerRoutine,
	type TimerState,
	type TimerSummary,
	type TimerView
} from './guidedTimer';

/** Hands-free, the time to get up and set up for the next routine of a plan. */
export const routineMoveMs = 30_000;

export interface RunRoutine {
	routine: TimerRoutine;
	sides: Side[];
}

export interface GuidedRun {
	version: 2;
	/** Every routine of the session, in the order they are done. */
	routines: RunRoutine[];
	/** Index in `routines` of the routine under way (or waiting to start). */
	current: number;
	/** The timers of the routines begun so far; the last one is the current routine's. */
	timers: TimerState[];
	/** Started from the plan ("Start tonight's plan") rather than from one routine. */
	fromPlan: boolean;
	handsFree: boolean;
	/** Asked once at the start: null when skipped. */
	painBefore: number | null;
	/** Until the pain before is answered or skipped, the first hold waits. */
	painBeforeAsked: boolean;
	/** Set when the whole session was finished early: the routines left are not done. */
	endedAt: EpochMs | null;
}

export type RunPhase =
	'pain-before' | 'hold' | 'next-spot' | 'switch-side' | 'next-routine' | 'done';

export interface RunView {
	phase: RunPhase;
	/** 1-based number of the routine under way, and how many the session has. */
	routineNumber: number;
	routineCount: number;
	routineName: string;
	/** The timer of the routine under way; its phase is the hold or the prompt within it. */
	timer: TimerView;
	paused: boolean;
	handsFree: boolean;
	painBefore: number | null;
}

/** Both sides for a two-sided routine; a one-sided one on the side its regions are on (else left). */
export function routineSides(routine: RoutineDefinition): Side[] {
	if (routine.sides === 'both') return ['left', 'right'];
	const sided = new Set(routine.targets.map(sideOfRegion).filter((side) => side !== 'centre'));
	return sided.size === 1 ? [...sided] : ['left'];
}

/** The plan's routines not done yet today, in the plan's order; deleted routines are left out. */
export function planRunRoutines(
	routineIds: readonly string[],
	doneIds: ReadonlySet<string>,
	routines: readonly RoutineDefinition[]
): RunRoutine[] {
	return routineIds.flatMap((id) => {
		const routine = routines.find((candidate) => candidate.id === id);
		return routine && !doneIds.has(id) ? [{ routine, sides: routineSides(routine) }] : [];
	});
}

interface RunStart {
	fromPlan?: boolean;
	handsFree?: boolean;
}

/** A session waiting for its pain before; its first hold starts once that is answered. */
export function startRun(
	routines: readonly RunRoutine[],
	now: EpochMs,
	{ fromPlan = false, handsFree = false }: RunStart = {}
): GuidedRun {
	const first = routines[0];
	if (!first) throw new Error('A session needs at least one routine.');
	return {
		version: 2,
		// Only what the timer needs is kept: a routine definition carries steps and cautions too.
		routines: routines.map(({ routine, sides }) => ({
			routine: {
				id: routine.id,
				name: routine.name,
				kind: routine.kind,
				targets: [...routine.targets],
				spotsPerSide: routine.spotsPerSide,
				holdSeconds: routine.holdSeconds
			},
			sides: [...sides]
		})),
		current: 0,
		timers: [startTimer(first.routine, first.sides, now, { firstHoldAt: null, handsFree })],
		fromPlan,
		handsFree,
		painBefore: null,
		painBeforeAsked: false,
		endedAt: null
	};
}

/** A draft from before sessions had several routines: one timer, past its start. */
export function runOfTimer(timer: TimerState): GuidedRun {
	return {
		version: 2,
		routines: [
			{
				routine: {
					id: timer.routineId,
					name: timer.routineName,
					kind: timer.kind,
					targets: [...timer.targets],
					spotsPerSide: timer.spotsPerSide,
					holdSeconds: Math.round(timer.holdMs / 1000)
				},
				sides: [...timer.sides]
			}
		],
		current: 0,
		timers: [timer],
		fromPlan: false,
		handsFree: timer.handsFree ?? false,
		painBefore: null,
		painBeforeAsked: true,
		endedAt: null
	};
}

const currentTimer = (run: GuidedRun): TimerState => run.timers.at(-1)!;

function withCurrentTimer(run: GuidedRun, timer: TimerState): GuidedRun {
	return { ...run, timers: [...run.timers.slice(0, -1), timer] };
}

/** The timer of the routine at `index`, begun at `at`: hands-free it starts after the move. */
function timerOf(run: GuidedRun, index: number, at: EpochMs): TimerState {
	const { routine, sides } = run.routines[index]!;
	// Waiting for a tap, the routine's time starts with it (startNextHold).
	const firstHoldAt = run.handsFree ? at + routineMoveMs : null;
	return startTimer(routine, sides, firstHoldAt ?? at, { firstHoldAt, handsFree: run.handsFree });
}

/** Brings the session up to `now`: holds that ran out are done, and the next routine is set up. */
export function settleRun(run: GuidedRun, now: EpochMs): GuidedRun {
	let settled = withCurrentTimer(run, settle(currentTimer(run), now));
	for (;;) {
		const timer = currentTimer(settled);
		const next = settled.current + 1;
		if (settled.endedAt !== null || timer.endedAt === null || next >= settled.routines.length) {
			return settled;
		}
		settled = {
			...settled,
			current: next,
			timers: [...settled.timers, settle(timerOf(settled, next, timer.endedAt), now)]
		};
	}
}

/** Whether the routine under way has not begun: no hold started, done or skipped. */
function notBegun(timer: TimerState, now: EpochMs): boolean {
	const shown = view(timer, now);
	return timer.current === 0 && timer.heldMs === 0 && shown.phase !== 'hold';
}

export function runView(run: GuidedRun, now: EpochMs): RunView {
	const settled = settleRun(run, now);
	const timer = currentTimer(settled);
	const timerView = view(timer, now);
	let phase: RunPhase = timerView.phase;
	if (settled.endedAt !== null) phase = 'done';
	else if (!settled.painBeforeAsked) phase = 'pain-before';
	else if (settled.current > 0 && phase !== 'done' && notBegun(timer, now)) phase = 'next-routine';
	return {
		phase,
		routineNumber: settled.current + 1,
		routineCount: settled.routines.length,
		routineName: timer.routineName,
		timer: timerView,
		paused: timerView.paused,
		handsFree: settled.handsFree,
		painBefore: settled.painBefore
	};
}

/** The answer to "pain before" (null: skipped) starts the first hold. */
export function answerPainBefore(run: GuidedRun, score: number | null, now: EpochMs): GuidedRun {
	if (run.painBeforeAsked) return run;
	const started = { ...run, painBefore: score, painBeforeAsked: true };
	return withCurrentTimer(started, startNextHold(currentTimer(started), now));
}

/** Applies a timer step to the routine under way. */
function onTimer(
	run: GuidedRun,
	now: EpochMs,
	step: (timer: TimerState, now: EpochMs) => TimerState
): GuidedRun {
	const settled = settleRun(run, now);
	if (settled.endedAt !== null || !settled.painBeforeAsked) return settled;
	return settleRun(withCurrentTimer(settled, step(currentTimer(settled), now)), now);
}

export const pauseRun = (run: GuidedRun, now: EpochMs) => onTimer(run, now, pause);
export const resumeRun = (run: GuidedRun, now: EpochMs) => onTimer(run, now, resume);
/** "Next spot", "Switch side", "Start" of the next routine, or "Start now" in a hands-free move. */
export const nextHold = (run: GuidedRun, now: EpochMs) => onTimer(run, now, startNextHold);
export const skipHold = (run: GuidedRun, now: EpochMs) => onTimer(run, now, skip);

/** At the prompt before a routine: leaves it out and goes on to the next one, or ends. */
export function skipRoutine(run: GuidedRun, now: EpochMs): GuidedRun {
	const settled = settleRun(run, now);
	const first = settled.current === 0;
	if (first || settled.endedAt !== null || !notBegun(currentTimer(settled), now)) return settled;
	const timers = settled.timers.slice(0, -1);
	const next = settled.current + 1;
	if (next >= settled.routines.length) {
		return { ...settled, timers, current: settled.current, endedAt: now };
	}
	const skipped = { ...settled, timers, current: next };
	return { ...skipped, timers: [...timers, timerOf(skipped, next, now)] };
}

/** Ends the whole session now: the routine under way as it is, the ones after it not done. */
export function finishRun(run: GuidedRun, now: EpochMs): GuidedRun {
	const settled = settleRun(run, now);
	if (settled.endedAt !== null) return settled;
	return {
		...withCurrentTimer(settled, finishEarly(currentTimer(settled), now)),
		painBeforeAsked: true,
		endedAt: now
	};
}

export function setRunHandsFree(run: GuidedRun, on: boolean, now: EpochMs): GuidedRun {
	const settled = { ...settleRun(run, now), handsFree: on };
	if (settled.endedAt !== null) return settled;
	const timer = setHandsFree(currentTimer(settled), on, now);
	// At the prompt before a routine, hands-free starts it after the move (and off, it waits).
	if (settled.painBeforeAsked && settled.current > 0 && notBegun(timer, now)) {
		return withCurrentTimer(settled, {
			...timer,
			holdStartedAt: on ? now + routineMoveMs : null,
			pausedAt: null,
			pausedMs: 0
		});
	}
	return withCurrentTimer(settled, timer);
}

/** What each routine of the session did, for its own session record; routines not begun are left out. */
export function summariseRun(run: GuidedRun, now: EpochMs): TimerSummary[] {
	const settled = finishRun(run, now);
	return settled.timers
		.filter((timer) => timer.completed.length > 0 || timer.heldMs > 0 || timer.current > 0)
		.map((timer) => summarise(timer, now));
}

/** The names of the session's routines left out of its summary: skipped, or ended before begun. */
export function routinesNotDone(run: GuidedRun, now: EpochMs): string[] {
	// Counted, not a set: a session may hold the same routine twice.
	const done = new Map<string, number>();
	for (const { routineId } of summariseRun(run, now)) {
		done.set(routineId, (done.get(routineId) ?? 0) + 1);
	}
	return run.routines.flatMap(({ routine }) => {
		const left = done.get(routine.id) ?? 0;
		done.set(routine.id, left - 1);
		return left > 0 ? [] : [routine.name];
	});
}

export function isGuidedRun(value: unknown): value is GuidedRun {
	if (!value || typeof value !== 'object') return false;
	const run = value as Partial<GuidedRun>;
	return (
		run.version === 2 &&
		Array.isArray(run.routines) &&
		run.routines.length > 0 &&
		Array.isArray(run.timers) &&
		run.timers.length > 0 &&
		run.timers.every(isTimerState) &&
		typeof run.current === 'number' &&
		run.current >= 0 &&
		run.current < run.routines.length &&
		typeof run.handsFree === 'boolean' &&
		typeof run.painBeforeAsked === 'boolean' &&
		(run.painBefore === null || typeof run.painBefore === 'number')
	);
}
