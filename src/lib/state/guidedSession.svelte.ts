// The guided session in progress as rune state: the session's state (kept in the drafts table
// after every step), a clock that ticks while a screen shows it, and the cues: at the end of a
// hold, and hands-free when the next hold starts by itself.

import { WriteError } from '$lib/domain/errors';
import { readSetting, writeSetting } from '$lib/db/settings';
import { clearTimerDraft, loadTimerDraft, saveTimerDraft } from '$lib/db/timerDraft';
import type { EpochMs } from '$lib/domain/day';
import {
	answerPainBefore,
	finishRun,
	nextHold,
	pauseRun,
	resumeRun,
	runView,
	setRunHandsFree,
	skipHold,
	skipRoutine,
	startRun,
	type GuidedRun,
	type RunPhase,
	type RunRoutine
} from '$lib/domain/guidedRun';
import { holdEndCue, holdStartCue, prepareSound } from './sessionCues';

const cuesSettingKey = 'cues';
const handsFreeSettingKey = 'handsFree';

/** The phases where a hold waits to start: hands-free, it may start by itself. */
const waitingPhases: readonly (RunPhase | null)[] = ['next-spot', 'switch-side', 'next-routine'];

class GuidedSession {
	run = $state.raw<GuidedRun | null>(null);
	now = $state(Date.now());
	loaded = $state(false);
	cuesOn = $state(true);
	/** The choice for the next session, and the current one's. */
	handsFree = $state(false);
	failure = $state('');
	view = $derived(this.run ? runView(this.run, this.now) : null);
	#lastPhase: RunPhase | null = null;
	#loading: Promise<void> | null = null;
	/** Hands-free as chosen while the settings were still being read: the choice wins. */
	#chosenWhileReading: boolean | null = null;

	/** Reads the session in progress and the settings; calls while a read runs share it. */
	load(): Promise<void> {
		this.#loading ??= this.#read().finally(() => (this.#loading = null));
		return this.#loading;
	}

	async #read() {
		const [draft, cues, handsFree] = await Promise.all([
			loadTimerDraft(),
			readSetting<boolean>(cuesSettingKey, true),
			readSetting<boolean>(handsFreeSettingKey, false)
		]);
		const chosen = this.#chosenWhileReading;
		this.#chosenWhileReading = null;
		this.now = Date.now();
		this.run =
			draft && chosen !== null && draft.handsFree !== chosen
				? setRunHandsFree(draft, chosen, this.now)
				: (draft ?? null);
		this.cuesOn = cues;
		this.handsFree = chosen ?? draft?.handsFree ?? handsFree;
		this.#lastPhase = this.view?.phase ?? null;
		this.loaded = true;
	}

	/** Ticks the clock while a screen shows the session; returns the stop function. */
	startTicking(): () => void {
		const interval = setInterval(() => this.tick(), 250);
		return () => clearInterval(interval);
	}

	tick(now: EpochMs = Date.now()) {
		this.now = now;
		const phase = this.view?.phase ?? null;
		// Only changes that happen by themselves get a cue, not those of a tap (see #step).
		if (this.cuesOn && phase !== this.#lastPhase) {
			if (this.#lastPhase === 'hold' && phase !== null) holdEndCue();
			else if (waitingPhases.includes(this.#lastPhase) && phase === 'hold') holdStartCue();
		}
		this.#lastPhase = phase;
	}

	/** A session of one routine or several (the plan's), waiting for the pain before. */
	async start(routines: RunRoutine[], options: { fromPlan?: boolean } = {}) {
		prepareSound();
		await this.load();
		const run = startRun(routines, Date.now(), { ...options, handsFree: this.handsFree });
		await this.#step(() => run);
	}

	answerPainBefore = (score: number | null) => {
		prepareSound();
		return this.#step((run, now) => answerPainBefore(run, score, now));
	};
	pause = () => this.#step((run, now) => pauseRun(run, now));
	resume = () => {
		prepareSound();
		return this.#step((run, now) => resumeRun(run, now));
	};
	next = () => {
		prepareSound();
		return this.#step((run, now) => nextHold(run, now));
	};
	skip = () => this.#step((run, now) => skipHold(run, now));
	skipRoutine = () => this.#step((run, now) => skipRoutine(run, now));
	finishEarly = () => this.#step((run, now) => finishRun(run, now));

	async setCues(on: boolean) {
		this.cuesOn = on;
		if (on) prepareSound();
		await writeSetting(cuesSettingKey, on);
	}

	async setHandsFree(on: boolean) {
		this.handsFree = on;
		if (this.#loading) this.#chosenWhileReading = on;
		prepareSound();
		if (this.run) await this.#step((run, now) => setRunHandsFree(run, on, now));
		try {
			await writeSetting(handsFreeSettingKey, on);
		} catch (error) {
			// The choice holds for this session; only the next one would not remember it.
			if (error instanceof WriteError) this.failure = error.message;
			else throw error;
		}
	}

	/** Forgets the session in progress (after saving it, or when discarded). */
	async discard() {
		await clearTimerDraft();
		this.forget();
	}

	/** After the repository stored the sessions and cleared the draft in one transaction. */
	forget() {
		this.run = null;
		this.#lastPhase = null;
	}

	async #step(change: (run: GuidedRun, now: EpochMs) => GuidedRun) {
		const now = Date.now();
		const next = change(this.run as GuidedRun, now);
		this.run = next;
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
