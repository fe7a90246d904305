// Reads for Insights: per-day rollups (never every row) and the few session rows it compares.

import type { LocalDay } from '$lib/domain/day';
import type { SessionPair } from '$lib/domain/effects';
import type { SessionTargets } from '$lib/domain/regionTotals';
import { database } from './database';
import { isLive } from './rows';
import type { DayRollup } from './types';

/** Rollups of the days from `from` to `to`, both included, oldest first; days without data are absent. */
export async function rollupsBetween(from: LocalDay, to: LocalDay): Promise<DayRollup[]> {
	return (await database()).dayRollups.where('day').between(from, to, true, true).toArray();
}

/** The first day with anything logged, or null for an empty journal. */
export async function firstJournalDay(): Promise<LocalDay | null> {
	const first = await (await database()).dayRollups.orderBy('day').first();
	return first?.day ?? null;
}

export interface SessionDetails {
	/** Release and stretching sessions with pain scored before and after. */
	pairs: SessionPair[];
	/** Every live self-care session in the range with the regions it targeted. */
	targets: SessionTargets[];
}

/** The live release and stretching sessions of a range, for "Does it help?" and "Where". */
export async function sessionDetails(from: LocalDay, to: LocalDay): Promise<SessionDetails> {
	// Filtered after the read, not with Collection.filter: a filter makes Dexie walk a cursor,
	// one round trip a row (thousands over ten years), where toArray alone is one getAll.
	const sessions = (
		await (await database()).sessions.where('day').between(from, to, true, true).toArray()
	).filter((session) => isLive(session) && session.kind !== 'clinic');
	return {
		pairs: sessions.flatMap((session) =>
			session.painBefore === null || session.painAfter === null
				? []
				: [
						{
							day: session.day,
							routineName: session.routineName,
							before: session.painBefore,
							after: session.painAfter
						}
					]
		),
		targets: sessions.map((session) => ({
			routineName: session.routineName,
			regionIds: session.regionIds
		}))
	};
}
