// Where the clinic markers go on the pain chart's strip, so that no two ever overlap: one marker a
// day (its treatments merged into one label), placed in up to `lanes` rows; when the labels do not
// fit, plain dots; when even dots do not fit (a year drawn by day on a phone), the days that would
// touch share one dot. Pure geometry in CSS pixels; the chart draws what this returns.

export interface MarkerVisit {
	/** The day's centre on the x-axis, in pixels. */
	x: number;
	/** The day's letters, e.g. "A+C". */
	label: string;
}

export interface PlacedMarker {
	x: number;
	width: number;
	/** 0 is the row nearest the pain plot. */
	lane: number;
	/** Empty when drawn as a plain dot. */
	label: string;
	/** The visits (their positions in the input) this marker stands for. */
	visits: number[];
}

export interface MarkerSizes {
	lanes: number;
	/** Pixels a letter of a label takes. */
	letterWidth: number;
	/** Pixels around a label inside its marker. */
	padding: number;
	/** Pixels kept clear between two markers of one lane. */
	gap: number;
	/** The plain dot's width. */
	dot: number;
}

export const markerSizes: MarkerSizes = { lanes: 2, letterWidth: 7.5, padding: 8, gap: 2, dot: 9 };

/** Lanes for markers of the given widths, first lane that is clear; null if more are needed. */
function laneUp(
	visits: readonly MarkerVisit[],
	widths: readonly number[],
	sizes: MarkerSizes
): number[] | null {
	const laneEnds: number[] = [];
	const lanes: number[] = [];
	for (const [index, visit] of visits.entries()) {
		const left = visit.x - widths[index]! / 2;
		let lane = laneEnds.findIndex((end) => end + sizes.gap <= left);
		if (lane === -1) {
			if (laneEnds.length === sizes.lanes) return null;
			lane = laneEnds.length;
		}
		laneEnds[lane] = visit.x + widths[index]! / 2;
		lanes.push(lane);
	}
	return lanes;
}

/** `visits` in x order, one a day. */
export function placeMarkers(
	visits: readonly MarkerVisit[],
	sizes: MarkerSizes = markerSizes
): PlacedMarker[] {
	const labelled = visits.map((visit) => visit.label.length * sizes.letterWidth + sizes.padding);
	for (const [widths, withLabels] of [
		[labelled, true],
		[visits.map(() => sizes.dot), false]
	] as const) {
		const lanes = laneUp(visits, widths, sizes);
		if (lanes) {
			return visits.map((visit, index) => ({
				x: visit.x,
				width: widths[index]!,
				lane: lanes[index]!,
				label: withLabels ? visit.label : '',
				visits: [index]
			}));
		}
	}
	// Days closer than a dot share the first one's dot, in one lane.
	const merged: PlacedMarker[] = [];
	for (const [index, visit] of visits.entries()) {
		const last = merged.at(-1);
		if (last && visit.x - last.x < sizes.dot + sizes.gap) last.visits.push(index);
		else merged.push({ x: visit.x, width: sizes.dot, lane: 0, label: '', visits: [index] });
	}
	return merged;
}
