import { describe, expect, it } from 'vitest';
import { placesWithoutRepeatedSides, whereItHurt } from './whereItHurt';
import type { Sensation } from './records';

const mark = (
	regionId: string,
	sensations: Sensation[] = [],
	path: [string, number] | null = null
) => ({ regionId, sensations, pathId: path?.[0] ?? null, pathIndex: path?.[1] ?? null });

describe('where it hurt', () => {
	it('says nothing for an entry without marks', () => {
		expect(whereItHurt([])).toBeNull();
	});

	it('lists paths in their order, other regions head to foot, and the sensations once', () => {
		const where = whereItHurt([
			mark('left-calf', ['numbness', 'radiating'], ['p', 2]),
			mark('right-front-outer-hip', ['ache']),
			mark('left-deep-glute', ['ache', 'radiating'], ['p', 0]),
			mark('left-back-of-thigh', ['tingling', 'radiating'], ['p', 1]),
			mark('neck', ['tight'])
		])!;
		expect(where.paths.map((path) => path.map((place) => place.regionId))).toEqual([
			['left-deep-glute', 'left-back-of-thigh', 'left-calf']
		]);
		expect(where.regions.map((place) => place.regionId)).toEqual(['neck', 'right-front-outer-hip']);
		expect(where.sensations).toEqual(['ache', 'tight', 'numbness', 'tingling']);
	});

	it('keeps "radiating" when no path was drawn', () => {
		expect(whereItHurt([mark('left-calf', ['radiating'])])!.sensations).toEqual(['radiating']);
	});

	it('drops a side already said by the place before', () => {
		const where = whereItHurt([
			mark('left-deep-glute', [], ['p', 0]),
			mark('left-back-of-thigh', [], ['p', 1]),
			mark('right-calf', [], ['p', 2]),
			mark('sacrum', [], ['p', 3])
		])!;
		expect(placesWithoutRepeatedSides(where.paths[0]!)).toEqual([
			'Left deep glute',
			'back of thigh',
			'Right calf',
			'Sacrum'
		]);
	});
});
