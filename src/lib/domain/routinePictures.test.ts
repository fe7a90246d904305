import { describe, expect, it } from 'vitest';
import {
	builtInRoutineIds,
	pictureHeight,
	pictureWidth,
	routinePicture,
	type Point
} from './routinePictures';
import { miniMapDescription, targetRegionShapes, targetRegions } from './targetMiniMap';

describe('routine pictures', () => {
	it('gives every built-in routine a picture with a text alternative and a target region', () => {
		expect(builtInRoutineIds).toHaveLength(10);
		for (const routineId of builtInRoutineIds) {
			const picture = routinePicture(routineId);
			expect(picture, routineId).toBeDefined();
			expect(picture!.alt.trim().length, routineId).toBeGreaterThan(40);
			expect(picture!.alt, routineId).toMatch(/highlighted/);
			expect(picture!.regions.length, routineId).toBeGreaterThan(0);
		}
	});

	it('draws a ball for every release and none for a stretch', () => {
		for (const routineId of builtInRoutineIds) {
			const ball = routinePicture(routineId)!.ball;
			if (routineId.startsWith('release-')) expect(ball, routineId).not.toBeNull();
			else expect(ball, routineId).toBeNull();
		}
	});

	it('keeps every point of every drawing on the canvas', () => {
		const inside = ([x, y]: Point) => x >= 0 && x <= pictureWidth && y >= 0 && y <= pictureHeight;
		for (const routineId of builtInRoutineIds) {
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
