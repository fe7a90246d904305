// The day-by-day pain series Insights draws: one point a calendar day, gaps where nothing was
// logged, a 7-day moving average, and weekly points when a range is too long to draw by day.

import { addDays, dayRange, type LocalDay } from './day';
import type { ClinicTreatment } from '$lib/domain/records';

/** What Insights needs of a day's rollup (a DayRollup has all of it). */
export interface DayTotals {
	day: LocalDay;
	painCount: number;
	painSum: number;
	painMax: number | null;
	selfCareCount: number;
	clinic: readonly ClinicTreatment[];
}

export interface SeriesPoint {
	/** The day, or for a weekly point the first day of its week. */
	day: LocalDay;
	/** Last day the point covers (the same day for daily points). */
	lastDay: LocalDay;
	/** Mean pain of the day (of its entries), or of the week's daily means; null: a gap. */
	mean: number | null;
	/** Trailing 7-day average of daily means: see movingAverage. */
	average: number | null;
	/** The highest score logged in the day or week. */
	worst: number | null;
	/** Days with at least one pain entry within the point (0 or 1 for a day). */
	daysWithPain: number;
	selfCareCount: number;
	clinic: ClinicTreatment[];
}

/** One point for every day from `from` to `to`; days without a rollup are gaps, not zeros. */
export function dailySeries(
	totals: readonly DayTotals[],
	from: LocalDay,
	to: LocalDay
): SeriesPoint[] {
	const byDay = new Map(totals.map((total) => [total.day, total]));
	const days = dayRange(from, to);
	const means = days.map((day) => {
		const total = byDay.get(day);
		return total && total.painCount > 0 ? total.painSum / total.painCount : null;
	});
	const averages = movingAverage(means, 7);
	return days.map((day, index) => {
		const total = byDay.get(day);
		const mean = means[index] ?? null;
		return {
			day,
			lastDay: day,
			mean,
			average: averages[index] ?? null,
			worst: total && total.painCount > 0 ? total.painMax : null,
			daysWithPain: mean === null ? 0 : 1,
			selfCareCount: total?.selfCareCount ?? 0,
			clinic: total ? [...total.clinic] : []
		};
	});
}

/**
 * Trailing moving average over `window` days ending on each day. Gaps count as missing, not as
 * zero: each value is the average of the days with data within the window, and null when the
 * window has none. (Averaging a zero for an unlogged day would invent pain-free days.)
 */
export function movingAverage(values: readonly (number | null)[], window = 7): (number | null)[] {
	const result: (number | null)[] = [];
	let sum = 0;
	let count = 0;
	values.forEach((value, index) => {
		if (value !== null) {
			sum += value;
			count += 1;
		}
		const leaving = index - window >= 0 ? values[index - window] : null;
		if (leaving !== null && leaving !== undefined) {
			sum -= leaving;
			count -= 1;
		}
		result.push(count > 0 ? sum / count : null);
	});
	return result;
}

/**
 * Seven-day points for long ranges (weeks start on the range's first day): the mean of the
 * week's daily means, its worst score, its sessions and visits, and the average line at the
 * week's last day. Keeps a ten-year chart to about 520 points. The weeks are 7-day spans from
 * the range's start, not calendar weeks, so no locale's first day of the week applies.
 */
export function weeklyPoints(daily: readonly SeriesPoint[]): SeriesPoint[] {
	const weeks: SeriesPoint[] = [];
	for (let start = 0; start < daily.length; start += 7) {
		const week = daily.slice(start, start + 7);
		const means = week.flatMap((point) => (point.mean === null ? [] : [point.mean]));
		const worsts = week.flatMap((point) => (point.worst === null ? [] : [point.worst]));
		const last = week.at(-1)!;
		weeks.push({
			day: week[0]!.day,
			lastDay: last.day,
			mean: means.length > 0 ? means.reduce((a, b) => a + b, 0) / means.length : null,
			average: last.average,
			worst: worsts.length > 0 ? Math.max(...worsts) : null,
			daysWithPain: means.length,
			selfCareCount: week.reduce((total, point) => total + point.selfCareCount, 0),
			clinic: week.flatMap((point) => point.clinic)
		});
	}
	return weeks;
}

/** Ranges longer than this many days are drawn by week. */
export const dailyPointLimit = 400;

export type RangeChoice = '7d' | '30d' | '90d' | '1y' | 'all';
export const rangeChoices: readonly RangeChoice[] = ['7d', '30d', '90d', '1y', 'all'];
const rangeLengths: Record<Exclude<RangeChoice, 'all'>, number> = {
	'7d': 7,
	'30d': 30,
	'90d': 90,
	'1y': 365
};

/**
 * First and last day of a range ending today. "All" starts on the first day with data (today
 * when there is none).
 */
export function rangeDays(
	choice: RangeChoice,
	today: LocalDay,
	firstDay: LocalDay | null
): { from: LocalDay; to: LocalDay } {
	if (choice === 'all') return { from: firstDay && firstDay < today ? firstDay : today, to: today };
	return { from: addDays(today, 1 - rangeLengths[choice]), to: today };
}

/** Days before a range that the first days' 7-day averages reach back to. */
export const averageLeadDays = 6;

/**
 * Daily points, or weekly ones when the range is too long to draw by day. `totals` may start
 * `averageLeadDays` before `from`, so the average on the range's first days has its full window;
 * the points themselves cover `from` to `to` only.
 */
export interface ChartPoints {
	/** What the chart draws: `daily`, or weekly points for a long range. */
	points: SeriesPoint[];
	daily: SeriesPoint[];
	weekly: boolean;
}

export function chartPoints(
	totals: readonly DayTotals[],
	from: LocalDay,
	to: LocalDay
): ChartPoints {
	const daily = dailySeries(totals, addDays(from, -averageLeadDays), to).slice(averageLeadDays);
	const weekly = daily.length > dailyPointLimit;
	return { points: weekly ? weeklyPoints(daily) : daily, daily, weekly };
}
