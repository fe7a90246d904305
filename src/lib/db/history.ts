// History, read a page of days at a time so ten years never load at once.

import type { LocalDay } from '$lib/domain/day';
import { groupByDay, summariseScores, type DaySummary } from '$lib/domain/history';
import { dailyChecksForDays } from './dailyChecks';
import { database } from './database';
import { isLive } from './rows';
import type { Table } from 'dexie';
import type { DailyCheck, PainEntry, Session } from './types';

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
	/** Release and stretching sessions and clinic visits of the day, newest first. */
	sessions: Session[];
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
 * Up to `dayCount` days with entries or sessions, strictly before `beforeDay` (or from the
 * newest), newest first. Reads only the rows of those days, plus enough to know whether older
 * days exist.
 */
export async function historyPage(
	filter: HistoryFilter,
	beforeDay: LocalDay | null,
	dayCount: number
): Promise<HistoryPage> {
	const db = await database();
	const upper = beforeDay ?? nextDay(filter.toDay ?? null);
	const lower = filter.fromDay ?? '';
	const accept = (entry: PainEntry) => matches(entry, filter);
	// Sessions have no tags: a tag filter shows only the pain entries that carry it.
	const [entryDays, sessionDays] = await Promise.all([
		newestDays(db.painEntries, lower, upper, dayCount, accept),
		filter.tag ? Promise.resolve([]) : newestDays(db.sessions, lower, upper, dayCount, isLive)
	]);
	const allDays = [...new Set([...entryDays, ...sessionDays])].sort().reverse();
	const pageDays = allDays.slice(0, dayCount);
	const oldest = pageDays[pageDays.length - 1];
	if (oldest === undefined) return { days: [], olderCursor: null };
	const [entries, sessions, checks] = await Promise.all([
		db.painEntries.where('day').between(oldest, upper, true, false).filter(accept).toArray(),
		filter.tag
			? Promise.resolve([])
			: db.sessions.where('day').between(oldest, upper, true, false).filter(isLive).toArray(),
		dailyChecksForDays(pageDays)
	]);
	const checkByDay = new Map(checks.map((check) => [check.day, check]));
	const entriesByDay = new Map(groupByDay(entries).map(({ day, rows }) => [day, rows]));
	const sessionsByDay = new Map(groupByDay(sessions).map(({ day, rows }) => [day, rows]));
	return {
		days: pageDays.map((day) => {
			const rows = entriesByDay.get(day) ?? [];
			return {
				day,
				entries: rows,
				sessions: sessionsByDay.get(day) ?? [],
				summary: summariseScores(rows.map((row) => row.score)),
				check: checkByDay.get(day) ?? null
			};
		}),
		olderCursor: allDays.length > dayCount ? oldest : null
	};
}

/**
 * Up to `count + 1` distinct days with accepted rows in [lower, upper), newest first: the extra
 * day tells whether older days exist. Reads rows only until that day is reached.
 */
async function newestDays<Row extends { day: LocalDay }>(
	table: Table<Row, string>,
	lower: LocalDay,
	upper: LocalDay,
	count: number,
	accept: (row: Row) => boolean
): Promise<LocalDay[]> {
	const days: LocalDay[] = [];
	await table
		.where('day')
		.between(lower, upper, true, false)
		.reverse()
		.until(() => days.length > count)
		.each((row) => {
			if (accept(row) && days[days.length - 1] !== row.day) days.push(row.day);
		});
	return days;
}

/** The exclusive upper bound for days up to and including `day`. */
function nextDay(day: LocalDay | null): LocalDay {
	// Any string that sorts after "YYYY-MM-DD" of that day and before the next day works.
	return day ? `${day}~` : highestDay;
}
