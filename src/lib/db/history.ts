// History, read a page of days at a time so ten years never load at once.

import type { LocalDay } from '$lib/domain/day';
import { groupByDay, summariseScores, type DaySummary } from '$lib/domain/history';
import { dailyChecksForDays } from './dailyChecks';
import { database } from './database';
import { isLive } from './rows';
import type { DailyCheck, PainEntry } from './types';

export interface HistoryFilter {
	/** Oldest day shown, inclusive. */
	fromDay?: LocalDay | null;
	/** Newest day shown, inclusive. */
	toDay?: LocalDay | null;
	tag?: string | null;
}

export interface HistoryDay {
	day: LocalDay;
	entries: PainEntry[];
	summary: DaySummary | null;
	check: DailyCheck | null;
}

export interface HistoryPage {
	days: HistoryDay[];
	/** Pass as `beforeDay` for the next, older page; null when there is none. */
	olderCursor: LocalDay | null;
}

const highestDay = '9999-12-31';

function matches(entry: PainEntry, filter: HistoryFilter) {
	return isLive(entry) && (!filter.tag || entry.tags.includes(filter.tag));
}

/**
 * Up to `dayCount` days with entries, strictly before `beforeDay` (or from the newest), newest
 * first. Reads only the rows of those days plus one row to know whether older days exist.
 */
export async function historyPage(
	filter: HistoryFilter,
	beforeDay: LocalDay | null,
	dayCount: number
): Promise<HistoryPage> {
	const db = database();
	const upper = beforeDay ?? nextDay(filter.toDay ?? null);
	const lower = filter.fromDay ?? '';
	const days = new Set<LocalDay>();
	const entries: PainEntry[] = [];
	let olderCursor: LocalDay | null = null;
	await db.painEntries
		.where('day')
		.between(lower, upper, true, false)
		.reverse()
		.until((entry) => {
			if (!matches(entry, filter) || days.has(entry.day)) return false;
			if (days.size === dayCount) {
				olderCursor = entries[entries.length - 1]!.day;
				return true;
			}
			return false;
		})
		.each((entry) => {
			if (!matches(entry, filter)) return;
			days.add(entry.day);
			entries.push(entry);
		});
	const checks = await dailyChecksForDays([...days]);
	const checkByDay = new Map(checks.map((check) => [check.day, check]));
	return {
		days: groupByDay(entries).map(({ day, rows }) => ({
			day,
			entries: rows,
			summary: summariseScores(rows.map((row) => row.score)),
			check: checkByDay.get(day) ?? null
		})),
		olderCursor
	};
}

/** The exclusive upper bound for days up to and including `day`. */
function nextDay(day: LocalDay | null): LocalDay {
	// Any string that sorts after "YYYY-MM-DD" of that day and before the next day works.
	return day ? `${day}~` : highestDay;
}
