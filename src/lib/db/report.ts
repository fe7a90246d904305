// Reads for the clinician report: everything of one range in one read transaction, so its
// sections agree with each other even while another tab writes.

import { addDays, type LocalDay } from '$lib/domain/day';
import { averageLeadDays } from '$lib/domain/dailySeries';
import { marksBetween } from './bodyMarks';
import { database } from './database';
import { painEntriesBetween } from './painEntries';
import { planProgress } from './plans';
import { allRoutines } from './routines';
import { isLive } from './rows';
import type { ReportInput } from '$lib/domain/report';

export async function reportData(
	from: LocalDay,
	to: LocalDay,
	today: LocalDay
): Promise<ReportInput> {
	const db = await database();
	return db.transaction(
		'r',
		[db.dayRollups, db.painEntries, db.bodyMarks, db.sessions, db.plans, db.restDays, db.routines],
		async () => {
			const [rollupsWithLead, entries, marks, sessions, plan, routines] = await Promise.all([
				db.dayRollups
					.where('day')
					.between(addDays(from, -averageLeadDays), to, true, true)
					.toArray(),
				painEntriesBetween(from, to),
				marksBetween(from, to),
				db.sessions.where('day').between(from, to, true, true).filter(isLive).toArray(),
				planProgress(today),
				allRoutines()
			]);
			return {
				from,
				to,
				rollupsWithLead,
				entries: entries.sort((a, b) => a.at - b.at),
				marks,
				sessions: sessions.sort((a, b) => a.at - b.at),
				plan: plan?.input ?? null,
				routineNames: new Map(routines.map((routine) => [routine.id, routine.name]))
			};
		}
	);
}
