// The pain chart's Chart.js configuration, as a pure function of its points, so it can be tested
// without a canvas. One y-axis, pain 0–10; under its zero line a strip with a row of self-care
// dots and rows of clinic markers (placed by domain/chartMarkers so they never overlap). Each
// dataset carries a key, and the tooltip and the drawing look datasets up by it, never by index.

import type {
	Chart,
	ChartConfiguration,
	ChartDataset,
	Plugin,
	ScriptableContext,
	TooltipItem
} from 'chart.js';
import type { SeriesPoint } from '$lib/domain/dailySeries';
import { placeMarkers, type PlacedMarker } from '$lib/domain/chartMarkers';
import type { FormatNumber } from '$lib/domain/insightStatements';
import { clinicNames, words } from '$lib/messages/painChart';
import { words as treatmentWords } from '$lib/messages/treatments';

export const datasetKeys = ['band', 'mean', 'average', 'selfCare', 'clinic'] as const;
export type DatasetKey = (typeof datasetKeys)[number];

export interface ChartColours {
	mean: string;
	average: string;
	band: string;
	/** The line at the worst score, on top of the band. */
	bandEdge: string;
	selfCare: string;
	/** Clinic markers' outline and letters. */
	marker: string;
	/** Inside a clinic marker, and the strip's background. */
	markerFill: string;
	strip: string;
	text: string;
	grid: string;
}

export interface ChartInput {
	points: readonly SeriesPoint[];
	weekly: boolean;
	colours: ChartColours;
	/** Pixels the plot will be high, to keep the strip's rows a fixed height. */
	plotHeight: number;
	animate: boolean;
	format: FormatNumber;
	/** A point's x-axis label. */
	axisDay: (point: SeriesPoint) => string;
	/** A point's day in the tooltip. */
	longDay: (point: SeriesPoint) => string;
	/** Sharper drawing on paper; the screen's own ratio otherwise. */
	devicePixelRatio?: number;
}

/** The strip under the pain plot, in pixels: a gap, the self-care row, then the clinic lanes. */
export const strip = { gap: 6, row: 18, end: 4, clinicLanes: 2 } as const;

/** The top of the pain axis, a little over 10 so a dot at 10 is not cut in half. */
const painTop = 10.4;

export interface StripLayout {
	/** The pain axis's lowest value: the strip lies between it and 0. */
	min: number;
	/** The value of the self-care row's centre and of each clinic lane's centre. */
	selfCareRow: number;
	clinicLanes: number[];
	/** Where the clinic rows' label sits. */
	clinicLabel: number;
	/** Pixels below the zero line of the self-care row's and of each clinic lane's centre. */
	selfCareOffset: number;
	clinicOffsets: number[];
}

/**
 * The strip's rows as values of the pain axis, chosen so that each row is `strip.row` pixels
 * high whatever the chart's height: the axis runs from `min` (below 0) to just over 10.
 */
export function stripLayout(
	hasSelfCare: boolean,
	hasClinic: boolean,
	plotHeight: number
): StripLayout {
	const lanes = hasClinic ? strip.clinicLanes : 0;
	const rows = hasSelfCare || hasClinic ? 1 + lanes : 0;
	const height = rows === 0 ? 0 : strip.gap + rows * strip.row + strip.end;
	// Never let the strip take more than half the plot.
	const painPixels = Math.max(plotHeight - height, plotHeight / 2, 1);
	const perPixel = painTop / painPixels;
	const selfCareOffset = strip.gap + strip.row / 2;
	const clinicOffsets = Array.from(
		{ length: lanes },
		(_, lane) => strip.gap + strip.row * (lane + 1) + strip.row / 2
	);
	return {
		min: height === 0 ? 0 : -height * perPixel,
		selfCareRow: -selfCareOffset * perPixel,
		clinicLanes: clinicOffsets.map((offset) => -offset * perPixel),
		clinicLabel: -(strip.gap + strip.row + (lanes * strip.row) / 2) * perPixel,
		selfCareOffset,
		clinicOffsets
	};
}

/** A self-care dot's radius: bigger with more sessions, never wider than its day. */
export function selfCareRadius(sessions: number, slotWidth: number): number {
	const wanted = Math.min(8, 2.5 + 2 * Math.sqrt(sessions));
	return Math.max(1.5, Math.min(wanted, slotWidth / 2 - 0.5));
}

/** A point's clinic label: each treatment's letter once, in order, joined by "+". */
export function clinicLabel(point: SeriesPoint): string {
	return [...new Set(point.clinic)].map((treatment) => treatmentWords.letter[treatment]).join('+');
}

type Dataset = ChartDataset<'bar' | 'line', unknown[]> & { key: DatasetKey };

/** The dataset with this key: datasets are never found by their position. */
export function datasetOf(chart: Pick<Chart, 'data'>, key: DatasetKey): Dataset | undefined {
	return (chart.data.datasets as Dataset[]).find((dataset) => dataset.key === key);
}

/** The clinic markers as drawn last, kept on the chart so what was drawn can be checked. */
export interface ChartWithMarkers extends Chart {
	clinicMarkers?: PlacedMarker[];
}

const keyOf = (item: TooltipItem<'bar' | 'line'>) => (item.dataset as Dataset).key;

/** The tooltip's lines from the day's pain down to its visits, as the chart reads top to bottom. */
const tooltipOrder: readonly DatasetKey[] = ['mean', 'average', 'band', 'selfCare', 'clinic'];

export function chartConfiguration(
	input: ChartInput
): ChartConfiguration<'bar' | 'line', unknown[], string> {
	const { points, weekly, colours, format } = input;
	const value = (number: number | null) => (number === null ? words.noValue : format(number));
	const hasSelfCare = points.some((point) => point.selfCareCount > 0);
	const hasClinic = points.some((point) => point.clinic.length > 0);
	const layout = stripLayout(hasSelfCare, hasClinic, input.plotHeight);
	const slotWidth = (context: ScriptableContext<'line'>) =>
		(context.chart.chartArea?.width ?? 0) / Math.max(points.length, 1);

	const datasets: Dataset[] = [
		{
			key: 'band',
			type: 'bar',
			label: weekly ? words.legendBandWeekly : words.legendBand,
			data: points.map((point) =>
				point.mean === null || point.worst === null ? null : [point.mean, point.worst]
			),
			backgroundColor: colours.band,
			borderColor: colours.bandEdge,
			borderWidth: { top: 2, right: 0, bottom: 0, left: 0 },
			borderSkipped: false,
			grouped: false,
			barPercentage: 0.9,
			categoryPercentage: 1,
			yAxisID: 'pain',
			order: 4
		},
		{
			key: 'mean',
			type: 'line',
			label: weekly ? words.legendMeanWeekly : words.legendMean,
			data: points.map((point) => point.mean),
			showLine: false,
			pointRadius: (context: ScriptableContext<'line'>) =>
				Math.max(1.5, Math.min(weekly ? 3 : 4, slotWidth(context) / 2)),
			pointHoverRadius: 6,
			backgroundColor: colours.mean,
			borderColor: colours.mean,
			yAxisID: 'pain',
			order: 1
		},
		{
			key: 'average',
			type: 'line',
			label: words.legendAverage,
			data: points.map((point) => point.average),
			borderColor: colours.average,
			backgroundColor: colours.average,
			borderWidth: 3,
			pointRadius: 0,
			spanGaps: false,
			yAxisID: 'pain',
			order: 2
		},
		{
			key: 'selfCare',
			type: 'line',
			label: weekly ? words.legendSelfCareWeekly : words.legendSelfCare,
			data: points.map((point) => (point.selfCareCount > 0 ? layout.selfCareRow : null)),
			showLine: false,
			pointRadius: (context: ScriptableContext<'line'>) =>
				selfCareRadius(points[context.dataIndex]?.selfCareCount ?? 0, slotWidth(context)),
			pointHoverRadius: (context: ScriptableContext<'line'>) =>
				selfCareRadius(points[context.dataIndex]?.selfCareCount ?? 0, slotWidth(context)) + 1,
			backgroundColor: colours.selfCare,
			borderColor: colours.selfCare,
			yAxisID: 'pain',
			order: 3
		},
		{
			// Drawn by the clinicMarkers plugin; the points are there for the tooltip.
			key: 'clinic',
			type: 'line',
			label: words.rowClinic,
			data: points.map((point) => (point.clinic.length > 0 ? layout.clinicLanes[0]! : null)),
			showLine: false,
			pointRadius: 0,
			pointHoverRadius: 0,
			yAxisID: 'pain',
			order: 0
		}
	];

	const rowLabels = new Map<number, string>([
		...(hasSelfCare || hasClinic ? [[layout.selfCareRow, words.rowSelfCare] as const] : []),
		...(hasClinic ? [[layout.clinicLabel, words.rowClinic] as const] : [])
	]);

	return {
		type: 'bar',
		data: { labels: points.map(input.axisDay), datasets },
		options: {
			responsive: true,
			maintainAspectRatio: false,
			devicePixelRatio: input.devicePixelRatio,
			animation: input.animate ? { duration: 300 } : false,
			interaction: { mode: 'index', intersect: false },
			scales: {
				x: {
					type: 'category',
					ticks: { color: colours.text, autoSkip: true, maxRotation: 0 },
					grid: { display: false },
					border: { display: false }
				},
				pain: {
					type: 'linear',
					position: 'left',
					min: layout.min,
					max: painTop,
					title: { display: true, text: words.axisPain, color: colours.text },
					afterBuildTicks: (scale) => {
						scale.ticks = [...rowLabels.keys(), 0, 2, 4, 6, 8, 10].map((tick) => ({
							value: tick
						}));
					},
					ticks: {
						color: colours.text,
						autoSkip: false,
						callback: (tick) => rowLabels.get(Number(tick)) ?? String(tick)
					},
					grid: {
						// The zero line is the pain plot's floor; the strip's rows get no lines.
						color: (context) => ((context.tick?.value ?? 0) < 0 ? 'transparent' : colours.grid),
						lineWidth: (context) => (context.tick?.value === 0 ? 2 : 1)
					},
					border: { display: false }
				}
			},
			plugins: {
				legend: { display: false },
				tooltip: {
					filter: (item) => item.raw !== null && item.raw !== undefined,
					itemSort: (a, b) => tooltipOrder.indexOf(keyOf(a)) - tooltipOrder.indexOf(keyOf(b)),
					callbacks: {
						title: (items) => {
							const point = points[items[0]?.dataIndex ?? -1];
							if (!point) return '';
							const day = input.longDay(point);
							return weekly ? words.tooltipWeek(day) : day;
						},
						label: (item) => {
							const point = points[item.dataIndex];
							if (!point) return '';
							const labels: Record<DatasetKey, () => string> = {
								band: () => words.tooltipWorst(point.worst?.toString() ?? words.noValue),
								mean: () => words.tooltipMean(value(point.mean)),
								average: () => words.tooltipAverage(value(point.average)),
								selfCare: () => words.tooltipSelfCare(point.selfCareCount),
								clinic: () => words.tooltipClinic(clinicNames(point.clinic))
							};
							return labels[keyOf(item)]();
						}
					}
				}
			}
		},
		plugins: [stripBackground(colours, layout), clinicMarkers(points, colours, layout)]
	};
}

/** A faint band behind the strip, so its rows read as apart from the pain plot. */
function stripBackground(colours: ChartColours, layout: StripLayout): Plugin<'bar' | 'line'> {
	return {
		id: 'stripBackground',
		beforeDatasetsDraw(chart) {
			if (layout.min >= 0) return;
			const zero = chart.scales.pain!.getPixelForValue(0);
			const { left, width, bottom } = chart.chartArea;
			chart.ctx.save();
			chart.ctx.fillStyle = colours.strip;
			chart.ctx.fillRect(left, zero + strip.gap / 2, width, bottom - zero - strip.gap / 2);
			chart.ctx.restore();
		}
	};
}

/**
 * Draws the clinic markers where placeMarkers puts them, with the x of each day as laid out:
 * outlined boxes with the day's letters, or plain dots when the days are too close for letters.
 */
function clinicMarkers(
	points: readonly SeriesPoint[],
	colours: ChartColours,
	layout: StripLayout
): Plugin<'bar' | 'line'> {
	return {
		id: 'clinicMarkers',
		afterDatasetsDraw(chart) {
			const x = chart.scales.x!;
			const zero = chart.scales.pain!.getPixelForValue(0);
			const days = points.flatMap((point, index) =>
				point.clinic.length > 0 ? [{ x: x.getPixelForValue(index), label: clinicLabel(point) }] : []
			);
			const placed = placeMarkers(days);
			(chart as ChartWithMarkers).clinicMarkers = placed;
			const context = chart.ctx;
			context.save();
			context.lineWidth = 1.5;
			context.strokeStyle = colours.marker;
			context.textAlign = 'center';
			context.textBaseline = 'middle';
			const height = strip.row - 4;
			for (const marker of placed) {
				const y = zero + (layout.clinicOffsets[marker.lane] ?? 0);
				context.fillStyle = marker.label ? colours.markerFill : colours.marker;
				context.beginPath();
				if (marker.label) {
					context.roundRect(marker.x - marker.width / 2, y - height / 2, marker.width, height, 4);
				} else {
					context.arc(marker.x, y, marker.width / 2, 0, Math.PI * 2);
				}
				context.fill();
				context.stroke();
				if (!marker.label) continue;
				context.fillStyle = colours.marker;
				context.font = 'bold 11px system-ui, sans-serif';
				context.fillText(marker.label, marker.x, y + 0.5, marker.width - 4);
			}
			context.restore();
		}
	};
}
