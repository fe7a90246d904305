import { describe, expect, it } from 'vitest';
import { bodyRegions, findRegion } from './regions';
import {
	boxOf,
	figureBackground,
	inZoom,
	mirrorPath,
	outlines,
	regionShapes,
	zoomBox,
	type Box,
	type Point
} from './regionShapes';
import { words as bodyMapWords } from '$lib/messages/bodyMap';

const shapeOf = (regionId: string) => regionShapes[regionId]!;
const outlineOf = (regionId: string) => outlines(shapeOf(regionId).path).flat();
const boxOfRegion = (regionId: string) => boxOf(outlineOf(regionId));

/** Ray casting: whether the point is inside the closed outline. */
function inside([x, y]: Point, outline: readonly Point[]): boolean {
	let crossings = 0;
	for (let index = 0, previous = outline.length - 1; index < outline.length; previous = index++) {
		const [x1, y1] = outline[index]!;
		const [x2, y2] = outline[previous]!;
		if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) crossings++;
	}
	return crossings % 2 === 1;
}

/** The shortest distance between two outlines' sampled points. */
function gap(a: readonly Point[], b: readonly Point[]): number {
	let best = Infinity;
	for (const [x1, y1] of a) {
		for (const [x2, y2] of b) best = Math.min(best, Math.hypot(x1 - x2, y1 - y2));
	}
	return best;
}

const within = (box: Box, outer: Box) =>
	box.x >= outer.x &&
	box.y >= outer.y &&
	box.x + box.width <= outer.x + outer.width &&
	box.y + box.height <= outer.y + outer.height;

describe('the body-map drawing', () => {
	it('mirrors a path across the middle line, keeping heights', () => {
		expect(mirrorPath('M10 20L30 40Q50 60 70 80C1 2 3 4 5 6Z')).toBe(
			'M190 20L170 40Q150 60 130 80C199 2 197 4 195 6Z'
		);
		// Both sides of a sided region are mirror images.
		expect(shapeOf('right-deep-glute').path).toBe(mirrorPath(shapeOf('left-deep-glute').path));
		expect(shapeOf('left-front-outer-hip').path).toBe(
			mirrorPath(shapeOf('right-front-outer-hip').path)
		);
	});

	it('zooms from the lowest rib down to both feet, so a path to the foot needs no zooming out', () => {
		for (const regionId of ['left-sole', 'right-sole', 'left-top-of-foot', 'right-top-of-foot']) {
			expect(within(boxOfRegion(regionId), zoomBox), regionId).toBe(true);
		}
		for (const region of bodyRegions.filter((region) => region.detail === 'fine')) {
			expect(inZoom(shapeOf(region.id)), region.id).toBe(true);
		}
		expect(zoomBox.y).toBeLessThanOrEqual(boxOfRegion('left-flank').y);
		expect(inZoom(shapeOf('left-hand'))).toBe(false);
	});

	it('names every region the zoom shows on the region itself, clear of its marker', () => {
		for (const region of bodyRegions) {
			const shape = shapeOf(region.id);
			if (!inZoom(shape)) continue;
			const names = bodyMapWords.bodyMap.mapLabels[region.kind] ?? [];
			expect(shape.labels.length, region.id).toBeGreaterThan(0);
			expect(names.length, region.id).toBe(shape.labels.length);
			const outline = outlineOf(region.id);
			expect(inside(shape.centre, outline), `${region.id} marker`).toBe(true);
			for (const label of shape.labels) {
				expect(inside(label.at, outline), `${region.id} name`).toBe(true);
				const [x, y] = label.at;
				const distance = Math.hypot(x - shape.centre[0], y - shape.centre[1]);
				expect(distance, `${region.id} name and marker`).toBeGreaterThanOrEqual(4);
			}
		}
		expect(bodyMapWords.bodyMap.mapLabels['deep-glute']).toEqual(['Piriformis', 'Hip rotators']);
		// A name is only given to a region the zoom shows, and it is written where the zoom shows
		// it: the mid back above the QL too, not on the spine below it.
		const zoomed = (point: Point) =>
			within({ x: point[0], y: point[1], width: 0, height: 0 }, zoomBox);
		for (const region of bodyRegions) {
			const shape = shapeOf(region.id);
			if (shape.labels.length === 0) continue;
			expect(inZoom(shape), region.id).toBe(true);
			expect(zoomed(shape.centre), `${region.id} marker`).toBe(true);
			for (const label of shape.labels) expect(zoomed(label.at), `${region.id} name`).toBe(true);
		}
	});

	it('keeps the hip and leg regions apart: no region’s outline enters another’s', () => {
		const fine = bodyRegions.filter((region) => region.detail === 'fine');
		for (const a of fine) {
			for (const b of fine) {
				if (a.id === b.id || a.view !== b.view) continue;
				const other = outlineOf(b.id);
				const entering = outlineOf(a.id).filter((point) => inside(point, other));
				expect(entering, `${a.id} inside ${b.id}`).toEqual([]);
			}
		}
	});

	it('draws the piriformis from the side of the sacrum to the top of the thigh, the hip rotators under it', () => {
		const piriformis = outlineOf('left-deep-glute');
		expect(gap(piriformis, outlineOf('sacrum'))).toBeLessThan(1.5);
		// The top of the thigh bone (greater trochanter) is where the hip is widest.
		const hip = outlines(figureBackground.back.outlines[0]!)
			.flat()
			.filter(([, y]) => y > 190 && y < 250);
		const trochanter = hip.reduce((widest, point) => (point[0] < widest[0] ? point : widest));
		const outermost = piriformis.reduce((outer, point) => (point[0] < outer[0] ? point : outer));
		expect(Math.abs(outermost[0] - trochanter[0])).toBeLessThan(2);
		expect(Math.abs(outermost[1] - trochanter[1])).toBeLessThan(6);
		// Gluteus medius above it, gluteus maximus below, the rotators' name under piriformis'.
		const [piriformisName, rotatorsName] = shapeOf('left-deep-glute').labels;
		expect(rotatorsName!.at[1]).toBeGreaterThan(piriformisName!.at[1]);
		expect(shapeOf('left-upper-glute').centre[1]).toBeLessThan(piriformisName!.at[1]);
		expect(shapeOf('left-main-glute').centre[1]).toBeGreaterThan(rotatorsName!.at[1]);
		// Seen from behind, the person's left buttock is on the viewer's left.
		expect(outermost[0]).toBeLessThan(100);
	});

	it('draws the QL between the lowest rib and the pelvis, beside the multifidus', () => {
		const ql = boxOfRegion('left-flank');
		const ribs = boxOfRegion('mid-back');
		const crest = boxOfRegion('left-upper-glute');
		expect(ql.y - (ribs.y + ribs.height)).toBeLessThan(0.5);
		expect(ql.y).toBeGreaterThan(ribs.y + ribs.height - 6);
		expect(crest.y - (ql.y + ql.height)).toBeLessThan(2);
		expect(gap(outlineOf('left-flank'), outlineOf('left-lumbar-paraspinals'))).toBeLessThan(1.5);
		expect(gap(outlineOf('left-lumbar-paraspinals'), outlineOf('lower-spine'))).toBeLessThan(1.5);
		expect(findRegion('left-flank')?.structures).toContain('quadratus lumborum');
		expect(findRegion('left-lumbar-paraspinals')?.structures).toContain('multifidus');
	});

	it('draws the TFL at the front-outer hip, outside the hip flexor and above the outer thigh', () => {
		const tfl = boxOfRegion('right-front-outer-hip');
		const groin = boxOfRegion('right-groin');
		const outerThigh = boxOfRegion('right-outer-thigh');
		expect(shapeOf('right-front-outer-hip').view).toBe('front');
		// Drawn on the viewer's left in the front view: outer means further from the middle.
		expect(tfl.x).toBeLessThan(groin.x);
		expect(tfl.y + tfl.height).toBeLessThan(outerThigh.y + 4);
		// Its top is at the front of the hip bone, where the groin crease leaves the belly's side.
		const hipBone = outlineOf('abdomen')
			.filter(([x]) => x < 80)
			.reduce((lowest, point) => (point[1] > lowest[1] ? point : lowest));
		const top = outlineOf('right-front-outer-hip').reduce((highest, point) =>
			point[1] < highest[1] ? point : highest
		);
		expect(Math.hypot(top[0] - hipBone[0], top[1] - hipBone[1])).toBeLessThan(3);
	});
});
