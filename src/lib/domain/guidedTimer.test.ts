import { describe, expect, it } from 'vitest';
import {
	autoMoveMs,
	finishEarly,
	isTimerState,
	pause,
	resume,
	setHandsFree,
	skip,
	startNextHold,
	startTimer,
	summarise,
	view,
	type TimerRoutine,
	type TimerState
} from './guidedTimer';

const piriformis: TimerRoutine = {
	id: 'release-piriformis',
	name: 'Piriformis release',
	kind: 'release',
	targets: ['left-deep-glute', 'right-deep-glute'],
	spotsPerSide: 2,
	holdSeconds: 20
};

const t0 = 1_000_000;
const second = 1000;

/** A fake clock: the state machine only ever sees the times it is given. */
function clock() {
	let now = t0;
	return {
		now: () => now,
		advance: (ms: number) => (now += ms)
	};
}

/** What a reload does: the state goes through JSON in IndexedDB and comes back. */
const reload = (state: TimerState): TimerState => JSON.parse(JSON.stringify(state)) as TimerState;

describe('release timer', () => {
	it('walks through every spot on each side with next-spot and switch-side prompts', () => {
		const time = clock();
		let state = startTimer(piriformis, ['left', 'right'], time.now());
		expect(view(state, time.now())).toMatchObject({
			phase: 'hold',
			side: 'left',
			spot: 1,
			remainingMs: 20 * second,
			totalHolds: 4
		});
		time.advance(12 * second);
		expect(view(state, time.now()).remainingMs).toBe(8 * second);
		time.advance(8 * second);
		expect(view(state, time.now())).toMatchObject({
			phase: 'next-spot',
			side: 'left',
			spot: 2,
			spotsDone: 1
		});
		// The prompt waits for the person, however long it takes to move the ball.
		time.advance(30 * second);
		expect(view(state, time.now()).phase).toBe('next-spot');
		state = startNextHold(state, time.now());
		time.advance(20 * second);
		expect(view(state, time.now())).toMatchObject({ phase: 'switch-side', side: 'right', spot: 1 });
		state = startNextHold(state, time.now());
		time.advance(20 * second);
		state = startNextHold(state, time.now());
		time.advance(19 * second);
		expect(view(state, time.now())).toMatchObject({ phase: 'hold', side: 'right', spot: 2 });
		time.advance(1 * second);
		const done = view(state, time.now());
		expect(done).toMatchObject({ phase: 'done', spotsDone: 4, heldMs: 80 * second });
		expect(done.endedAt).toBe(time.now());
		const summary = summarise(state, time.now() + 60 * second);
		expect(summary).toMatchObject({
			status: 'finished',
			spotsDone: 4,
			spotsPlanned: 4,
			holdSeconds: 80,
			sides: ['left', 'right'],
			regionIds: ['left-deep-glute', 'right-deep-glute'],
			at: t0,
			// The session ended when the last hold ran out, not when the summary was opened.
			endAt: time.now()
		});
	});

	it('stops the countdown while paused and carries on where it stopped', () => {
		const time = clock();
		let state = startTimer(piriformis, ['left'], time.now());
		time.advance(5 * second);
		state = pause(state, time.now());
		time.advance(10 * 60 * second);
		expect(view(state, time.now())).toMatchObject({ paused: true, remainingMs: 15 * second });
		state = resume(state, time.now());
		time.advance(14 * second);
		expect(view(state, time.now())).toMatchObject({ paused: false, remainingMs: 1 * second });
		time.advance(1 * second);
		expect(view(state, time.now()).phase).toBe('next-spot');
	});

	it('keeps time right while the tab was in the background: a hold ends when it ran out', () => {
		const time = clock();
		let state = startTimer(piriformis, ['left', 'right'], time.now());
		// No tick for five minutes: the tab slept. The first hold ended at 20 s.
		time.advance(5 * 60 * second);
		expect(view(state, time.now())).toMatchObject({ phase: 'next-spot', spotsDone: 1 });
		state = startNextHold(state, time.now());
		expect(view(state, time.now()).remainingMs).toBe(20 * second);
		// A pause pressed after the hold already ran out changes nothing.
		time.advance(25 * second);
		const late = pause(state, time.now());
		expect(view(late, time.now())).toMatchObject({ phase: 'switch-side', paused: false });
	});

	it('survives a crash: the stored state resumes with the right time left', () => {
		const time = clock();
		let state = startTimer(piriformis, ['left', 'right'], time.now());
		time.advance(20 * second);
		state = startNextHold(state, time.now());
		time.advance(6 * second);
		const stored = reload(state);
		expect(isTimerState(stored)).toBe(true);
		time.advance(4 * second);
		expect(view(stored, time.now())).toMatchObject({
			phase: 'hold',
			side: 'left',
			spot: 2,
			remainingMs: 10 * second
		});
		// Paused before the crash: still paused after it, with the same time left.
		const paused = reload(pause(stored, time.now()));
		time.advance(60 * second);
		expect(view(resume(paused, time.now()), time.now()).remainingMs).toBe(10 * second);
		expect(isTimerState({ version: 1 })).toBe(false);
		expect(isTimerState(null)).toBe(false);
	});

	it('skips a spot without counting it done, but counts the time held', () => {
		const time = clock();
		let state = startTimer(piriformis, ['left'], time.now());
		time.advance(7 * second);
		state = skip(state, time.now());
		expect(view(state, time.now())).toMatchObject({
			phase: 'next-spot',
			spot: 2,
			spotsDone: 0,
			heldMs: 7 * second
		});
		// Skipping at a prompt skips the next spot; here that was the last, so the session ends.
		state = skip(state, time.now());
		expect(view(state, time.now()).phase).toBe('done');
		expect(summarise(state, time.now())).toMatchObject({
			status: 'partial',
			spotsDone: 0,
			sides: [],
			regionIds: [],
			holdSeconds: 7
		});
	});

	it('finishes early with the spots done so far and the time held', () => {
		const time = clock();
		let state = startTimer(piriformis, ['left', 'right'], time.now());
		time.advance(20 * second);
		state = startNextHold(state, time.now());
		time.advance(9 * second);
		state = finishEarly(state, time.now());
		time.advance(60 * second);
		const finished = view(state, time.now());
		expect(finished).toMatchObject({ phase: 'done', spotsDone: 1, heldMs: 29 * second });
		expect(finished.endedAt).toBe(t0 + 29 * second);
		expect(summarise(state, time.now())).toMatchObject({
			status: 'partial',
			spotsDone: 1,
			spotsPlanned: 4,
			holdSeconds: 29,
			sides: ['left'],
			regionIds: ['left-deep-glute'],
			endAt: t0 + 29 * second
		});
	});

	it('does one side only when asked', () => {
		const time = clock();
		const state = startTimer(piriformis, ['right'], time.now());
		expect(view(state, time.now())).toMatchObject({ side: 'right', totalHolds: 2 });
		expect(() => startTimer(piriformis, [], time.now())).toThrow();
	});
});

describe('hands-free holds', () => {
	it('moves to the next spot and switches sides by itself, after a move of 10 and 20 s', () => {
		const time = clock();
		const state = startTimer(piriformis, ['left', 'right'], time.now(), { handsFree: true });
		time.advance(20 * second);
		expect(view(state, time.now())).toMatchObject({
			phase: 'next-spot',
			spot: 2,
			startsInMs: autoMoveMs.spot
		});
		time.advance(autoMoveMs.spot);
		expect(view(state, time.now())).toMatchObject({ phase: 'hold', side: 'left', spot: 2 });
		time.advance(20 * second);
		expect(view(state, time.now())).toMatchObject({
			phase: 'switch-side',
			side: 'right',
			startsInMs: autoMoveMs.side
		});
		time.advance(autoMoveMs.side - 1);
		expect(view(state, time.now()).phase).toBe('switch-side');
		time.advance(1);
		expect(view(state, time.now())).toMatchObject({ phase: 'hold', side: 'right', spot: 1 });
		// The tab slept through the rest: every hold ran out, each when it did.
		time.advance(10 * 60 * second);
		const done = view(state, time.now());
		expect(done).toMatchObject({ phase: 'done', spotsDone: 4, heldMs: 80 * second });
		expect(done.endedAt).toBe(t0 + 80 * second + 2 * autoMoveMs.spot + autoMoveMs.side);
	});

	it('waits while paused in the move, starts at once on "Start now", and stops when turned off', () => {
		const time = clock();
		let state = startTimer(piriformis, ['left'], time.now(), { handsFree: true });
		time.advance(24 * second);
		state = pause(state, time.now());
		time.advance(60 * second);
		expect(view(state, time.now())).toMatchObject({
			phase: 'next-spot',
			paused: true,
			startsInMs: 6 * second
		});
		state = reload(resume(state, time.now()));
		time.advance(5 * second);
		expect(view(state, time.now())).toMatchObject({ phase: 'next-spot', startsInMs: 1 * second });
		time.advance(1 * second);
		expect(view(state, time.now())).toMatchObject({ phase: 'hold', remainingMs: 20 * second });

		let manual = startTimer(piriformis, ['left'], time.now(), { handsFree: true });
		time.advance(22 * second);
		const early = startNextHold(manual, time.now());
		expect(view(early, time.now())).toMatchObject({ phase: 'hold', spot: 2, remainingMs: 20_000 });
		manual = setHandsFree(manual, false, time.now());
		time.advance(60 * second);
		expect(view(manual, time.now())).toMatchObject({ phase: 'next-spot', startsInMs: null });
		manual = setHandsFree(manual, true, time.now());
		time.advance(autoMoveMs.spot);
		expect(view(manual, time.now())).toMatchObject({ phase: 'hold', spot: 2 });
	});
});
