// The body-map drawing as data: one SVG path a region, on a 200 × 460 figure for each view, drawn
// as the muscles lie (piriformis from the sacrum to the top of the thigh, QL between the lowest
// rib and the pelvis, TFL at the front-outer hip). Shapes are drawn once for the half on the
// viewer's left and mirrored for the other side. The person's own left is on the viewer's left in
// the back view and on the viewer's right in the front.

import type { Side } from '$lib/domain/records';
import { bodyRegions, type BodyView } from './regions';

export type Point = readonly [number, number];

export interface RegionLabel {
	/** Middle of the name on the drawing. */
	at: Point;
	/** Written up the shape, for tall narrow muscles. */
	vertical: boolean;
}

export interface RegionShape {
	regionId: string;
	view: BodyView;
	path: string;
	/** Inside the shape, clear of its name: for path markers, the intensity and the arrow keys. */
	centre: Point;
	/** Where its names go in the zoom (one a name: the deep glute names piriformis and the rotators). */
	labels: readonly RegionLabel[];
	/** Lines inside the shape that show the muscle's fibres or the bones under it. */
	detail: string;
}

export const figureWidth = 200;
export const figureHeight = 460;
export const figureViewBox = `0 0 ${figureWidth} ${figureHeight}`;

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * The hip and low back, enlarged so small regions are big enough to tap, and on down both legs
 * to the feet, so a radiating path can be drawn without zooming out.
 */
export const zoomBox: Box = { x: 60, y: 131, width: 80, height: 319 };
export const zoomViewBox = `${zoomBox.x} ${zoomBox.y} ${zoomBox.width} ${zoomBox.height}`;

interface KindDrawing {
	/** Absolute M, L, Q and C commands only, so the path can be mirrored. */
	path: string;
	labels?: readonly { at: Point; vertical?: boolean }[];
	/** Where its path marker and intensity go, clear of its name (else the middle of its box). */
	mark?: Point;
	detail?: string;
}

/** Each kind as drawn on the viewer's left half (x below 100), or centred. */
const drawings: Readonly<Record<string, KindDrawing>> = {
	// Back view.
	neck: { path: 'M90 48L110 48L111 64Q100 67 89 64Z' },
	shoulder: { path: 'M87 64Q74 66 62 70Q48 76 46 92L46 97L71 97L73 76Q80 68 87 64Z' },
	'upper-back': {
		path: 'M88.5 65.5Q100 68.5 111.5 65.5Q120 68 126.5 76L128.5 97L129 112L71 112L71.5 97L73.5 76Q80 68 88.5 65.5Z'
	},
	'mid-back': {
		path: 'M71 113L129 113C130 126 130 140 129.4 154.2L119 148.6L106 145.4L94 145.4L81 148.6L70.6 154.2C70 140 70 126 71 113Z',
		// Low in its shape, with its marker, so both show in the zoom above the QL and multifidus.
		labels: [{ at: [100, 141] }],
		mark: [100, 135.6]
	},
	flank: {
		// Quadratus lumborum: from the lowest rib down to the back of the iliac crest.
		path: 'M70.9 156L81.2 150L81.2 186.2L69.6 181.6C68.4 172 68.6 163 70.9 156Z',
		labels: [{ at: [75.4, 162] }],
		detail: 'M72.5 160L79.5 176M71.5 168L79.5 183M75.5 156L80 166',
		mark: [75.4, 173]
	},
	'lumbar-paraspinals': {
		// Multifidus and the erector spinae, in the groove beside the spine.
		path: 'M82 149.4L93.6 146.4L93.6 186.6Q88 188.6 82 186.6Z',
		labels: [{ at: [87.8, 158.6], vertical: true }],
		detail: 'M84 151L92 157M84 176L92 182',
		mark: [87.8, 176]
	},
	'lower-spine': {
		path: 'M94.3 146.4L105.7 146.4L105.7 186.2Q100 187.6 94.3 186.2Z',
		labels: [{ at: [100, 158], vertical: true }],
		mark: [100, 172]
	},
	sacrum: {
		path: 'M90.8 189L109.2 189Q110 205 104 219Q100 227 96 219Q90 205 90.8 189Z',
		labels: [{ at: [100, 196] }],
		detail: 'M95 204L96.4 204M103.6 204L105 204M96 210L97.2 210M102.8 210L104 210',
		mark: [100, 205.6]
	},
	sacroiliac: {
		path: 'M84.2 189Q90.3 189.2 90.2 197.3Q90 205.5 84.2 205.5Q78.4 205.5 78.4 197.3Q78.4 189 84.2 189Z',
		labels: [{ at: [84.3, 194] }],
		mark: [84.3, 200.6]
	},
	'upper-glute': {
		// Gluteus medius: a fan under the iliac crest, on the upper outer buttock.
		path: 'M66.6 189.4Q71 182.4 77.6 189.2L77.6 199.8L64.2 209.4Q63.4 197.4 66.6 189.4Z',
		labels: [{ at: [70.6, 194.4] }],
		detail: 'M73 188L67 204M76 191L72 203',
		mark: [71, 202]
	},
	'deep-glute': {
		// Piriformis from the side of the sacrum to the top of the thigh bone, and below it the
		// small hip rotators (gemelli, obturator internus, quadratus femoris), all under the glutes.
		path: 'M91.9 206.6L84.2 206.8Q79.6 206.8 78 201.6L65.2 211.2Q63 213.4 63.6 216.4Q64.2 219.8 66.4 221.6L93.4 231.6Q95.8 227 95.2 221.6Q92.6 214 91.9 206.6Z',
		labels: [{ at: [80.6, 210.6] }, { at: [85.4, 223.2] }],
		detail: 'M94.2 218.8Q80 217.2 64.2 215.4M91 213L69 213.4M93 227.4L71 221',
		mark: [79.6, 216.8]
	},
	'main-glute': {
		// Gluteus maximus, the lower buttock down to the gluteal fold.
		path: 'M66.8 223.4L93.4 233.6Q96.6 231.8 97.6 228Q99.8 238 99.4 252.4Q90 259 78 257Q68.6 255 65.4 248.6Q63.2 236 66.8 223.4Z',
		labels: [{ at: [82, 240.4] }],
		detail: 'M95 238L70 230M96 251L68 243',
		mark: [82, 249]
	},
	'back-of-thigh': {
		path: 'M65.2 252.6Q70 258.6 78 259.6Q90 261 99.6 255.6L99.4 262C99 285 98.4 310 97.6 328.6L69.8 328.6C67.4 305 65 280 65.2 252.6Z',
		labels: [{ at: [82.2, 280] }],
		detail: 'M83 263L83.6 325',
		mark: [82.2, 292]
	},
	calf: {
		path: 'M70.6 342L96.8 342C98.6 358 97.4 380 92.6 398L90.8 410L78.6 410L76 398C68 378 67.4 358 70.6 342Z',
		labels: [{ at: [83.4, 362] }],
		detail: 'M83.6 344L83.6 388',
		mark: [83.4, 374]
	},
	sole: {
		path: 'M77.4 414.4L90.8 414.4Q94 428 92.6 442Q85 449 76.8 443Q74 428 77.4 414.4Z',
		labels: [{ at: [84.4, 423] }],
		mark: [84.4, 434]
	},
	// Front view.
	head: {
		path: 'M80 30C80 19 89 10 100 10C111 10 120 19 120 30C120 41 111 50 100 50C89 50 80 41 80 30Z'
	},
	chest: { path: 'M74 66Q100 70 126 66L129 98Q130 110 129 121L71 121Q70 110 71 98Z' },
	'upper-arm': { path: 'M68 72Q52 70 46 88L42 148L60 148L68 100Z' },
	forearm: { path: 'M42.4 150.5L59.6 150.5Q59 182 55.6 211.5L38.4 211.5Q39 182 42.4 150.5Z' },
	hand: {
		path: 'M38.4 213.5L55.6 213.5Q57 226 54 238Q50 248 44 247Q36 244 34.5 236Q35 224 38.4 213.5Z'
	},
	abdomen: {
		path: 'M71 122.5L129 122.5Q130 135 130.4 150C131.4 162 132 172 131.2 179L127.2 183L100.4 203.2L99.6 203.2L72.8 183L68.8 179C68 172 68.6 162 69.6 150Q70 135 71 122.5Z',
		labels: [{ at: [100, 156] }],
		detail: 'M100 125L100 196M86 146L114 146M86 166L114 166',
		mark: [100, 170]
	},
	'front-outer-hip': {
		// Tensor fasciae latae: from the front of the hip bone down into the iliotibial band.
		path: 'M71.6 185.2Q77 186 78.6 192L76 215.4Q71.4 220.2 66.2 218.2Q63.6 210 63.8 202Q65.6 190 71.6 185.2Z',
		labels: [{ at: [71.2, 197] }],
		detail: 'M74 189L69 214M77 195L73.4 214',
		mark: [71, 207.4]
	},
	groin: {
		// Iliopsoas under the groin crease, and the top of the adductors.
		path: 'M79.6 190.6L98.6 204.5Q99.6 205.6 99.6 208.5L99.6 214.8Q97.2 221 92.2 221.4L77.2 216.6Z',
		labels: [{ at: [89.4, 206.6] }],
		mark: [88.6, 214.6]
	},
	'outer-thigh': {
		path: 'M64 221Q70 222.2 75.4 218.4L77 219Q77.4 260 77.4 300L69.8 300.6Q64.6 262 64 221Z',
		labels: [{ at: [71.2, 246], vertical: true }],
		mark: [71.6, 266]
	},
	'front-of-thigh': {
		path: 'M78.6 219.6L92 224Q97.4 223.8 99.4 220L99.2 260Q98.8 280 97.8 300L79 300.4Q79 260 78.6 219.6Z',
		labels: [{ at: [88.8, 250] }],
		detail: 'M88.6 228L88.6 250M88.6 274L88.6 296',
		mark: [88.8, 264]
	},
	knee: {
		path: 'M70.4 302.4L97.6 302.4Q98.4 318 96.8 332.6L71.6 332.6Q69 318 70.4 302.4Z',
		labels: [{ at: [84, 312] }],
		mark: [84, 323.6]
	},
	shin: {
		path: 'M71.6 334.6L96.8 334.6C97.2 360 95 388 91.8 408.2L78.4 408.2C75 388 70.6 360 71.6 334.6Z',
		labels: [{ at: [84, 360] }],
		detail: 'M86.6 338L87.6 356M87.6 378L88 404',
		mark: [84, 372]
	},
	'top-of-foot': {
		path: 'M78 410.6L91.4 410.6Q94.4 422 98 433Q100 446 90 447.6L78 447.6Q68.4 446 70.2 433Q74.8 422 78 410.6Z',
		labels: [{ at: [84, 421] }],
		mark: [84, 433]
	}
};

/** One half of the body's outline, from the top of the neck down the outer side to the crotch. */
const bodyHalf =
	'M100 46L90 48L89 62C78 64 66 66 58 70C50 74 46 82 46 92L70 100C70 120 71 140 70.4 150C69 158 68 166 68 172C67 184 62 198 62 212C62 236 64 270 67 300L69.4 330C66 350 67 380 75 406L74.4 440Q76 448.4 84 448.4Q93.4 447.4 93.4 440L91.4 408C96 385 98.4 360 97.6 340L98 330C99.4 300 100 270 100 258';
/** The arm's outline, on the viewer's left. */
const arm =
	'M68 72Q52 70 46 88L42 148L38 212L34.5 236Q36 244 44 247Q50 248 54 238Q57 226 55.6 211.5L60 150L68 100Z';
const kneeHollow = 'M70 329.6L97.4 329.6L96.8 342L70.6 342Z';

// Mirroring works on absolute commands whose numbers all come in x, y pairs (M, L, Q, C).
const commandPattern = /([MLQCZ])([^MLQCZ]*)/g;

function numbersOf(args: string): number[] {
	return args
		.trim()
		.split(/[\s,]+/)
		.filter((token) => token.length > 0)
		.map(Number);
}

/** The path reflected across the figure's middle line. */
export function mirrorPath(path: string): string {
	return path.replace(commandPattern, (_match, command: string, args: string) => {
		const numbers = numbersOf(args).map((value, index) =>
			index % 2 === 0 ? round(figureWidth - value) : value
		);
		return `${command}${numbers.join(' ')}`;
	});
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Points along a path's outline, its curves sampled, as one list a subpath (a subpath is a
 * closed shape for regions, or a stroke of detail).
 */
export function outlines(path: string, samples = 8): Point[][] {
	const shapes: Point[][] = [];
	let current: Point[] = [];
	for (const [, command, args] of path.matchAll(commandPattern)) {
		const numbers = numbersOf(args ?? '');
		if (command === 'M') {
			if (current.length > 0) shapes.push(current);
			current = [[numbers[0]!, numbers[1]!]];
			continue;
		}
		if (command === 'Z') continue;
		const pairs = command === 'C' ? 3 : command === 'Q' ? 2 : 1;
		for (let index = 0; index + 1 < numbers.length; index += pairs * 2) {
			const start = current[current.length - 1]!;
			const controls: Point[] = [];
			for (let pair = 0; pair < pairs; pair++) {
				controls.push([numbers[index + pair * 2]!, numbers[index + pair * 2 + 1]!]);
			}
			if (pairs === 1) {
				current.push(controls[0]!);
				continue;
			}
			for (let step = 1; step <= samples; step++) {
				current.push(bezier([start, ...controls], step / samples));
			}
		}
	}
	if (current.length > 0) shapes.push(current);
	return shapes;
}

/** A point on a Bézier curve by de Casteljau's construction. */
function bezier(points: readonly Point[], t: number): Point {
	let level = points;
	while (level.length > 1) {
		level = level.slice(1).map(([x, y], index) => {
			const [px, py] = level[index]!;
			return [px + (x - px) * t, py + (y - py) * t] as const;
		});
	}
	return level[0]!;
}

export function boxOf(points: readonly Point[]): Box {
	const xs = points.map(([x]) => x);
	const ys = points.map(([, y]) => y);
	const x = Math.min(...xs);
	const y = Math.min(...ys);
	return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

function centreOf(points: readonly Point[]): Point {
	const box = boxOf(points);
	return [round(box.x + box.width / 2), round(box.y + box.height / 2)] as const;
}

/** Whether a side's shape is the drawn one (viewer's left) or its mirror image. */
function drawnOnViewersLeft(view: BodyView, side: Side) {
	return view === 'back' ? side === 'left' : side === 'right';
}

function shapeFor(regionId: string, kind: string, view: BodyView, side: Side): RegionShape | null {
	const drawing = drawings[kind];
	if (!drawing) return null;
	const mirrored = side !== 'centre' && !drawnOnViewersLeft(view, side);
	const place = ([x, y]: Point): Point => (mirrored ? [round(figureWidth - x), y] : [x, y]);
	const path = mirrored ? mirrorPath(drawing.path) : drawing.path;
	const detail = drawing.detail ?? '';
	return {
		regionId,
		view,
		path,
		centre: drawing.mark ? place(drawing.mark) : centreOf(outlines(path).flat()),
		labels: (drawing.labels ?? []).map((label) => ({
			at: place(label.at),
			vertical: label.vertical ?? false
		})),
		detail: mirrored ? mirrorPath(detail) : detail
	};
}

/** The shape of every region in the catalogue, keyed by region id. */
export const regionShapes: Readonly<Record<string, RegionShape>> = Object.fromEntries(
	bodyRegions.flatMap((region) => {
		const shape = shapeFor(region.id, region.kind, region.view, region.side);
		return shape ? [[region.id, shape]] : [];
	})
);

/** Whether the region shows in the zoom (at least half of its shape's box is inside it). */
export function inZoom(shape: RegionShape): boolean {
	const box = boxOf(outlines(shape.path).flat());
	const width = Math.min(box.x + box.width, zoomBox.x + zoomBox.width) - Math.max(box.x, zoomBox.x);
	const height =
		Math.min(box.y + box.height, zoomBox.y + zoomBox.height) - Math.max(box.y, zoomBox.y);
	return width > 0 && height > 0 && width * height >= (box.width * box.height) / 2;
}

export interface FigureBackground {
	/** Filled, unoutlined: the body seen between the regions. */
	fills: readonly string[];
	/** Drawn like a region but not one on this view: the back of the head and arms, the neck. */
	parts: readonly string[];
	/** Outlined, unfilled: the body's contour. */
	outlines: readonly string[];
}

const headPath = drawings.head!.path;
const body = (half: string) => `${half}Z`;

/** The body's silhouette behind the regions, and the parts drawn for context only. */
export const figureBackground: Readonly<Record<BodyView, FigureBackground>> = {
	back: {
		fills: [body(bodyHalf), body(mirrorPath(bodyHalf)), kneeHollow, mirrorPath(kneeHollow)],
		parts: [headPath, arm, mirrorPath(arm)],
		outlines: [bodyHalf, mirrorPath(bodyHalf)]
	},
	front: {
		fills: [body(bodyHalf), body(mirrorPath(bodyHalf))],
		parts: [drawings.neck!.path],
		outlines: [bodyHalf, mirrorPath(bodyHalf)]
	}
};
