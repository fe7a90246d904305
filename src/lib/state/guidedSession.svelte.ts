// The guided session in progress as rune state: the timer's state (kept in the drafts table after
// every step), a clock that ticks while the screen shows it, and the end-of-hold cue.

import { WriteError } from '$lib/domain/errors';
import { readSetting, writeSetting } from '$lib/db/settings';
import { clearTimerDraft, loadTimerDraft, saveTimerDraft } from '$lib/db/timerDraft';
import type { Side } from '$lib/domain/records';
import type { EpochMs } from '$lib/domain/day';
import {
	finishEarly,
	pause,
	resume,
	skip,
	startNextHold,
	startTimer,
	view,
	type TimerRoutine,
	type TimerState,
	type TimerPhase
} from '$lib/domain/guidedTimer';
import { holdEndCue, prepareSound } from './sessionCues';

const cuesSettingKey = 'cues';

class GuidedSession {
	timer = $state.raw<TimerState | null>(null);
	now = $state(Date.now());
	loaded = $state(false);
	cuesOn = $state(true);
	failure = $state('');
	view = $derived(this.timer ? view(this.timer, this.now) : null);
	#lastPhase: TimerPhase | null = null;

	async load() {
		const [draft, cues] = await Promise.all([
			loadTimerDraft(),
			readSetting<boolean>(cuesSettingKey, true)
		]);
		this.timer = draft ?? null;
		this.cuesOn = cues;
		this.now = Date.now();
		this.#lastPhase = this.view?.phase ?? null;
		this.loaded = true;
	}

	/** Ticks the clock while a screen shows the timer; returns the stop function. */
	startTicking(): () => void {
		const interval = setInterval(() => this.tick(), 250);
		return () => clearInterval(interval);
	}

	tick(now: EpochMs = Date.now()) {
		this.now = now;
		const phase = this.view?.phase ?? null;
		// Only a hold that ran out by itself gets the cue, not one ended with Skip or Finish.
		if (this.#lastPhase === 'hold' && phase !== null && phase !== 'hold' && this.cuesOn) {
			holdEndCue();
		}
		this.#lastPhase = phase;
	}

	async start(routine: TimerRoutine, sides: Side[]) {
		prepareSound();
		await this.#step(() => startTimer(routine, sides, Date.now()));
	}

	pause = () => this.#step((state, now) => pause(state, now));
	resume = () => {
		prepareSound();
		return this.#step((state, now) => resume(state, now));
	};
	next = () => {
		prepareSound();
		return this.#step((state, now) => startNextHold(state, now));
	};
	skip = () => this.#step((state, now) => skip(state, now));
	finishEarly = () => this.#step((state, now) => finishEarly(state, now));

	async setCues(on: boolean) {
		this.cuesOn = on;
		if (on) prepareSound();
		await writeSetting(cuesSettingKey, on);
	}

	/** Forgets the session in progress (after saving it, or when discarded). */
	async discard() {
		await clearTimerDraft();
		this.timer = null;
		this.#lastPhase = null;
	}

	/** After the repository stored the session and cleared the draft in one transaction. */
	forget() {
		this.timer = null;
		this.#lastPhase = null;
	}

	async #step(change: (state: TimerState, now: EpochMs) => TimerState) {
		const now = Date.now();
		const next = change(this.timer as TimerState, now);
		this.timer = next;
		this.now = now;
		this.#lastPhase = this.view?.phase ?? null;
		try {
			await saveTimerDraft(next, now);
			this.failure = '';
		} catch (error) {
			// The session carries on in memory; only surviving a reload is at risk.
			if (error instanceof WriteError) this.failure = error.message;
			else throw error;
		}
	}
}

export const guidedSession = new GuidedSession();
