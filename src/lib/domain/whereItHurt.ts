// What a journal row says about where it hurt: the radiating paths in the order drawn, the other
// marked regions head to foot, and the sensations felt. The words are the messages' (entryRow).

import { pathsOf } from './marks';
import { findRegion, regionOrder } from './regions';
import { sensations as sensationOrder, type Sensation, type Side } from './records';

export interface MarkedPlace {
	regionId: string;
	/** The region's short name with its side, e.g. "Left deep glute". */
	label: string;
	side: Side;
}

export interface WhereItHurt {
	/** Each radiating path, from where it starts to where it runs. */
	paths: MarkedPlace[][];
	/** Regions marked on no path, head to foot. */
	regions: MarkedPlace[];
	/** Every sensation of the marks, in the list's order; "radiating" is left to the paths. */
	sensations: Sensation[];
}

export interface MarkLike {
	regionId: string;
	sensations: readonly Sensation[];
	pathId: string | null;
	pathIndex: number | null;
}

function placeOf(regionId: string): MarkedPlace {
	const region = findRegion(regionId);
	return { regionId, label: region?.label ?? regionId, side: region?.side ?? 'centre' };
}

/** Null for an entry without marks. */
export function whereItHurt(marks: readonly MarkLike[]): WhereItHurt | null {
	if (marks.length === 0) return null;
	const paths = [...pathsOf(marks).values()].map((path) =>
		path.map((mark) => placeOf(mark.regionId))
	);
	const regions = marks
		.filter((mark) => mark.pathId === null)
		.map((mark) => mark.regionId)
		.sort((a, b) => regionOrder(a) - regionOrder(b))
		.map(placeOf);
	const felt = new Set(marks.flatMap((mark) => mark.sensations));
	if (paths.length > 0) felt.delete('radiating');
	return { paths, regions, sensations: sensationOrder.filter((sensation) => felt.has(sensation)) };
}

/**
 * The places of a list as they read one after another: a place on the same side as the one
 * before it drops its side ("Left deep glute → back of thigh → calf").
 */
export function placesWithoutRepeatedSides(places: readonly MarkedPlace[]): string[] {
	return places.map((place, index) => {
		const before = places[index - 1];
		if (place.side === 'centre' || before?.side !== place.side) return place.label;
		const withoutSide = place.label.slice(place.label.indexOf(' ') + 1);
		return withoutSide === place.label ? place.label : withoutSide;
	});
}
