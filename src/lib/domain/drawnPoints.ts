// Where the chart's x-axis starts: at the first day with anything logged, when the chosen range
// reaches back before it, so a 90-day view of a three-week-old journal is not two-thirds empty.

import type { ChartPoints, SeriesPoint } from './dailySeries';
import type { LocalDay } from './day';

/**
 * The points to draw: those of `chart` from the point holding `firstDay` on. `firstDay` is the
 * first day with data in or just before the range (null: none), so a range that starts inside
 * the journal keeps all its points. The summary and the statements keep the whole range.
 */
export function drawnPoints(chart: ChartPoints, firstDay: LocalDay | null): SeriesPoint[] {
	if (firstDay === null) return chart.points;
	return chart.points.filter((point) => point.lastDay >= firstDay);
}
