import { describe, expect, it } from 'vitest';
import { pictureHeight, pictureWidth, routinePicture, type Point } from './routinePictures';
import { builtInRoutines } from './routines';
import { miniMapDescription, targetRegionShapes, targetRegions } from './targetMiniMap';

describe('routine pictures', () => {
	// The catalogue, not the pictures' own keys, says which routines need a picture.
	it('gives every routine of the catalogue a picture with a text alternative and a target region', () => {
		expect(builtInRoutines).toHaveLength(10);
		for (const { id } of builtInRoutines) {
			const picture = routinePicture(id);
			expect(picture, `${id} has no picture`).toBeDefined();
			expect(picture!.alt.trim().length, id).toBeGreaterThan(40);
			expect(picture!.alt, id).toMatch(/highlighted/);
			expect(picture!.regions.length, id).toBeGreaterThan(0);
		}
	});

	it('draws a ball for every release and none for a stretch', () => {
		for (const { id, kind } of builtInRoutines) {
			const ball = routinePicture(id)!.ball;
			if (kind === 'release') expect(ball, id).not.toBeNull();
			else expect(ball, id).toBeNull();
		}
	});

	it('keeps every point of every drawing on the canvas', () => {
		const inside = ([x, y]: Point) => x >= 0 && x <= pictureWidth && y >= 0 && y <= pictureHeight;
		for (const { id: routineId } of builtInRoutines) {
			const { figure, target, ball, motion } = routinePicture(routineId)!;
			const points = [
				figure.head,
				figure.neck,
				figure.pelvis,
				...figure.nearArm,
				...figure.farArm,
				...figure.nearLeg,
				...figure.farLeg,
				target.center,
				...(ball ? [ball.center] : []),
				...(motion ?? [])
			];
			for (const point of points) expect(inside(point), `${routineId} ${point}`).toBe(true);
		}
	});

	it('has no picture for a routine it does not know, such as one the user made', () => {
		expect(routinePicture('my-own-routine')).toBeUndefined();
		expect(routinePicture('toString')).toBeUndefined();
	});
});

describe('target mini map', () => {
	it('places every region kind on the left half of the silhouette', () => {
		for (const region of targetRegions) {
			const { blob } = targetRegionShapes[region];
			expect(blob.cx + blob.rx, region).toBeLessThanOrEqual(30);
			expect(blob.cx - blob.rx, region).toBeGreaterThan(0);
		}
	});

	it('describes the highlighted regions by view', () => {
		expect(miniMapDescription(['front-outer-hip'])).toBe(
			'Body map, front view: the outer front of the hip, highlighted on both sides.'
		);
		expect(miniMapDescription(['main-glute', 'upper-glute', 'groin'])).toBe(
			'Body map, front view: the groin; back view: the buttock and the upper outer buttock, highlighted on both sides.'
		);
		expect(miniMapDescription([])).toBe('Body map with nothing highlighted.');
	});
});
