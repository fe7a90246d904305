import { describe, expect, it } from 'vitest';
import { bodyRegions, findRegion, routineTargets } from './regions';
import { figureBackground, regionShapes } from './regionShapes';
import { builtInRoutineIds } from './routines';

describe('the region catalogue', () => {
	it('has unique ids, each with a side, view and accessible name', () => {
		const ids = bodyRegions.map((region) => region.id);
		expect(new Set(ids).size).toBe(ids.length);
		const names = bodyRegions.map((region) => region.name);
		expect(new Set(names).size).toBe(names.length);
		for (const region of bodyRegions) {
			expect(region.name.length).toBeGreaterThan(0);
			if (region.side === 'centre') expect(region.id).toBe(region.kind);
			else {
				expect(region.id).toBe(`${region.side}-${region.kind}`);
				expect(region.name.startsWith(region.side === 'left' ? 'Left ' : 'Right ')).toBe(true);
			}
		}
	});

	it('holds the fine hip and low-back regions on both sides, with their muscles', () => {
		const fine = [
			'lumbar-paraspinals',
			'flank',
			'sacroiliac',
			'upper-glute',
			'main-glute',
			'deep-glute',
			'front-outer-hip',
			'outer-thigh',
			'groin',
			'back-of-thigh',
			'calf',
			'sole',
			'top-of-foot',
			'front-of-thigh',
			'knee',
			'shin'
		];
		for (const kind of fine) {
			expect(findRegion(`left-${kind}`)?.detail).toBe('fine');
			expect(findRegion(`right-${kind}`)?.detail).toBe('fine');
		}
		for (const id of ['lower-spine', 'sacrum', 'abdomen']) {
			expect(findRegion(id)?.side).toBe('centre');
		}
		for (const id of [
			'head',
			'neck',
			'upper-back',
			'mid-back',
			'chest',
			'left-shoulder',
			'right-hand'
		]) {
			expect(findRegion(id)?.detail).toBe('coarse');
		}
		expect(findRegion('left-deep-glute')?.name).toBe('Left deep glute (piriformis)');
		expect(findRegion('right-front-outer-hip')?.name).toBe('Right front-outer hip (TFL)');
		expect(findRegion('left-flank')?.structures).toContain('quadratus lumborum');
		expect(findRegion('left-deep-glute')?.view).toBe('back');
		expect(findRegion('left-groin')?.view).toBe('front');
		expect(bodyRegions).toHaveLength(16 * 2 + 3 + 5 + 4 * 2);
	});

	it('links routines both ways: every link resolves to regions, and regions list their routines', () => {
		expect(Object.keys(routineTargets).sort()).toEqual([...builtInRoutineIds].sort());
		for (const routineId of builtInRoutineIds) {
			const targeted = bodyRegions.filter((region) => region.routineIds.includes(routineId));
			expect(targeted.length, routineId).toBe(routineTargets[routineId].length * 2);
		}
		expect(findRegion('left-deep-glute')?.routineIds).toEqual([
			'release-piriformis',
			'stretch-piriformis',
			'release-hip-rotators',
			'stretch-hip-rotators'
		]);
		for (const region of bodyRegions) {
			for (const routineId of region.routineIds) {
				expect(routineTargets[routineId]).toContain(region.kind);
			}
		}
	});

	it('draws every region on its own view, the person’s left on the correct side of each view', () => {
		for (const region of bodyRegions) {
			const shape = regionShapes[region.id];
			expect(shape, region.id).toBeDefined();
			expect(shape!.view).toBe(region.view);
			expect(shape!.path).toMatch(/^M[\d. ]+/);
			if (region.side === 'centre') continue;
			// Back view: the person's left is on the viewer's left; front view: on the viewer's right.
			const onViewersLeft = shape!.centre[0] < 100;
			const personsLeft = region.side === 'left';
			expect(onViewersLeft, region.id).toBe(region.view === 'back' ? personsLeft : !personsLeft);
		}
		expect(figureBackground.back.fills.length).toBeGreaterThan(0);
		expect(figureBackground.front.fills.length).toBeGreaterThan(0);
	});
});
