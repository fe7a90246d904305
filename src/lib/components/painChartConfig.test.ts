import { describe, expect, it } from 'vitest';
import type { Scale, TooltipItem } from 'chart.js';
import {
	dailySeries,
	weeklyPoints,
	type DayTotals,
	type SeriesPoint
} from '$lib/domain/dailySeries';
import { oneDecimal } from '$lib/domain/insightStatements';
import {
	chartConfiguration,
	datasetOf,
	selfCareRadius,
	strip,
	stripLayout,
	type ChartColours,
	type DatasetKey
} from './painChartConfig';

const colours: ChartColours = {
	mean: 'blue',
	average: 'orange',
	band: 'pale blue',
	bandEdge: 'blue',
	selfCare: 'green',
	marker: 'black',
	markerFill: 'white',
	strip: 'grey',
	text: 'dark grey',
	grid: 'light grey'
};

const day = (
	date: string,
	scores: number[],
	selfCareCount = 0,
	clinic: DayTotals['clinic'] = []
): DayTotals => ({
	day: date,
	painCount: scores.length,
	painSum: scores.reduce((a, b) => a + b, 0),
	painMax: scores.length > 0 ? Math.max(...scores) : null,
	selfCareCount,
	clinic
});

/** Five days: pain on four, sessions on two, and acupuncture with cupping on the 3rd. */
const points = dailySeries(
	[
		day('2026-11-01', [4, 7], 1),
		day('2026-11-02', [5]),
		day('2026-11-03', [6], 0, ['acupuncture', 'cupping']),
		day('2026-11-05', [3], 2)
	],
	'2026-11-01',
	'2026-11-05'
);

function configure(
	drawn: readonly SeriesPoint[],
	options: { weekly?: boolean; plotHeight?: number } = {}
) {
	return chartConfiguration({
		points: drawn,
		weekly: options.weekly ?? false,
		colours,
		plotHeight: options.plotHeight ?? 300,
		animate: false,
		format: oneDecimal('en-GB'),
		axisDay: (point) => point.day.slice(5),
		longDay: (point) => `long ${point.day}`
	});
}

const data = (config: ReturnType<typeof configure>, key: DatasetKey) =>
	datasetOf({ data: config.data } as never, key)!.data;

/** A tooltip item as Chart.js hands it over, for the dataset with `key` at `dataIndex`. */
function item(config: ReturnType<typeof configure>, key: DatasetKey, dataIndex: number) {
	const dataset = datasetOf({ data: config.data } as never, key)!;
	// The index of another dataset: the label must come from the key, not the position.
	return {
		dataset,
		dataIndex,
		datasetIndex: 0,
		raw: dataset.data[dataIndex]
	} as unknown as TooltipItem<'bar' | 'line'>;
}

describe('pain chart configuration', () => {
	it('draws sessions and clinic visits on the pain axis, under its zero line, with no second axis', () => {
		const config = configure(points);
		expect(Object.keys(config.options!.scales!)).toEqual(['x', 'pain']);
		expect(
			config.data.datasets.every((dataset) => 'yAxisID' in dataset && dataset.yAxisID === 'pain')
		).toBe(true);
		const pain = config.options!.scales!.pain!;
		expect(pain.min).toBeLessThan(0);
		const selfCare = data(config, 'selfCare') as (number | null)[];
		expect(selfCare.map((value) => value !== null)).toEqual([true, false, false, false, true]);
		expect(selfCare.every((value) => value === null || value < 0)).toBe(true);
		// The day with two treatments is one marker, not two on top of each other.
		const clinic = data(config, 'clinic') as (number | null)[];
		expect(clinic.filter((value) => value !== null)).toHaveLength(1);
		expect(clinic[2]).toBeLessThan(selfCare[0]!);
		expect(data(config, 'mean')).toEqual([5.5, 5, 6, null, 3]);
		expect(data(config, 'band')).toEqual([[5.5, 7], [5, 5], [6, 6], null, [3, 3]]);
		expect(config.options!.plugins!.legend!.display).toBe(false);
	});

	it('keeps the strip rows the same number of pixels high on a tall screen and on paper', () => {
		for (const plotHeight of [300, 150]) {
			const layout = stripLayout(true, true, plotHeight);
			const pixelsPerPoint = plotHeight / (10.4 - layout.min);
			expect(-layout.selfCareRow * pixelsPerPoint).toBeCloseTo(strip.gap + strip.row / 2);
			expect(-layout.clinicLanes[1]! * pixelsPerPoint).toBeCloseTo(strip.gap + strip.row * 2.5);
			expect(-layout.min * pixelsPerPoint).toBeCloseTo(strip.gap + strip.row * 3 + strip.end);
		}
		// Nothing to show under the pain: no strip at all.
		expect(stripLayout(false, false, 300).min).toBe(0);
		expect(configure(points.slice(1, 2)).options!.scales!.pain!.min).toBe(0);
	});

	it('labels the strip rows on the axis in words and leaves them without grid lines', () => {
		const config = configure(points);
		const pain = config.options!.scales!.pain! as {
			afterBuildTicks: (scale: Scale) => void;
			ticks: { callback: (value: number) => string };
			grid: { color: (context: { tick?: { value: number } }) => string };
		};
		const scale = { ticks: [] } as unknown as Scale;
		pain.afterBuildTicks(scale);
		const labels = scale.ticks.map((tick) => pain.ticks.callback(tick.value));
		expect(labels).toEqual(['Self-care', 'Clinic', '0', '2', '4', '6', '8', '10']);
		expect(pain.grid.color({ tick: scale.ticks[0]! })).toBe('transparent');
		expect(pain.grid.color({ tick: { value: 4 } })).toBe('light grey');
	});

	it('finds each tooltip line by its dataset key, in the order the chart reads', () => {
		const config = configure(points);
		const tooltip = config.options!.plugins!.tooltip!;
		const label = tooltip.callbacks!.label as (item: TooltipItem<'bar' | 'line'>) => string;
		expect(label(item(config, 'clinic', 2))).toBe('Clinic: acupuncture, cupping');
		expect(label(item(config, 'mean', 0))).toBe('Pain: 5.5');
		expect(label(item(config, 'average', 2))).toBe('Weekly average: 5.5');
		expect(label(item(config, 'band', 0))).toBe('Worst score: 7');
		expect(label(item(config, 'selfCare', 4))).toBe('Release or stretching: 2 sessions');
		// The datasets reordered: still the same words for the same marks.
		const reordered = {
			...config,
			data: { ...config.data, datasets: [...config.data.datasets].reverse() }
		};
		expect(label(item(reordered, 'clinic', 2))).toBe('Clinic: acupuncture, cupping');

		const sort = tooltip.itemSort as (
			a: TooltipItem<'bar' | 'line'>,
			b: TooltipItem<'bar' | 'line'>
		) => number;
		const keys: DatasetKey[] = ['clinic', 'band', 'selfCare', 'mean', 'average'];
		expect(
			keys
				.map((key) => item(config, key, 0))
				.sort(sort)
				.map((sorted) => (sorted.dataset as unknown as { key: DatasetKey }).key)
		).toEqual(['mean', 'average', 'band', 'selfCare', 'clinic']);
		const filter = tooltip.filter as (item: TooltipItem<'bar' | 'line'>) => boolean;
		expect(filter(item(config, 'mean', 3))).toBe(false);
		expect(filter(item(config, 'mean', 4))).toBe(true);
	});

	it('names weeks in the tooltip and counts each treatment of a week once, with how often', () => {
		const month = dailySeries(
			[
				day('2026-11-01', [5], 3, ['acupuncture']),
				day('2026-11-04', [6], 2, ['acupuncture', 'massage'])
			],
			'2026-11-01',
			'2026-11-14'
		);
		const config = configure(weeklyPoints(month), { weekly: true });
		const tooltip = config.options!.plugins!.tooltip!.callbacks!;
		const title = tooltip.title as (items: TooltipItem<'bar' | 'line'>[]) => string;
		expect(title([item(config, 'mean', 0)])).toBe('Week of long 2026-11-01');
		const label = tooltip.label as (item: TooltipItem<'bar' | 'line'>) => string;
		expect(label(item(config, 'clinic', 0))).toBe('Clinic: acupuncture ×2, massage');
		expect(label(item(config, 'selfCare', 0))).toBe('Release or stretching: 5 sessions');
	});

	it('sizes self-care dots by sessions, never wider than their day', () => {
		expect(selfCareRadius(1, 40)).toBeCloseTo(4.5);
		expect(selfCareRadius(4, 40)).toBeCloseTo(6.5);
		expect(selfCareRadius(30, 40)).toBe(8);
		expect(selfCareRadius(4, 6)).toBe(2.5);
		expect(selfCareRadius(4, 1)).toBe(1.5);
	});
});
