// History, read a page of days at a time so ten years never load at once. A search by note
// walks back through the days in chunks and stops after a page of days with matches.

import type { LocalDay } from '$lib/domain/day';
import { groupByDay, summariseScores, type DaySummary } from '$lib/domain/history';
import { noteMatcher } from '$lib/domain/noteSearch';
import { dailyChecksForDays } from './dailyChecks';
import { database } from './database';
import { isLive } from './rows';
import type { Table } from 'dexie';
import type { BodyMark, DailyCheck, PainEntry, Session } from './types';

export interface HistoryFilter {
	/** Oldest day shown, inclusive. */
	fromDay?: LocalDay | null;
	/** Newest day shown, inclusive. */
	toDay?: LocalDay | null;
	tag?: string | null;
	/** Words to find in notes (and an entry's tags): only the rows with all of them are shown. */
	text?: string | null;
}

export interface HistoryDay {
	day: LocalDay;
	entries: PainEntry[];
	/** The live marks of each entry shown, head to foot, by entry id. */
	marks: Record<string, BodyMark[]>;
	/** Release and stretching sessions and clinic visits of the day, newest first. */
	sessions: Session[];
	/** Null for a day without scores, and for a day found by a search (it shows only matches). */
	summary: DaySummary | null;
	check: DailyCheck | null;
}

export interface HistoryPage {
	days: HistoryDay[];
	/** Pass as `beforeDay` for the next, older page; null when there is none. */
	olderCursor: LocalDay | null;
}

const highestDay = '9999-12-31';

/**
 * Rows a search reads at once while walking back: a few weeks of a busy journal, so memory stays
 * small and each read is one `getAll` (see bench/README.md, "History search").
 */
export const searchChunkRows = 1000;

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
	const matches = noteMatcher(filter.text ?? '');
	const db = await database();
	const upper = beforeDay ?? nextDay(filter.toDay ?? null);
	const lower = filter.fromDay ?? '';
	const tagged = (entry: PainEntry) =>
		isLive(entry) && (!filter.tag || entry.tags.includes(filter.tag));
	if (matches) {
		return searchPage(
			lower,
			upper,
			dayCount,
			(entry) => tagged(entry) && matches([entry.note, ...entry.tags]),
			// Sessions have no tags: a tag filter shows only the pain entries that carry it.
			(session) => !filter.tag && isLive(session) && matches([session.note, session.otherTreatment])
		);
	}
	const [entryDays, sessionDays] = await Promise.all([
		newestDays(db.painEntries, lower, upper, dayCount, tagged),
		filter.tag ? Promise.resolve([]) : newestDays(db.sessions, lower, upper, dayCount, isLive)
	]);
	const allDays = [...new Set([...entryDays, ...sessionDays])].sort().reverse();
	const pageDays = allDays.slice(0, dayCount);
	const oldest = pageDays[pageDays.length - 1];
	if (oldest === undefined) return { days: [], olderCursor: null };
	const [entries, sessions, checks, marks] = await Promise.all([
		db.painEntries.where('day').between(oldest, upper, true, false).filter(tagged).toArray(),
		filter.tag
			? Promise.resolve([])
			: db.sessions.where('day').between(oldest, upper, true, false).filter(isLive).toArray(),
		dailyChecksForDays(pageDays),
		// Marks carry their entry's day, so one range read finds every mark of the page.
		db.bodyMarks.where('day').between(oldest, upper, true, false).filter(isLive).toArray()
	]);
	return {
		days: daysOf(pageDays, entries, sessions, marks, checks, true),
		olderCursor: allDays.length > dayCount ? oldest : null
	};
}

/** A page of days with matches: only the matching rows, without the day's summary. */
async function searchPage(
	lower: LocalDay,
	upper: LocalDay,
	dayCount: number,
	acceptEntry: (entry: PainEntry) => boolean,
	acceptSession: (session: Session) => boolean
): Promise<HistoryPage> {
	const db = await database();
	const [entries, sessions] = await Promise.all([
		newestMatches(db.painEntries, lower, upper, dayCount, acceptEntry),
		newestMatches(db.sessions, lower, upper, dayCount, acceptSession)
	]);
	const allDays = [...new Set([...entries.days, ...sessions.days])].sort().reverse();
	const pageDays = allDays.slice(0, dayCount);
	const oldest = pageDays[pageDays.length - 1];
	if (oldest === undefined) return { days: [], olderCursor: null };
	const pageEntries = entries.rows.filter((entry) => entry.day >= oldest);
	const marks = await db.bodyMarks
		.where('entryId')
		.anyOf(pageEntries.map((entry) => entry.id))
		.filter(isLive)
		.toArray();
	const pageSessions = sessions.rows.filter((session) => session.day >= oldest);
	return {
		days: daysOf(pageDays, pageEntries, pageSessions, marks, [], false),
		olderCursor: allDays.length > dayCount ? oldest : null
	};
}

function daysOf(
	pageDays: LocalDay[],
	entries: PainEntry[],
	sessions: Session[],
	marks: BodyMark[],
	checks: DailyCheck[],
	whole: boolean
): HistoryDay[] {
	const checkByDay = new Map(checks.map((check) => [check.day, check]));
	const entriesByDay = new Map(groupByDay(entries).map(({ day, rows }) => [day, rows]));
	const sessionsByDay = new Map(groupByDay(sessions).map(({ day, rows }) => [day, rows]));
	const marksByEntry = groupMarksByEntry(marks);
	return pageDays.map((day) => {
		const rows = entriesByDay.get(day) ?? [];
		return {
			day,
			entries: rows,
			marks: Object.fromEntries(
				rows.flatMap((entry) => {
					const ofEntry = marksByEntry.get(entry.id);
					return ofEntry ? [[entry.id, ofEntry]] : [];
				})
			),
			sessions: sessionsByDay.get(day) ?? [],
			summary: whole ? summariseScores(rows.map((row) => row.score)) : null,
			check: checkByDay.get(day) ?? null
		};
	});
}

function groupMarksByEntry(marks: readonly BodyMark[]): Map<string, BodyMark[]> {
	const byEntry = new Map<string, BodyMark[]>();
	for (const mark of marks) {
		const list = byEntry.get(mark.entryId);
		if (list) list.push(mark);
		else byEntry.set(mark.entryId, [mark]);
	}
	return byEntry;
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

/**
 * The accepted rows of the newest `count` days that have any, and those days plus one more when
 * an older one exists (so the caller knows there is more). Reads newest first in chunks of
 * `searchChunkRows` (one `getAll` each), keeps only the accepted rows, and stops as soon as the
 * extra day is found: a word found often reads a few chunks, a word found never reads each row
 * once, never more than a chunk at a time.
 */
async function newestMatches<Row extends { day: LocalDay }>(
	table: Table<Row, string>,
	lower: LocalDay,
	upper: LocalDay,
	count: number,
	accept: (row: Row) => boolean
): Promise<{ rows: Row[]; days: LocalDay[] }> {
	const rows: Row[] = [];
	const days: LocalDay[] = [];
	/** Takes the rows of one chunk, newest first; false once the extra day is found. */
	const take = (chunk: readonly Row[]) => {
		for (const row of chunk) {
			if (!accept(row)) continue;
			if (days[days.length - 1] !== row.day) {
				days.push(row.day);
				if (days.length > count) return false;
			}
			rows.push(row);
		}
		return true;
	};
	let ceiling = upper;
	for (;;) {
		const chunk = await table
			.where('day')
			.between(lower, ceiling, true, false)
			.reverse()
			.limit(searchChunkRows)
			.toArray();
		if (chunk.length < searchChunkRows) {
			take(chunk);
			return { rows, days };
		}
		// A full chunk may end part-way through its oldest day: that day is read again, whole,
		// by the next chunk. A chunk all of one day is that day whole, read on its own.
		const edge = chunk[chunk.length - 1]!.day;
		if (chunk[0]!.day === edge) {
			if (!take(await table.where('day').equals(edge).toArray())) return { rows, days };
			ceiling = edge;
			continue;
		}
		if (!take(chunk.filter((row) => row.day !== edge))) return { rows, days };
		ceiling = nextDay(edge);
	}
}

/** The exclusive upper bound for days up to and including `day`. */
function nextDay(day: LocalDay | null): LocalDay {
	// Any string that sorts after "YYYY-MM-DD" of that day and before the next day works.
	return day ? `${day}~` : highestDay;
}

/**
 * The first day with a live entry or session, or null for an empty journal: what a jump to an
 * earlier date says the journal starts with.
 */
export async function firstJournalDay(): Promise<LocalDay | null> {
	const db = await database();
	const [entry, session] = await Promise.all([
		db.painEntries.orderBy('day').filter(isLive).first(),
		db.sessions.orderBy('day').filter(isLive).first()
	]);
	const days = [entry?.day, session?.day].filter((day): day is LocalDay => day !== undefined);
	return days.length === 0 ? null : days.sort()[0]!;
}
