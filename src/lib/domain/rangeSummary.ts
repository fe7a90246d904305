// The numbers that sum up a range, shown both as the chart's text summary and as its table's
// last row, so the two always agree.

import type { ClinicTreatment } from '$lib/domain/records';
import type { SeriesPoint } from './dailySeries';

export interface RangeSummary {
	/** Calendar days in the range. */
	days: number;
	daysWithPain: number;
	/** Mean of the daily means; null when no pain was logged. */
	meanPain: number | null;
	/** Lowest and highest daily mean. */
	bestDay: number | null;
	worstDay: number | null;
	/** The highest single score logged. */
	worstScore: number | null;
	selfCareCount: number;
	clinic: { treatment: ClinicTreatment; visits: number }[];
}

export function summariseRange(daily: readonly SeriesPoint[]): RangeSummary {
	const means = daily.flatMap((point) => (point.mean === null ? [] : [point.mean]));
	const worsts = daily.flatMap((point) => (point.worst === null ? [] : [point.worst]));
	const visits = new Map<ClinicTreatment, number>();
	for (const treatment of daily.flatMap((point) => point.clinic)) {
		visits.set(treatment, (visits.get(treatment) ?? 0) + 1);
	}
	return {
		days: daily.length,
		daysWithPain: means.length,
		meanPain: means.length > 0 ? means.reduce((a, b) => a + b, 0) / means.length : null,
		bestDay: means.length > 0 ? Math.min(...means) : null,
		worstDay: means.length > 0 ? Math.max(...means) : null,
		worstScore: worsts.length > 0 ? Math.max(...worsts) : null,
		selfCareCount: daily.reduce((total, point) => total + point.selfCareCount, 0),
		clinic: [...visits.entries()].map(([treatment, count]) => ({ treatment, visits: count }))
	};
}
