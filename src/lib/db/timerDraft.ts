// The guided session in progress, kept in the drafts table so a reload or crash can resume it.

import type { EpochMs } from '$lib/domain/day';
import { isTimerState, type TimerState } from '$lib/domain/guidedTimer';
import { clearDraft, readDraft, writeDraft } from './settings';

export const timerDraftKey = 'timer';

export async function loadTimerDraft(): Promise<TimerState | undefined> {
	const value = await readDraft<unknown>(timerDraftKey);
	return isTimerState(value) ? value : undefined;
}

export async function saveTimerDraft(state: TimerState, now: EpochMs = Date.now()) {
	await writeDraft(timerDraftKey, state, now);
}

export async function clearTimerDraft() {
	await clearDraft(timerDraftKey);
}
