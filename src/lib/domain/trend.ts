// The trend over a range: the weekly average at its start against its end, judged against the
// change people with chronic low back pain notice (at least 2 points or 30% on the 0–10 scale).

import { addDays, daysBetween, type LocalDay } from './day';
import { mean, minimumDays } from './statistics';

/** Minimal clinically important change for chronic low back pain on the 0–10 scale. */
export const meaningfulPoints = 2;
export const meaningfulShare = 0.3;

export type TrendJudgement = 'improvement' | 'worsening' | 'small' | 'none';

export type Trend =
	| {
			enough: true;
			from: number;
			to: number;
			change: number;
			judgement: TrendJudgement;
			/** Days with pain logged in the range, first and last such day. */
			days: number;
			firstDay: LocalDay;
			lastDay: LocalDay;
	  }
	| { enough: false; days: number };

/** Whether a change from `from` to `to` reaches 2 points or 30% of `from`. */
export function isMeaningful(from: number, to: number): boolean {
	const change = Math.abs(to - from);
	// A hair of tolerance so that 6.0 → 4.0 computed in floating point still counts as 2 points.
	const tolerance = 1e-9;
	return (
		change >= meaningfulPoints - tolerance ||
		(from > 0 && change / from >= meaningfulShare - tolerance)
	);
}

export function judge(from: number, to: number): TrendJudgement {
	// Equal at the one decimal shown: "stayed at 5.0" reads better than "fell from 5.0 to 5.0".
	if (Math.round(from * 10) === Math.round(to * 10)) return 'none';
	if (!isMeaningful(from, to)) return 'small';
	return to < from ? 'improvement' : 'worsening';
}

/**
 * Compares the mean of the daily means in the first 7 days with data against the last 7 days
 * with data (calendar weeks starting at the first such day and ending at the last). Needs at least
 * 14 days with pain logged and the two weeks not overlapping.
 */
export function weeklyTrend(dailyMeans: readonly { day: LocalDay; mean: number | null }[]): Trend {
	const logged = dailyMeans.filter(
		(point): point is { day: LocalDay; mean: number } => point.mean !== null
	);
	const first = logged[0];
	const last = logged.at(-1);
	if (!first || !last || logged.length < minimumDays || daysBetween(first.day, last.day) < 13) {
		return { enough: false, days: logged.length };
	}
	const startEnd = addDays(first.day, 6);
	const endStart = addDays(last.day, -6);
	const from = mean(logged.filter((point) => point.day <= startEnd).map((point) => point.mean))!;
	const to = mean(logged.filter((point) => point.day >= endStart).map((point) => point.mean))!;
	return {
		enough: true,
		from,
		to,
		change: to - from,
		judgement: judge(from, to),
		days: logged.length,
		firstDay: first.day,
		lastDay: last.day
	};
}
