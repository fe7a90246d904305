// Sessions read by day: apart from the writes and their checks (sessions.ts), so Today's plan
// card reads them without loading the session forms' rules, the timer or the routine catalogue.

import { addDays, startOfDay, type LocalDay } from '$lib/domain/day';
import { database } from './database';
import { byMoment, isLive } from './rows';
import type { Session } from './types';

export async function sessionsOnDay(day: LocalDay): Promise<Session[]> {
	const sessions = await (
		await database()
	).sessions
		.where('day')
		.equals(day)
		.filter(isLive)
		.toArray();
	return sessions.sort(byMoment);
}

/** Live sessions from the start of `from` to the end of `to`, oldest first. */
export async function sessionsBetween(from: LocalDay, to: LocalDay): Promise<Session[]> {
	const sessions = await (
		await database()
	).sessions
		.where('at')
		.between(startOfDay(from), startOfDay(addDays(to, 1)), true, false)
		.filter(isLive)
		.toArray();
	return sessions.sort(byMoment);
}
