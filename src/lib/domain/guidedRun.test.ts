import { describe, expect, it } from 'vitest';
import {
	answerPainBefore,
	finishRun,
	isGuidedRun,
	nextHold,
	planRunRoutines,
	routineMoveMs,
	runOfTimer,
	runView,
	setRunHandsFree,
	skipRoutine,
	startRun,
	routinesNotDone,
	summariseRun,
	type GuidedRun,
	type RunRoutine
} from './guidedRun';
import { autoMoveMs, startNextHold, startTimer, type TimerRoutine } from './guidedTimer';
import { builtInRoutine } from './routines';

const second = 1000;
const t0 = 5_000_000;

const routine = (id: string, spotsPerSide: number, targets: string[]): TimerRoutine => ({
	id,
	name: id,
	kind: 'release',
	targets,
	spotsPerSide,
	holdSeconds: 20
});

const plan: RunRoutine[] = [
	{
		routine: routine('piriformis', 1, ['left-deep-glute', 'right-deep-glute']),
		sides: ['left', 'right']
	},
	{ routine: routine('flank', 2, ['left-flank']), sides: ['left'] }
];

/** What a reload does: the state goes through JSON in IndexedDB and comes back. */
const reload = (run: GuidedRun): GuidedRun => JSON.parse(JSON.stringify(run)) as GuidedRun;

describe('guided session', () => {
	it('asks the pain before first, then runs every routine in order with a prompt between them', () => {
		let now = t0;
		let run = startRun(plan, now, { fromPlan: true });
		now += 60 * second;
		// Nothing runs while the question waits.
		expect(runView(run, now)).toMatchObject({ phase: 'pain-before', routineNumber: 1 });
		run = reload(answerPainBefore(run, 6, now));
		expect(runView(run, now)).toMatchObject({ phase: 'hold', painBefore: 6, routineCount: 2 });
		now += 20 * second;
		expect(runView(run, now).phase).toBe('switch-side');
		run = nextHold(run, now);
		now += 20 * second;
		// The first routine is done: the second waits for a tap, however long it takes.
		expect(runView(run, now + 10 * 60 * second)).toMatchObject({
			phase: 'next-routine',
			routineNumber: 2,
			routineName: 'flank'
		});
		now += 60 * second;
		run = reload(nextHold(run, now));
		expect(runView(run, now)).toMatchObject({ phase: 'hold', routineNumber: 2 });
		now += 20 * second;
		run = nextHold(run, now);
		now += 20 * second;
		expect(runView(run, now).phase).toBe('done');
		const summaries = summariseRun(run, now + 60 * second);
		expect(summaries).toMatchObject([
			{ routineId: 'piriformis', spotsDone: 2, status: 'finished', at: t0 + 60 * second },
			// Its time starts with its first hold, not when the one before ended.
			{ routineId: 'flank', spotsDone: 2, status: 'finished', at: t0 + 160 * second }
		]);
		expect(routinesNotDone(run, now)).toEqual([]);
	});

	it('hands-free, starts the next routine by itself after the move, and skipping the pain before starts too', () => {
		let now = t0;
		let run = answerPainBefore(startRun(plan, now, { handsFree: true }), null, now);
		expect(runView(run, now)).toMatchObject({ phase: 'hold', painBefore: null });
		now += 20 * second + autoMoveMs.side + 20 * second;
		expect(runView(run, now)).toMatchObject({
			phase: 'next-routine',
			routineNumber: 2,
			timer: { startsInMs: routineMoveMs }
		});
		now += routineMoveMs;
		expect(runView(run, now)).toMatchObject({
			phase: 'hold',
			routineNumber: 2,
			timer: { spot: 1 }
		});
		now += 20 * second + autoMoveMs.spot + 20 * second;
		expect(runView(run, now).phase).toBe('done');
		run = setRunHandsFree(run, false, now);
		expect(summariseRun(run, now).map((summary) => summary.spotsDone)).toEqual([2, 2]);
	});

	it('turns hands-free on at the prompt before a routine, and skips a routine not wanted tonight', () => {
		let now = t0;
		let run = answerPainBefore(startRun([...plan, plan[0]!], now), 4, now);
		now += 20 * second;
		run = nextHold(run, now);
		now += 20 * second;
		run = setRunHandsFree(run, true, now);
		expect(runView(run, now)).toMatchObject({
			phase: 'next-routine',
			timer: { startsInMs: routineMoveMs }
		});
		run = skipRoutine(run, now);
		expect(runView(run, now)).toMatchObject({ phase: 'next-routine', routineNumber: 3 });
		run = skipRoutine(run, now);
		expect(runView(run, now).phase).toBe('done');
		expect(summariseRun(run, now).map((summary) => summary.routineId)).toEqual(['piriformis']);
		expect(routinesNotDone(run, now)).toEqual(['flank', 'piriformis']);
	});

	it('finishes the whole session early, leaving out the routines not begun', () => {
		let now = t0;
		let run = answerPainBefore(startRun(plan, now), null, now);
		now += 7 * second;
		run = finishRun(run, now);
		expect(runView(run, now + 60 * second).phase).toBe('done');
		expect(summariseRun(run, now + 60 * second)).toMatchObject([
			{ routineId: 'piriformis', status: 'partial', holdSeconds: 7 }
		]);
		expect(routinesNotDone(run, now + 60 * second)).toEqual(['flank']);
		// Finished before anything was done: nothing to save.
		expect(summariseRun(finishRun(startRun(plan, now), now), now)).toEqual([]);
	});

	it('reads a one-routine timer kept by an earlier version as a session past its start', () => {
		const timer = startNextHold(
			startTimer(plan[0]!.routine, ['left'], t0, { firstHoldAt: null }),
			t0
		);
		const run = runOfTimer(JSON.parse(JSON.stringify(timer)));
		expect(isGuidedRun(run)).toBe(true);
		expect(runView(run, t0 + 5 * second)).toMatchObject({
			phase: 'hold',
			routineCount: 1,
			timer: { remainingMs: 15 * second }
		});
		expect(isGuidedRun({ ...run, current: 1 })).toBe(false);
		expect(isGuidedRun({ ...run, timers: [] })).toBe(false);
		expect(isGuidedRun(timer)).toBe(false);
	});
});

describe("tonight's plan", () => {
	it('runs the routines not done yet in the plan order, each on its sides', () => {
		const ql = builtInRoutine('release-quadratus-lumborum')!;
		const piriformis = builtInRoutine('release-piriformis')!;
		const ownRight = { ...ql, id: 'own', sides: 'one' as const, targets: ['right-flank'] };
		const routines = planRunRoutines(
			['release-piriformis', 'gone', 'own', 'release-quadratus-lumborum'],
			new Set(['release-quadratus-lumborum']),
			[ql, piriformis, ownRight]
		);
		expect(routines.map(({ routine, sides }) => [routine.id, sides])).toEqual([
			['release-piriformis', ['left', 'right']],
			['own', ['right']]
		]);
		// The session keeps only what the timer needs, not the steps and cautions.
		expect(startRun(routines, t0).routines[0]!.routine).not.toHaveProperty('steps');
	});
});
