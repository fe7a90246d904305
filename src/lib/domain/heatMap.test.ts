import { describe, expect, it } from 'vitest';
import {
	aggregateMarks,
	intensityLevel,
	rangeDays,
	regionHistory,
	topRegions,
	weeklySpread,
	type HeatMark
} from './heatMap';
import { bodyRegions } from './regions';
import { bodyMarkFactory } from '../../test-data/factories/bodyMark';
import { localMoment } from '../../test-data/time';

// Marks of one entry share its id and moment.
const entryA = { entryId: 'a', at: localMoment(23, 9) };
const entryB = { entryId: 'b', at: localMoment(24, 9) };
const entryC = { entryId: 'c', at: localMoment(25, 9) };

// Three entries over three days:
// left-deep-glute: 6, 8, 4 → count 3, mean 6, score 18 (the hottest)
// left-calf: 2, 4 → count 2, mean 3, score 6 → level ceil(4·6/18) = ceil(1.33) = 2
// sacrum: 0 → count 1, mean 0, score 0 → level 1 (marked, however lightly)
// right-flank: 9 → count 1, mean 9, score 9 → level ceil(4·9/18) = 2
const marks: HeatMark[] = [
	bodyMarkFactory.build({ ...entryA, regionId: 'left-deep-glute', intensity: 6 }),
	bodyMarkFactory.build({ ...entryA, regionId: 'left-calf', intensity: 2 }),
	bodyMarkFactory.build({ ...entryB, regionId: 'left-deep-glute', intensity: 8 }),
	bodyMarkFactory.build({ ...entryB, regionId: 'sacrum', intensity: 0 }),
	bodyMarkFactory.build({ ...entryC, regionId: 'left-deep-glute', intensity: 4 }),
	bodyMarkFactory.build({ ...entryC, regionId: 'left-calf', intensity: 4 }),
	bodyMarkFactory.build({ ...entryC, regionId: 'right-flank', intensity: 9 })
];

describe('heat-map aggregation', () => {
	it('counts, averages and scores each region, with colour levels relative to the hottest', () => {
		const heats = aggregateMarks(marks);
		expect(heats.get('left-deep-glute')).toEqual({
			regionId: 'left-deep-glute',
			count: 3,
			meanIntensity: 6,
			score: 18,
			level: 4
		});
		expect(heats.get('left-calf')).toMatchObject({
			count: 2,
			meanIntensity: 3,
			score: 6,
			level: 2
		});
		expect(heats.get('sacrum')).toMatchObject({ count: 1, meanIntensity: 0, score: 0, level: 1 });
		expect(heats.get('right-flank')).toMatchObject({
			count: 1,
			meanIntensity: 9,
			score: 9,
			level: 2
		});
		expect(heats.has('right-calf')).toBe(false);
		expect(aggregateMarks([]).size).toBe(0);
	});

	it('lists the top regions by score, then count', () => {
		const top = topRegions(aggregateMarks(marks), 3);
		expect(top.map((heat) => heat.regionId)).toEqual([
			'left-deep-glute',
			'right-flank',
			'left-calf'
		]);
	});

	it('finds the days of each range, both ends included', () => {
		expect(rangeDays('7', '2026-11-25')).toEqual({ from: '2026-11-19', to: '2026-11-25' });
		expect(rangeDays('30', '2026-11-25')).toEqual({ from: '2026-10-27', to: '2026-11-25' });
		expect(rangeDays('all', '2026-11-25').from).toBe('1970-01-01');
	});

	it('splits the last 8 weeks into small multiples with the share of regions marked', () => {
		const spread = weeklySpread(
			[
				...marks,
				bodyMarkFactory.build({
					entryId: 'd',
					regionId: 'neck',
					intensity: 3,
					at: localMoment(18, 9)
				}),
				bodyMarkFactory.build({
					entryId: 'e',
					regionId: 'head',
					intensity: 5,
					at: localMoment(1, 9, 0, 10)
				})
			],
			'2026-11-25'
		);
		expect(spread).toHaveLength(8);
		expect(spread[7]).toMatchObject({ from: '2026-11-19', to: '2026-11-25', markedRegions: 4 });
		expect(spread[7]!.share).toBeCloseTo(4 / bodyRegions.length);
		expect(spread[6]).toMatchObject({ from: '2026-11-12', to: '2026-11-18', markedRegions: 1 });
		// Levels compare across weeks: the neck's 3 against the deep glute's 18 that last week.
		expect(spread[6]!.heats.get('neck')?.level).toBe(1);
		expect(spread[7]!.heats.get('left-deep-glute')?.level).toBe(4);
		expect(spread[0]!.heats.get('head')?.level).toBe(2);
		expect(spread[0]).toMatchObject({ from: '2026-10-01', to: '2026-10-07', markedRegions: 1 });
		expect(spread.slice(1, 6).every((week) => week.markedRegions === 0 && week.share === 0)).toBe(
			true
		);
	});

	it('gives a region its daily trend and its marks, newest first', () => {
		const history = regionHistory(
			[
				...marks,
				bodyMarkFactory.build({
					entryId: 'd',
					regionId: 'left-calf',
					intensity: 8,
					at: localMoment(25, 9)
				})
			],
			'left-calf'
		);
		expect(history.days).toEqual([
			{ day: '2026-11-23', meanIntensity: 2, count: 1 },
			{ day: '2026-11-25', meanIntensity: 6, count: 2 }
		]);
		expect(history.marks.map((row) => row.entryId)).toEqual(['c', 'd', 'a']);
	});
});

describe('a mark’s intensity on the heat scale', () => {
	it('groups 0–2, 3–5, 6–7 and 8–10, never below the first step', () => {
		const levels = Array.from({ length: 11 }, (_, intensity) => intensityLevel(intensity));
		expect(levels).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4]);
		expect(intensityLevel(-1)).toBe(1);
		expect(intensityLevel(12)).toBe(4);
	});
});
