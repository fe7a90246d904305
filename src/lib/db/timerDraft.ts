// The guided session in progress, kept in the drafts table so a reload or crash can resume it.

import type { EpochMs } from '$lib/domain/day';
import { isGuidedRun, runOfTimer, type GuidedRun } from '$lib/domain/guidedRun';
import { isTimerState } from '$lib/domain/guidedTimer';
import { clearDraft, readDraft, writeDraft } from './settings';
import { timerDraftKey } from './timerDraftKey';

export { timerDraftKey };

/** The session in progress; a one-routine timer kept by an earlier version is read as a session. */
export async function loadTimerDraft(): Promise<GuidedRun | undefined> {
	const value = await readDraft<unknown>(timerDraftKey);
	if (isGuidedRun(value)) return value;
	return isTimerState(value) ? runOfTimer(value) : undefined;
}

export async function saveTimerDraft(run: GuidedRun, now: EpochMs = Date.now()) {
	await writeDraft(timerDraftKey, run, now);
}

export async function clearTimerDraft() {
	await clearDraft(timerDraftKey);
}
