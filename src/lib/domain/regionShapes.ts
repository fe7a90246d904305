// The body-map drawing as data: one SVG path a region, on a 200 × 460 figure for each view.
// Shapes are drawn once for the half on the viewer's left and mirrored for the other side. The
// person's own left is on the viewer's left in the back view and on the viewer's right in the front.

import type { Side } from '$lib/domain/records';
import { bodyRegions, type BodyView } from './regions';

type Point = readonly [number, number];

export interface RegionShape {
	regionId: string;
	view: BodyView;
	path: string;
	/** Middle of the shape, for labels and markers. */
	centre: Point;
}

export const figureWidth = 200;
export const figureHeight = 460;
export const figureViewBox = `0 0 ${figureWidth} ${figureHeight}`;
/** The hip and low back, enlarged so small regions are big enough to tap. */
export const zoomViewBox = '60 140 80 116';

/** Outlines of each kind as drawn on the viewer's left half (x below 100), or centred. */
const outlines: Readonly<Record<string, readonly Point[]>> = {
	// Back view.
	neck: [
		[90, 50],
		[110, 50],
		[112, 66],
		[88, 66]
	],
	shoulder: [
		[86, 66],
		[74, 74],
		[72, 98],
		[46, 98],
		[48, 80],
		[62, 70]
	],
	'upper-back': [
		[86, 66],
		[114, 66],
		[126, 74],
		[128, 112],
		[72, 112],
		[74, 74]
	],
	'mid-back': [
		[72, 112],
		[128, 112],
		[126, 146],
		[74, 146]
	],
	flank: [
		[74, 146],
		[82, 146],
		[82, 182],
		[66, 182],
		[68, 164]
	],
	'lumbar-paraspinals': [
		[82, 146],
		[94, 146],
		[94, 182],
		[82, 182]
	],
	'lower-spine': [
		[94, 146],
		[106, 146],
		[106, 182],
		[94, 182]
	],
	sacrum: [
		[94, 182],
		[106, 182],
		[106, 204],
		[100, 216],
		[94, 204]
	],
	sacroiliac: [
		[82, 182],
		[94, 182],
		[94, 204],
		[84, 204]
	],
	'upper-glute': [
		[66, 182],
		[82, 182],
		[84, 204],
		[64, 204],
		[64, 192]
	],
	'deep-glute': [
		[64, 204],
		[94, 204],
		[100, 216],
		[64, 222]
	],
	'main-glute': [
		[64, 222],
		[100, 216],
		[99, 250],
		[80, 254],
		[64, 246]
	],
	'back-of-thigh': [
		[64, 246],
		[80, 254],
		[99, 250],
		[96, 330],
		[70, 330],
		[64, 290]
	],
	calf: [
		[70, 342],
		[96, 342],
		[94, 400],
		[88, 412],
		[76, 412],
		[68, 380]
	],
	sole: [
		[74, 418],
		[92, 418],
		[94, 446],
		[72, 446]
	],
	// Front view.
	chest: [
		[76, 68],
		[124, 68],
		[128, 120],
		[72, 120]
	],
	'upper-arm': [
		[70, 70],
		[56, 72],
		[46, 88],
		[42, 148],
		[60, 148],
		[68, 100]
	],
	forearm: [
		[42, 150],
		[60, 150],
		[56, 212],
		[38, 212]
	],
	hand: [
		[38, 214],
		[56, 214],
		[55, 236],
		[46, 248],
		[34, 240]
	],
	abdomen: [
		[72, 122],
		[128, 122],
		[126, 180],
		[74, 180]
	],
	'front-outer-hip': [
		[74, 180],
		[86, 180],
		[84, 206],
		[64, 208],
		[66, 192]
	],
	groin: [
		[86, 180],
		[100, 180],
		[100, 200],
		[96, 214],
		[84, 206]
	],
	'outer-thigh': [
		[64, 208],
		[74, 210],
		[72, 300],
		[66, 300],
		[62, 250]
	],
	'front-of-thigh': [
		[74, 210],
		[84, 206],
		[96, 214],
		[96, 300],
		[72, 300]
	],
	knee: [
		[70, 302],
		[96, 302],
		[95, 332],
		[72, 332]
	],
	shin: [
		[72, 334],
		[95, 334],
		[92, 408],
		[76, 408]
	],
	'top-of-foot': [
		[76, 410],
		[92, 410],
		[96, 430],
		[68, 432]
	]
};

const headPath = 'M80 30A20 20 0 1 1 120 30A20 20 0 1 1 80 30Z';

const mirror = (points: readonly Point[]): Point[] =>
	points.map(([x, y]) => [figureWidth - x, y] as const);

const toPath = (points: readonly Point[]) => `M${points.map(([x, y]) => `${x} ${y}`).join('L')}Z`;

function centreOf(points: readonly Point[]): Point {
	const xs = points.map(([x]) => x);
	const ys = points.map(([, y]) => y);
	return [
		(Math.min(...xs) + Math.max(...xs)) / 2,
		(Math.min(...ys) + Math.max(...ys)) / 2
	] as const;
}

/** Whether a side's shape is the drawn one (viewer's left) or its mirror image. */
function drawnOnViewersLeft(view: BodyView, side: Side) {
	return view === 'back' ? side === 'left' : side === 'right';
}

function shapeFor(regionId: string, kind: string, view: BodyView, side: Side): RegionShape | null {
	if (kind === 'head') return { regionId, view, path: headPath, centre: [100, 30] };
	const outline = outlines[kind];
	if (!outline) return null;
	const points = side === 'centre' || drawnOnViewersLeft(view, side) ? outline : mirror(outline);
	return { regionId, view, path: toPath(points), centre: centreOf(points) };
}

/** The shape of every region in the catalogue, keyed by region id. */
export const regionShapes: Readonly<Record<string, RegionShape>> = Object.fromEntries(
	bodyRegions.flatMap((region) => {
		const shape = shapeFor(region.id, region.kind, region.view, region.side);
		return shape ? [[region.id, shape]] : [];
	})
);

/** Parts drawn for context only: the back of the head and arms, the front of the neck, knee hollows. */
export const figureBackground: Readonly<Record<BodyView, readonly string[]>> = {
	back: [
		headPath,
		...(['upper-arm', 'forearm', 'hand'] as const).flatMap((kind) => [
			toPath(outlines[kind]!),
			toPath(mirror(outlines[kind]!))
		]),
		toPath([
			[70, 330],
			[96, 330],
			[96, 342],
			[70, 342]
		]),
		toPath(
			mirror([
				[70, 330],
				[96, 330],
				[96, 342],
				[70, 342]
			])
		)
	],
	front: [
		toPath(outlines.neck!),
		toPath(outlines.shoulder!.map(([x, y]) => [x + 4, y] as const)),
		toPath(mirror(outlines.shoulder!.map(([x, y]) => [x + 4, y] as const)))
	]
};
