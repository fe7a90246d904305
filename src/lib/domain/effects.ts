// "Does it help?": comparisons of pain between days with and without self-care, before and
// after sessions, and around clinic visits. They describe associations in one person's journal;
// none of them can show cause.

import { daysBetween, type LocalDay } from './day';
import { compareMeans, pairedChange, type MeanDifference, type PairedChange } from './intervals';
import { effectiveSize, lagOneAutocorrelation, mean, minimumDays } from './statistics';
import type { ClinicTreatment } from '$lib/domain/records';

/**
 * A comparison with its day counts, or the day counts alone when there is not enough data.
 * `effective` is set when both sides have their 14 days but pain is so alike from one day to the
 * next that they count as fewer than 2 independent days.
 */
export type Comparison =
	| ({ enough: true } & MeanDifference)
	| { enough: false; nA: number; nB: number; effective: { a: number; b: number } | null };

/** Days as whole numbers, so shifting by a few days is arithmetic (ten years stay fast). */
const dayNumber = (day: LocalDay) => daysBetween('1970-01-01', day);

function numbered(pain: ReadonlyMap<LocalDay, number>): Map<number, number> {
	return new Map([...pain].map(([day, value]) => [dayNumber(day), value]));
}

/**
 * Lag-1 autocorrelation of the days compared, each day's pain taken about the mean of its own
 * group (so a difference between the groups is not read as days being alike). Groups are keyed
 * by day number and hold different days.
 */
export function groupAutocorrelation(groups: readonly ReadonlyMap<number, number>[]): number {
	const residuals = new Map<number, number>();
	for (const group of groups) {
		const average = mean([...group.values()]) ?? 0;
		for (const [day, value] of group) residuals.set(day, value - average);
	}
	return lagOneAutocorrelation(residuals);
}

/** Daily pain of group A against group B (each keyed by day number), days in a row allowed for. */
export function compareDays(
	a: ReadonlyMap<number, number>,
	b: ReadonlyMap<number, number>
): Comparison {
	const nA = a.size;
	const nB = b.size;
	if (nA < minimumDays || nB < minimumDays) return { enough: false, nA, nB, effective: null };
	const autocorrelation = groupAutocorrelation([a, b]);
	const result = compareMeans([...a.values()], [...b.values()], autocorrelation);
	if (result) return { enough: true, ...result };
	const effective = {
		a: effectiveSize(nA, autocorrelation),
		b: effectiveSize(nB, autocorrelation)
	};
	return { enough: false, nA, nB, effective };
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
		const afterDone = new Map<number, number>();
		const afterNotDone = new Map<number, number>();
		for (const [day, wasDone] of doneByNumber) {
			const later = painByNumber.get(day + lag);
			if (later === undefined) continue;
			(wasDone ? afterDone : afterNotDone).set(day + lag, later);
		}
		return { lag, result: compareDays(afterDone, afterNotDone) };
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
			new Map(
				[...days].flatMap((day) => {
					const value = painByNumber.get(day);
					return value === undefined || skip.has(day) || visitDays.has(day)
						? []
						: [[day, value] as const];
				})
			);
		return {
			treatment,
			visits: visitDays.size,
			result: compareDays(values(after, new Set()), values(before, after))
		};
	});
}

export interface SessionPair {
	day: LocalDay;
	routineName: string;
	before: number;
	after: number;
}

export interface SessionEffect {
	routineName: string;
	/** Sessions with pain scored before and after, and the days they were on. */
	sessions: number;
	days: number;
	meanBefore: number;
	meanAfter: number;
	/** The mean change with its interval; null under 14 days (or too alike to say). */
	change: PairedChange | null;
}

/**
 * Per routine: mean pain before and after its sessions with their counts, and from 14 days of
 * sessions on, the mean change with its interval. Consecutive sessions are as alike as
 * consecutive days, so the change's lag-1 autocorrelation (sessions in the order given, oldest
 * first) narrows its effective n.
 */
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
			const changes = list.map((pair) => pair.after - pair.before);
			const meanChange = mean(changes)!;
			const autocorrelation = lagOneAutocorrelation(
				new Map(changes.map((change, index) => [index, change - meanChange]))
			);
			return {
				routineName,
				sessions: list.length,
				days,
				meanBefore: mean(list.map((pair) => pair.before))!,
				meanAfter: mean(list.map((pair) => pair.after))!,
				change: days >= minimumDays ? pairedChange(list, autocorrelation) : null
			};
		})
		.sort((a, b) => b.sessions - a.sessions || a.routineName.localeCompare(b.routineName));
}
