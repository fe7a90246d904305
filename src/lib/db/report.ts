// Reads for the clinician report: everything of one range in one read transaction, so its
// sections agree with each other even while another tab writes.

import { addDays, type LocalDay } from '$lib/domain/day';
import { averageLeadDays } from '$lib/domain/dailySeries';
import { marksBetween } from './bodyMarks';
import { database } from './database';
import { painEntriesBetween } from './painEntries';
import { isLive } from './rows';
import type { BodyMark, DayRollup, PainEntry, ReleaseSession } from './types';

export interface ReportData {
	from: LocalDay;
	to: LocalDay;
	/** Rollups from `averageLeadDays` before `from`, for the 7-day average of the first days. */
	rollupsWithLead: DayRollup[];
	entries: PainEntry[];
	marks: BodyMark[];
	/** Live sessions of every kind, clinic visits included, oldest first. */
	sessions: ReleaseSession[];
}

export async function reportData(from: LocalDay, to: LocalDay): Promise<ReportData> {
	const db = database();
	return db.transaction(
		'r',
		[db.dayRollups, db.painEntries, db.bodyMarks, db.sessions],
		async () => {
			const [rollupsWithLead, entries, marks, sessions] = await Promise.all([
				db.dayRollups
					.where('day')
					.between(addDays(from, -averageLeadDays), to, true, true)
					.toArray(),
				painEntriesBetween(from, to),
				marksBetween(from, to),
				db.sessions.where('day').between(from, to, true, true).filter(isLive).toArray()
			]);
			return {
				from,
				to,
				rollupsWithLead,
				entries: entries.sort((a, b) => a.at - b.at),
				marks,
				sessions: sessions.sort((a, b) => a.at - b.at)
			};
		}
	);
}
