// The clinician report's numbers: its range, the pain summary, PEG by week, sessions by routine,
// red-flag answers and notes. Pure: rollups, sessions and entries come in as plain rows.

import type { DayRollup, PainEntry, Session } from '$lib/domain/records';
import { weekAdherence, weekStart, type AdherenceInput } from './adherence';
import type { SeriesPoint } from './dailySeries';
import { addDays, dayRange, isLocalDay, type EpochMs, type LocalDay } from './day';
import { redFlagQuestions } from './redFlagQuestions';
import { mean } from './statistics';

export type ReportRangeChoice = '7d' | '30d' | '90d' | '1y' | 'dates';
export const reportRangeChoices: readonly ReportRangeChoice[] = ['7d', '30d', '90d', '1y', 'dates'];

const rangeLengths: Record<Exclude<ReportRangeChoice, 'dates'>, number> = {
	'7d': 7,
	'30d': 30,
	'90d': 90,
	'1y': 365
};

export type ReportRange =
	{ ok: true; from: LocalDay; to: LocalDay } | { ok: false; problem: 'missing' | 'order' };

/**
 * The first and last day of the report. A fixed length ends today; "dates" takes the typed
 * from–to days (both included), which must be days and in order.
 */
export function reportRange(
	choice: ReportRangeChoice,
	today: LocalDay,
	typed: { from: string; to: string } = { from: '', to: '' }
): ReportRange {
	if (choice !== 'dates') {
		return { ok: true, from: addDays(today, 1 - rangeLengths[choice]), to: today };
	}
	if (!isLocalDay(typed.from) || !isLocalDay(typed.to)) return { ok: false, problem: 'missing' };
	if (typed.from > typed.to) return { ok: false, problem: 'order' };
	return { ok: true, from: typed.from, to: typed.to };
}

export interface PainSummary {
	/** Days in the range with at least one pain entry. */
	daysWithEntries: number;
	/** Mean of the daily means; null when nothing was logged. */
	meanPain: number | null;
	/** The highest single score. */
	worstScore: number | null;
	/** The trailing 7-day average on the first and on the last day of the range. */
	averageAtStart: number | null;
	averageAtEnd: number | null;
}

/** `daily` is one point a day of the range, with averages reaching back before it. */
export function painSummary(daily: readonly SeriesPoint[]): PainSummary {
	const means = daily.flatMap((point) => (point.mean === null ? [] : [point.mean]));
	const worsts = daily.flatMap((point) => (point.worst === null ? [] : [point.worst]));
	return {
		daysWithEntries: means.length,
		meanPain: mean(means),
		worstScore: worsts.length > 0 ? Math.max(...worsts) : null,
		averageAtStart: daily[0]?.average ?? null,
		averageAtEnd: daily.at(-1)?.average ?? null
	};
}

export interface PegWeek {
	from: LocalDay;
	to: LocalDay;
	/** Days of the week with a PEG check. */
	days: number;
	/** Mean PEG score of those days; null when none. */
	mean: number | null;
}

export interface PegOverTime {
	first: { day: LocalDay; score: number } | null;
	last: { day: LocalDay; score: number } | null;
	/** Weeks from the range's first day (the last may be shorter). */
	weeks: PegWeek[];
}

export function pegOverTime(
	rollups: readonly Pick<DayRollup, 'day' | 'peg'>[],
	from: LocalDay,
	to: LocalDay
): PegOverTime {
	const scores = new Map<LocalDay, number>();
	for (const rollup of rollups) {
		if (rollup.peg !== null && rollup.day >= from && rollup.day <= to) {
			scores.set(rollup.day, rollup.peg);
		}
	}
	const days = dayRange(from, to);
	const weeks: PegWeek[] = [];
	for (let start = 0; start < days.length; start += 7) {
		const week = days.slice(start, start + 7);
		const values = week.flatMap((day) => (scores.has(day) ? [scores.get(day)!] : []));
		weeks.push({ from: week[0]!, to: week.at(-1)!, days: values.length, mean: mean(values) });
	}
	const logged = days.filter((day) => scores.has(day));
	const at = (day: LocalDay | undefined) =>
		day === undefined ? null : { day, score: scores.get(day)! };
	return { first: at(logged[0]), last: at(logged.at(-1)), weeks };
}

export interface Adherence {
	/** Planned days (rest days left out) from the plan's start, within the range, up to today. */
	plannedDays: number;
	/** Days' worth done; a day with some of several routines counts as its share. */
	doneDays: number;
	/** doneDays / plannedDays as 0–100, or null when nothing was planned. */
	percent: number | null;
}

function adherenceOver(input: AdherenceInput, from: LocalDay, until: LocalDay): Adherence {
	// Days before the range do not count; weekAdherence counts from the input's start day.
	const counted = { ...input, startDay: input.startDay > from ? input.startDay : from };
	let plannedDays = 0;
	let doneDays = 0;
	for (let monday = weekStart(from); monday <= until; monday = addDays(monday, 7)) {
		const week = weekAdherence(counted, monday, until);
		plannedDays += week.plannedDays;
		doneDays += week.doneDays;
	}
	return {
		plannedDays,
		doneDays,
		percent: plannedDays > 0 ? Math.round((doneDays / plannedDays) * 100) : null
	};
}

export interface PlanAdherence {
	/** The whole plan: every routine of a planned day. */
	overall: Adherence;
	/** Each planned routine on its own, by routine id. */
	byRoutine: Map<string, Adherence>;
}

/**
 * Adherence to the plan over the range, summed week by week (Monday to Sunday) with the same
 * rules as the Release screen; days after `today` are not counted yet. A "n days a week" plan
 * asks n days of each week that overlaps the range.
 */
export function planAdherence(
	input: AdherenceInput,
	from: LocalDay,
	to: LocalDay,
	today: LocalDay
): PlanAdherence {
	const until = to < today ? to : today;
	return {
		overall: adherenceOver(input, from, until),
		byRoutine: new Map(
			input.routineIds.map((id) => [id, adherenceOver({ ...input, routineIds: [id] }, from, until)])
		)
	};
}

export interface RoutineSessions {
	/** The routine's id, or null for sessions logged without one. */
	routineId: string | null;
	routineName: string;
	sessions: number;
	holdMinutes: number;
	/** Sessions with pain scored both before and after, and their means. */
	pairs: number;
	meanBefore: number | null;
	meanAfter: number | null;
	/** Adherence when the routine is in the plan, else null. */
	adherence: Adherence | null;
}

/**
 * Release and stretching sessions (clinic visits left out) by routine, with the plan's adherence
 * for planned routines (listed even without sessions). A routine is named by `names` (its name
 * now) or else by the name the newest session kept. Most sessions first.
 */
export function sessionsByRoutine(
	sessions: readonly Pick<
		Session,
		'kind' | 'routineId' | 'routineName' | 'holdSeconds' | 'painBefore' | 'painAfter'
	>[],
	names: ReadonlyMap<string, string> = new Map(),
	adherence: PlanAdherence | null = null
): RoutineSessions[] {
	const groups = new Map<string, { routineId: string | null; list: typeof sessions }>();
	for (const session of sessions) {
		if (session.kind === 'clinic') continue;
		const key = session.routineId ?? `name:${session.routineName}`;
		const group = groups.get(key) ?? { routineId: session.routineId, list: [] };
		groups.set(key, { ...group, list: [...group.list, session] });
	}
	for (const routineId of adherence?.byRoutine.keys() ?? []) {
		if (!groups.has(routineId)) groups.set(routineId, { routineId, list: [] });
	}
	return [...groups.values()]
		.map(({ routineId, list }) => {
			const paired = list.filter(
				(session) => session.painBefore !== null && session.painAfter !== null
			);
			const kept = list.at(-1)?.routineName ?? routineId ?? '';
			return {
				routineId,
				routineName: (routineId === null ? undefined : names.get(routineId)) ?? kept,
				sessions: list.length,
				holdMinutes: list.reduce((total, session) => total + session.holdSeconds, 0) / 60,
				pairs: paired.length,
				meanBefore: mean(paired.map((session) => session.painBefore!)),
				meanAfter: mean(paired.map((session) => session.painAfter!)),
				adherence: (routineId === null ? undefined : adherence?.byRoutine.get(routineId)) ?? null
			};
		})
		.sort((a, b) => b.sessions - a.sessions || a.routineName.localeCompare(b.routineName));
}

export interface RedFlagReport {
	entryId: string;
	at: EpochMs;
	day: LocalDay;
	/** The questions answered yes, in the questionnaire's order. */
	questions: string[];
}

/** Entries with at least one red-flag question answered yes, oldest first. */
export function redFlagReports(
	entries: readonly Pick<PainEntry, 'id' | 'at' | 'day' | 'redFlags'>[]
): RedFlagReport[] {
	return entries
		.map((entry) => ({
			entryId: entry.id,
			at: entry.at,
			day: entry.day,
			questions: redFlagQuestions
				.filter((question) => entry.redFlags?.[question.id] === true)
				.map((question) => question.question)
		}))
		.filter((report) => report.questions.length > 0)
		.sort((a, b) => a.at - b.at);
}

export interface ReportNote {
	entryId: string;
	at: EpochMs;
	score: number;
	note: string;
}

/** Entries with a note (blank ones left out), oldest first. */
export function reportNotes(
	entries: readonly Pick<PainEntry, 'id' | 'at' | 'score' | 'note'>[]
): ReportNote[] {
	return entries
		.filter((entry) => entry.note.trim() !== '')
		.map((entry) => ({
			entryId: entry.id,
			at: entry.at,
			score: entry.score,
			note: entry.note.trim()
		}))
		.sort((a, b) => a.at - b.at);
}
