// The once-a-day PEG check: at most one live check per local day; saving again edits it.

import { localDay, type EpochMs, type LocalDay } from '$lib/domain/day';
import { validatePeg, type PegField } from '$lib/domain/peg';
import { database } from './database';
import { ValidationError, guardWrite } from './errors';
import { isLive, newDatedRow } from './rows';
import type { DailyCheck } from './types';

export async function dailyCheckOnDay(day: LocalDay): Promise<DailyCheck | undefined> {
	return (await database()).dailyChecks.where('day').equals(day).filter(isLive).first();
}

export async function dailyChecksForDays(days: readonly LocalDay[]): Promise<DailyCheck[]> {
	if (days.length === 0) return [];
	return (await database()).dailyChecks.where('day').anyOf(days).filter(isLive).toArray();
}

/** Saves the check for the day of `at`, replacing that day's earlier answers if any. */
export async function saveDailyCheck(
	answers: Record<PegField, unknown>,
	at: EpochMs,
	now: EpochMs = Date.now()
): Promise<DailyCheck> {
	const checked = validatePeg(answers);
	if (!checked.ok) throw new ValidationError(checked.errors);
	const db = await database();
	return guardWrite(() =>
		db.transaction('rw', db.dailyChecks, async () => {
			const existing = await db.dailyChecks
				.where('day')
				.equals(localDay(at))
				.filter(isLive)
				.first();
			const check: DailyCheck = existing
				? { ...existing, ...checked.value, updatedAt: now }
				: { ...newDatedRow(at, now), ...checked.value };
			await db.dailyChecks.put(check);
			return check;
		})
	);
}
