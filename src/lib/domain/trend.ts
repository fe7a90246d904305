// The trend over a range: the weekly average at its start against its end, judged against the
// change people with chronic low back pain notice (at least 2 points or 30% on the 0–10 scale),
// on the values as shown (one decimal), so the verdict and the numbers beside it always agree.

import { addDays, daysBetween, type LocalDay } from './day';
import { mean, minimumDays } from './statistics';

/** Minimal clinically important change for chronic low back pain on the 0–10 scale. */
export const meaningfulPoints = 2;
/** 30%, in whole percent so the comparison stays exact. */
export const meaningfulPercent = 30;

/** Days with pain logged that each compared week needs. */
export const minimumWeekDays = 4;

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
			/** Days with pain logged in the first and in the last week compared. */
			firstWeekDays: number;
			lastWeekDays: number;
	  }
	| {
			enough: false;
			days: number;
			/** Set when the range has its 14 days but a compared week has fewer than 4. */
			firstWeekDays: number | null;
			lastWeekDays: number | null;
	  };

/** One decimal as the screens show it (oneDecimal), in digits any locale's format shares. */
const tenthsFormat = new Intl.NumberFormat('en-US', {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1,
	useGrouping: false
});

/**
 * A value in whole tenths, rounded exactly as Intl.NumberFormat rounds it for the screen (0.15
 * is shown as 0.2, though toFixed would give 0.1).
 */
export function shownTenths(value: number): number {
	return Math.round(Number(tenthsFormat.format(value)) * 10);
}

/**
 * Whether a change from `from` to `to`, as shown with one decimal, reaches 2 points or 30% of
 * `from`. In whole tenths, so exactly 2.0 points or exactly 30% count.
 */
export function isMeaningful(from: number, to: number): boolean {
	const start = shownTenths(from);
	const change = Math.abs(shownTenths(to) - start);
	return (
		change >= meaningfulPoints * 10 || (start > 0 && change * 100 >= meaningfulPercent * start)
	);
}

export function judge(from: number, to: number): TrendJudgement {
	// Equal as shown: "stayed at 5.0" reads better than "fell from 5.0 to 5.0".
	if (shownTenths(from) === shownTenths(to)) return 'none';
	if (!isMeaningful(from, to)) return 'small';
	return to < from ? 'improvement' : 'worsening';
}

/**
 * Compares the mean of the daily means in the first 7 days with data against the last 7 days
 * with data (calendar weeks starting at the first such day and ending at the last). Needs at least
 * 14 days with pain logged, the two weeks not overlapping, and 4 days logged in each week: one
 * day against one day is no weekly average.
 */
export function weeklyTrend(dailyMeans: readonly { day: LocalDay; mean: number | null }[]): Trend {
	const logged = dailyMeans.filter(
		(point): point is { day: LocalDay; mean: number } => point.mean !== null
	);
	const first = logged[0];
	const last = logged.at(-1);
	if (!first || !last || logged.length < minimumDays || daysBetween(first.day, last.day) < 13) {
		return { enough: false, days: logged.length, firstWeekDays: null, lastWeekDays: null };
	}
	const startEnd = addDays(first.day, 6);
	const endStart = addDays(last.day, -6);
	const firstWeek = logged.filter((point) => point.day <= startEnd).map((point) => point.mean);
	const lastWeek = logged.filter((point) => point.day >= endStart).map((point) => point.mean);
	const weekDays = { firstWeekDays: firstWeek.length, lastWeekDays: lastWeek.length };
	if (firstWeek.length < minimumWeekDays || lastWeek.length < minimumWeekDays) {
		return { enough: false, days: logged.length, ...weekDays };
	}
	const from = mean(firstWeek)!;
	const to = mean(lastWeek)!;
	return {
		enough: true,
		from,
		to,
		change: to - from,
		judgement: judge(from, to),
		days: logged.length,
		firstDay: first.day,
		lastDay: last.day,
		...weekDays
	};
}
