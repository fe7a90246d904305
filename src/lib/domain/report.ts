// The clinician report's numbers: its range, the pain summary, PEG by week, sessions by routine,
// red-flag answers and notes. Pure: rollups, sessions and entries come in as plain rows.

import {
	nerveSensations,
	type BodyMark,
	type DayRollup,
	type PainEntry,
	type RedFlagCheckState,
	type Session
} from './records';
import { planDoneByDay, routinesDoneByDay, type AdherenceInput } from './adherence';
import { chartPoints, type ChartPoints, type SeriesPoint } from './dailySeries';
import { addDays, dayRange, daysBetween, isLocalDay, type EpochMs, type LocalDay } from './day';
import { drawnPoints } from './drawnPoints';
import { clinicEffects, type ClinicEffect } from './effects';
import { aggregateMarks, topRegions, type RegionHeat } from './heatMap';
import { summariseRange, type RangeSummary } from './rangeSummary';
import { redFlagQuestions } from './redFlagQuestions';
import { sensationTally, type NerveSensation, type SensationTally } from './sensationWeeks';
import { mean } from './statistics';
import { weeklyTrend, type Trend } from './trend';

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
}

/** `daily` is one point a day of the range. */
export function painSummary(daily: readonly SeriesPoint[]): PainSummary {
	const means = daily.flatMap((point) => (point.mean === null ? [] : [point.mean]));
	const worsts = daily.flatMap((point) => (point.worst === null ? [] : [point.worst]));
	return {
		daysWithEntries: means.length,
		meanPain: mean(means),
		worstScore: worsts.length > 0 ? Math.max(...worsts) : null
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
	/** Planned days with every planned routine done: whole days, never a share of one. */
	doneDays: number;
	/** Planned days with some of the planned routines done, but not all. */
	partDays: number;
	/** doneDays / plannedDays as 0–100, or null when nothing was planned. */
	percent: number | null;
}

/** Planned days as Insights counts them (`planDoneByDay`), so both say the same. */
function adherenceOver(input: AdherenceInput, from: LocalDay, until: LocalDay): Adherence {
	const planned = planDoneByDay(input, from, until);
	const routinesDone = routinesDoneByDay(input);
	let doneDays = 0;
	let partDays = 0;
	for (const [day, done] of planned) {
		if (done) doneDays += 1;
		else if ((routinesDone.get(day)?.size ?? 0) > 0) partDays += 1;
	}
	return {
		plannedDays: planned.size,
		doneDays,
		partDays,
		percent: planned.size > 0 ? Math.round((doneDays / planned.size) * 100) : null
	};
}

export interface PlanAdherence {
	/** The whole plan: every routine of a planned day. */
	overall: Adherence;
	/** Each planned routine on its own, by routine id. */
	byRoutine: Map<string, Adherence>;
}

/**
 * Adherence to the plan over the range, in whole days, with the planned days Insights compares;
 * days after `today` are not counted yet.
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

export interface RedFlagSummary {
	/** Check-ins after which the questions were asked. */
	asked: number;
	/** Answered with at least one yes, and which. */
	yes: RedFlagReport[];
	/** When every question was answered no. */
	allNo: EpochMs[];
	/** Asked but never answered: still waiting, or closed without an answer. */
	notAnswered: { at: EpochMs; state: Exclude<RedFlagCheckState, 'answered'> }[];
}

/**
 * The red-flag questions of the range: a "no" to all of them is not the same as no answer,
 * and a report must never read "no red flags" for questions left unanswered. Oldest first.
 */
export function redFlagSummary(
	entries: readonly Pick<PainEntry, 'id' | 'at' | 'day' | 'redFlags' | 'redFlagCheck'>[]
): RedFlagSummary {
	const asked = [...entries]
		.filter((entry) => entry.redFlagCheck !== null)
		.sort((a, b) => a.at - b.at);
	const answered = asked.filter((entry) => entry.redFlagCheck === 'answered');
	const yes = redFlagReports(answered);
	const yesIds = new Set(yes.map((report) => report.entryId));
	return {
		asked: asked.length,
		yes,
		allNo: answered.filter((entry) => !yesIds.has(entry.id)).map((entry) => entry.at),
		notAnswered: asked.flatMap((entry) =>
			entry.redFlagCheck === 'pending' || entry.redFlagCheck === 'dismissed'
				? [{ at: entry.at, state: entry.redFlagCheck }]
				: []
		)
	};
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

/** What the report is made from: one range read in one transaction (db/report.ts). */
export interface ReportInput {
	from: LocalDay;
	to: LocalDay;
	/** Rollups from `averageLeadDays` before `from`, for the weekly average of the first days. */
	rollupsWithLead: readonly DayRollup[];
	entries: readonly PainEntry[];
	marks: readonly BodyMark[];
	/** Sessions of every kind, clinic visits included, oldest first. */
	sessions: readonly Session[];
	plan: AdherenceInput | null;
	routineNames: ReadonlyMap<string, string>;
}

export interface ReportContents {
	from: LocalDay;
	to: LocalDay;
	/** Calendar days in the range. */
	days: number;
	chart: ChartPoints;
	/** What the chart draws: from the first day with data when the range starts before it. */
	drawn: SeriesPoint[];
	rangeSummary: RangeSummary;
	summary: PainSummary;
	/** The weekly average of the first and last week with pain: the one Insights states. */
	trend: Trend;
	peg: PegOverTime;
	heats: Map<string, RegionHeat>;
	top: RegionHeat[];
	/** Tingling and numbness over the range, where they were marked. */
	nerveSigns: Record<NerveSensation, SensationTally>;
	adherence: PlanAdherence | null;
	routines: RoutineSessions[];
	clinic: ClinicEffect[];
	redFlags: RedFlagSummary;
	notes: ReportNote[];
}

/**
 * Every number of the clinician report, from one read of the range. The chart, the summary and
 * the statements all start from the same daily points, so they cannot disagree.
 */
export function reportContents(input: ReportInput, today: LocalDay): ReportContents {
	const { from, to } = input;
	const chart = chartPoints(input.rollupsWithLead, from, to);
	const rollups = input.rollupsWithLead.filter((rollup) => rollup.day >= from);
	const pain = new Map(
		chart.daily.flatMap((point) => (point.mean === null ? [] : [[point.day, point.mean] as const]))
	);
	const visits = rollups.flatMap((rollup) =>
		rollup.clinic.map((treatment) => ({ day: rollup.day, treatment }))
	);
	const heats = aggregateMarks(input.marks);
	const adherence = input.plan ? planAdherence(input.plan, from, to, today) : null;
	return {
		from,
		to,
		days: daysBetween(from, to) + 1,
		chart,
		drawn: drawnPoints(chart, input.rollupsWithLead[0]?.day ?? null),
		rangeSummary: summariseRange(chart.daily),
		summary: painSummary(chart.daily),
		trend: weeklyTrend(chart.daily),
		peg: pegOverTime(rollups, from, to),
		heats,
		top: topRegions(heats, 5),
		nerveSigns: Object.fromEntries(
			nerveSensations.map((sensation) => [sensation, sensationTally(rollups, sensation)])
		) as Record<NerveSensation, SensationTally>,
		adherence,
		routines: sessionsByRoutine(input.sessions, input.routineNames, adherence),
		clinic: clinicEffects(pain, visits),
		redFlags: redFlagSummary(input.entries),
		notes: reportNotes(input.entries)
	};
}
