import { describe, expect, it } from 'vitest';
import {
	extendPath,
	newMark,
	pathsOf,
	removeMark,
	sensationWord,
	toggleMark,
	validateMarks,
	type MarkInput
} from './marks';

const mark = (overrides: Partial<MarkInput> & { regionId: string }): MarkInput => ({
	...newMark(overrides.regionId, 6),
	...overrides
});

describe('validateMarks', () => {
	it('accepts good marks and puts sensations in the catalogue order', () => {
		const checked = validateMarks([
			mark({ regionId: 'left-deep-glute', sensations: ['tingling', 'ache'] }),
			mark({ regionId: 'sacrum', intensity: 0 })
		]);
		expect(checked).toEqual({
			ok: true,
			value: [
				{
					regionId: 'left-deep-glute',
					side: 'left',
					intensity: 6,
					sensations: ['ache', 'tingling'],
					pathId: null,
					pathIndex: null
				},
				{
					regionId: 'sacrum',
					side: 'centre',
					intensity: 0,
					sensations: [],
					pathId: null,
					pathIndex: null
				}
			]
		});
	});

	it('refuses an unknown region, a wrong side, a bad intensity and an unknown sensation, by name', () => {
		const unknownRegion = validateMarks([mark({ regionId: 'left-elbow' })]);
		expect(unknownRegion.ok).toBe(false);
		if (!unknownRegion.ok) expect(unknownRegion.errors.marks).toMatch(/"left-elbow" is unknown/);

		const wrongSide = validateMarks([mark({ regionId: 'left-deep-glute', side: 'right' })]);
		if (wrongSide.ok) throw new Error('a wrong side was accepted');
		expect(wrongSide.errors.marks).toMatch(
			/Left deep glute \(piriformis\).*on the left, not "right"/
		);

		const centre = validateMarks([mark({ regionId: 'sacrum', side: 'left' })]);
		if (centre.ok) throw new Error('a side on a centre region was accepted');
		expect(centre.errors.marks).toMatch(/in the centre/);

		for (const intensity of [-1, 11, 2.5, Number.NaN]) {
			const checked = validateMarks([mark({ regionId: 'left-calf', intensity })]);
			if (checked.ok) throw new Error(`intensity ${intensity} was accepted`);
			expect(checked.errors.marks).toMatch(
				/Left calf: the intensity must be a whole number from 0 to 10/
			);
		}

		const sensation = validateMarks([
			{ ...mark({ regionId: 'left-calf' }), sensations: ['ache', 'itchy'] }
		]);
		if (sensation.ok) throw new Error('an unknown sensation was accepted');
		expect(sensation.errors.marks).toMatch(/unknown sensation "itchy"/);
		expect(sensation.errors.marks).toMatch(/tight or spasm/);

		expect(validateMarks([null]).ok).toBe(false);
	});

	it('refuses a region marked twice and paths with gaps, and accepts an ordered path', () => {
		const twice = validateMarks([mark({ regionId: 'left-calf' }), mark({ regionId: 'left-calf' })]);
		if (twice.ok) throw new Error('a repeat was accepted');
		expect(twice.errors.marks).toMatch(/Left calf is marked twice/);

		const gap = validateMarks([
			mark({ regionId: 'left-deep-glute', pathId: 'p', pathIndex: 0 }),
			mark({ regionId: 'left-calf', pathId: 'p', pathIndex: 2 })
		]);
		expect(gap.ok).toBe(false);

		const half = validateMarks([mark({ regionId: 'left-calf', pathId: 'p' })]);
		expect(half.ok).toBe(false);

		const path = [
			mark({ regionId: 'left-sole', pathId: 'p', pathIndex: 3 }),
			mark({ regionId: 'left-deep-glute', pathId: 'p', pathIndex: 0 }),
			mark({ regionId: 'left-calf', pathId: 'p', pathIndex: 2 }),
			mark({ regionId: 'left-back-of-thigh', pathId: 'p', pathIndex: 1 })
		];
		expect(validateMarks(path).ok).toBe(true);
		expect(
			pathsOf(path)
				.get('p')
				?.map((step) => step.regionId)
		).toEqual(['left-deep-glute', 'left-back-of-thigh', 'left-calf', 'left-sole']);
	});

	it('names sensations in plain words', () => {
		expect(sensationWord('tight')).toBe('tight or spasm');
		expect(sensationWord('tingling')).toBe('tingling');
	});
});

describe('editing marks', () => {
	it('toggles a region on and off at the given intensity', () => {
		const once = toggleMark([], 'left-deep-glute', 7);
		expect(once).toEqual([newMark('left-deep-glute', 7)]);
		expect(once[0]?.intensity).toBe(7);
		expect(toggleMark(once, 'left-deep-glute', 7)).toEqual([]);
	});

	it('draws a path in order, marks its steps radiating, and closes gaps when a step is removed', () => {
		let marks = toggleMark([], 'left-deep-glute', 6);
		marks = [{ ...marks[0]!, sensations: ['tingling'] }];
		for (const regionId of ['left-deep-glute', 'left-back-of-thigh', 'left-calf', 'left-sole']) {
			marks = extendPath(marks, 'p', regionId, 6);
		}
		expect(validateMarks(marks).ok).toBe(true);
		expect(
			pathsOf(marks)
				.get('p')
				?.map((mark) => mark.regionId)
		).toEqual(['left-deep-glute', 'left-back-of-thigh', 'left-calf', 'left-sole']);
		expect(marks[0]?.sensations).toEqual(['tingling', 'radiating']);
		marks = removeMark(marks, 'left-back-of-thigh');
		expect(validateMarks(marks).ok).toBe(true);
		expect(
			pathsOf(marks)
				.get('p')
				?.map((mark) => [mark.regionId, mark.pathIndex])
		).toEqual([
			['left-deep-glute', 0],
			['left-calf', 1],
			['left-sole', 2]
		]);
		marks = extendPath(marks, 'p', 'left-sole', 6);
		expect(pathsOf(marks).get('p')).toHaveLength(2);
	});
});
