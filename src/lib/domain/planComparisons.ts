// Comparisons that fit how people use a plan, so keeping to it well never means waiting for
// enough missed days: pain in the weeks before the plan started against the weeks since, and
// weeks kept well against weeks kept poorly. Like the day comparisons (effects.ts) they show
// what went together, not what caused what.

import { weekAdherence, weekStart, type AdherenceInput } from './adherence';
import { addDays, dayRange, daysBetween, type LocalDay } from './day';
import { compareDays, type Comparison } from './effects';
import { minimumDays } from './statistics';

/** The baseline: this many days before the plan's first day. */
export const baselineDays = 28;

/** From this many days since the start, the time since is split into its first and latest 4 weeks. */
export const splitSinceDays = 2 * baselineDays;

export type BaselinePart = 'since' | 'first' | 'latest';

export interface BaselineComparison {
	/** All the days since the start, or its first or latest 4 weeks. */
	part: BaselinePart;
	/** A: daily pain in the part; B: in the 4 weeks before the start. A − B < 0: less since. */
	result: Comparison;
}

export interface Baseline {
	/** Days with pain logged in the 4 weeks before the plan's first day, and since it. */
	beforeDays: number;
	sinceDays: number;
	/** Empty when one side has fewer than 14 days: see `daysToWait`. */
	comparisons: BaselineComparison[];
	/**
	 * Days of logging still needed before the weeks since can be compared with the weeks before
	 * (assuming a day logged each day); null when the weeks before have too few days, which
	 * more logging cannot change.
	 */
	daysToWait: number | null;
}

const dayNumber = (day: LocalDay) => daysBetween('1970-01-01', day);

/** Daily pain from `from` to `to`, keyed by day number. */
function painBetween(pain: ReadonlyMap<LocalDay, number>, from: LocalDay, to: LocalDay) {
	return new Map(
		[...pain].flatMap(([day, value]) =>
			day >= from && day <= to ? [[dayNumber(day), value] as const] : []
		)
	);
}

/**
 * Pain in the 4 weeks before the plan's first day against the days since (up to `today`); from 8
 * weeks on, against its first 4 weeks and its latest 4 weeks, so an early change and a lasting
 * one are told apart. `pain` holds daily means, at least from 4 weeks before the start.
 */
export function baselineComparison(
	pain: ReadonlyMap<LocalDay, number>,
	startDay: LocalDay,
	today: LocalDay
): Baseline {
	const before = painBetween(pain, addDays(startDay, -baselineDays), addDays(startDay, -1));
	const since = painBetween(pain, startDay, today);
	const base = { beforeDays: before.size, sinceDays: since.size };
	if (before.size < minimumDays) return { ...base, comparisons: [], daysToWait: null };
	if (since.size < minimumDays) {
		return { ...base, comparisons: [], daysToWait: minimumDays - since.size };
	}
	const spanned = daysBetween(startDay, today) + 1;
	const parts: [BaselinePart, LocalDay, LocalDay][] =
		spanned >= splitSinceDays
			? [
					['first', startDay, addDays(startDay, baselineDays - 1)],
					['latest', addDays(today, 1 - baselineDays), today]
				]
			: [['since', startDay, today]];
	return {
		...base,
		comparisons: parts.map(([part, from, to]) => ({
			part,
			result: compareDays(painBetween(pain, from, to), before)
		})),
		daysToWait: null
	};
}

/** A week kept well: at least this share of its planned days done. */
export const goodWeekShare = 0.75;
/** A week kept poorly: at most this share. Weeks between are left out. */
export const poorWeekShare = 0.5;

export interface WeekKept {
	/** Monday of the week. */
	monday: LocalDay;
	/** Share of the week's planned days done, partial days as their share (as on Release). */
	share: number;
}

/**
 * Each whole Monday-to-Sunday week of the plan before today's week, with the share of its
 * planned days done. An "n days a week" plan's first week counts only when the plan began on its
 * Monday: its target is the whole week's. The sessions are split by week first, so years of
 * plan stay one pass.
 */
export function weeksKept(input: AdherenceInput, today: LocalDay): WeekKept[] {
	const sessionsByWeek = new Map<LocalDay, AdherenceInput['sessions'][number][]>();
	for (const session of input.sessions) {
		const monday = weekStart(session.day);
		const list = sessionsByWeek.get(monday) ?? [];
		list.push(session);
		sessionsByWeek.set(monday, list);
	}
	const restsByWeek = new Map<LocalDay, LocalDay[]>();
	for (const day of input.restDays) {
		const monday = weekStart(day);
		restsByWeek.set(monday, [...(restsByWeek.get(monday) ?? []), day]);
	}
	const weeks: WeekKept[] = [];
	const first =
		input.schedule.type === 'perWeek' && weekStart(input.startDay) !== input.startDay
			? addDays(weekStart(input.startDay), 7)
			: weekStart(input.startDay);
	for (let monday = first; addDays(monday, 6) < today; monday = addDays(monday, 7)) {
		const week = weekAdherence(
			{
				...input,
				sessions: sessionsByWeek.get(monday) ?? [],
				restDays: restsByWeek.get(monday) ?? []
			},
			monday,
			addDays(monday, 6)
		);
		if (week.plannedDays > 0) weeks.push({ monday, share: week.doneDays / week.plannedDays });
	}
	return weeks;
}

export interface GoodAndPoorWeeks {
	goodWeeks: number;
	poorWeeks: number;
	/** A: daily pain in good weeks; B: in poor weeks. Null until both kinds of week exist. */
	result: Comparison | null;
}

/** Daily pain in weeks kept well (75% or more) against weeks kept poorly (50% or less). */
export function goodAndPoorWeeks(
	pain: ReadonlyMap<LocalDay, number>,
	weeks: readonly WeekKept[]
): GoodAndPoorWeeks {
	const good = weeks.filter((week) => week.share >= goodWeekShare);
	const poor = weeks.filter((week) => week.share <= poorWeekShare);
	const painIn = (chosen: readonly WeekKept[]) =>
		new Map(
			chosen.flatMap((week) =>
				dayRange(week.monday, addDays(week.monday, 6)).flatMap((day) => {
					const value = pain.get(day);
					return value === undefined ? [] : [[dayNumber(day), value] as const];
				})
			)
		);
	return {
		goodWeeks: good.length,
		poorWeeks: poor.length,
		result: good.length > 0 && poor.length > 0 ? compareDays(painIn(good), painIn(poor)) : null
	};
}

export interface PlanFindings {
	baseline: Baseline;
	weeks: GoodAndPoorWeeks;
}

/**
 * Both plan comparisons from the days' totals (rollups) of the 4 weeks before the plan up to
 * `today`: a day's pain is the mean of its entries, as everywhere in Insights.
 */
export function planFindings(
	totals: readonly { day: LocalDay; painCount: number; painSum: number }[],
	input: AdherenceInput,
	today: LocalDay
): PlanFindings {
	const pain = new Map(
		totals.flatMap((total) =>
			total.painCount > 0 ? [[total.day, total.painSum / total.painCount] as const] : []
		)
	);
	return {
		baseline: baselineComparison(pain, input.startDay, today),
		weeks: goodAndPoorWeeks(pain, weeksKept(input, today))
	};
}
