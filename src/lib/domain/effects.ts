// "Does it help?": comparisons of pain between days with and without self-care, before and
// after sessions, and around clinic visits. They describe associations in one person's journal;
// none of them can show cause.

import { daysBetween, type LocalDay } from './day';
import { compareMeans, minimumDays, pairedChange, type MeanDifference } from './statistics';
import type { ClinicTreatment } from '$lib/domain/records';

/** A comparison with its day counts, or the day counts alone when there is not enough data. */
export type Comparison =
	({ enough: true } & MeanDifference) | { enough: false; nA: number; nB: number };

/** Days as whole numbers, so shifting by a few days is arithmetic (ten years stay fast). */
const dayNumber = (day: LocalDay) => daysBetween('1970-01-01', day);

function numbered(pain: ReadonlyMap<LocalDay, number>): Map<number, number> {
	return new Map([...pain].map(([day, value]) => [dayNumber(day), value]));
}

function comparison(a: readonly number[], b: readonly number[]): Comparison {
	const result = a.length >= minimumDays && b.length >= minimumDays ? compareMeans(a, b) : null;
	return result ? { enough: true, ...result } : { enough: false, nA: a.length, nB: b.length };
}

export interface LagComparison {
	/** 0: the same day; 1: the day after; … */
	lag: number;
	/** A: pain `lag` days after a day with the plan done; B: after a day with it not done. */
	result: Comparison;
}

/**
 * Mean daily pain `lag` days after days with the plan done versus not done, for each lag.
 * `done` holds only the days that count (planned days, or every day when there is no plan):
 * days absent from it are left out, as are days whose later day has no pain logged.
 */
export function lagComparisons(
	pain: ReadonlyMap<LocalDay, number>,
	done: ReadonlyMap<LocalDay, boolean>,
	lags: readonly number[] = [0, 1, 2, 3]
): LagComparison[] {
	const painByNumber = numbered(pain);
	const doneByNumber = [...done].map(([day, wasDone]) => [dayNumber(day), wasDone] as const);
	return lags.map((lag) => {
		const afterDone: number[] = [];
		const afterNotDone: number[] = [];
		for (const [day, wasDone] of doneByNumber) {
			const later = painByNumber.get(day + lag);
			if (later === undefined) continue;
			(wasDone ? afterDone : afterNotDone).push(later);
		}
		return { lag, result: comparison(afterDone, afterNotDone) };
	});
}

/**
 * Until the plan is wired in, "done" means at least one release or stretching session that day,
 * for every day from the first to the last day given.
 */
export function doneBySessions(
	days: readonly { day: LocalDay; selfCareCount: number }[]
): Map<LocalDay, boolean> {
	return new Map(days.map((day) => [day.day, day.selfCareCount > 0]));
}

export interface ClinicEffect {
	treatment: ClinicTreatment;
	visits: number;
	/** A: daily means of the 3 days after visits; B: of the 7 days before. */
	result: Comparison;
}

/**
 * Per treatment, mean daily pain over the 3 days after each visit versus the 7 days before it.
 * Days are pooled over visits and each counted once a side; a day that is both after one visit
 * and before the next counts as "after" (the nearer visit); visit days themselves are left out.
 */
export function clinicEffects(
	pain: ReadonlyMap<LocalDay, number>,
	visits: readonly { day: LocalDay; treatment: ClinicTreatment }[]
): ClinicEffect[] {
	const treatments = [...new Set(visits.map((visit) => visit.treatment))];
	const painByNumber = numbered(pain);
	return treatments.map((treatment) => {
		const visitDays = new Set(
			visits.filter((visit) => visit.treatment === treatment).map((visit) => dayNumber(visit.day))
		);
		const after = new Set<number>();
		const before = new Set<number>();
		for (const day of visitDays) {
			for (let offset = 1; offset <= 3; offset += 1) after.add(day + offset);
			for (let offset = 1; offset <= 7; offset += 1) before.add(day - offset);
		}
		const values = (days: Set<number>, skip: Set<number>) =>
			[...days].flatMap((day) => {
				const value = painByNumber.get(day);
				return value === undefined || skip.has(day) || visitDays.has(day) ? [] : [value];
			});
		return {
			treatment,
			visits: visitDays.size,
			result: comparison(values(after, new Set()), values(before, after))
		};
	});
}

export interface SessionPair {
	day: LocalDay;
	routineName: string;
	before: number;
	after: number;
}

export type SessionEffect = {
	routineName: string;
	sessions: number;
	days: number;
} & (
	| {
			enough: true;
			meanBefore: number;
			meanAfter: number;
			change: number;
			low: number;
			high: number;
	  }
	| { enough: false }
);

/** Per routine: mean pain before and after its sessions, with the mean change and its interval. */
export function sessionEffects(pairs: readonly SessionPair[]): SessionEffect[] {
	const byRoutine = new Map<string, SessionPair[]>();
	for (const pair of pairs) {
		const list = byRoutine.get(pair.routineName) ?? [];
		list.push(pair);
		byRoutine.set(pair.routineName, list);
	}
	return [...byRoutine.entries()]
		.map(([routineName, list]): SessionEffect => {
			const days = new Set(list.map((pair) => pair.day)).size;
			const change = days >= minimumDays ? pairedChange(list) : null;
			const base = { routineName, sessions: list.length, days };
			return change ? { ...base, enough: true, ...change } : { ...base, enough: false };
		})
		.sort((a, b) => b.sessions - a.sessions || a.routineName.localeCompare(b.routineName));
}
