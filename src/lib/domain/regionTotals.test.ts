import { describe, expect, it } from 'vitest';
import { regionName, regionTallies, topRegions } from './regionTotals';

describe('top regions', () => {
	it('ranks regions by marks over the range with the routines that targeted them', () => {
		const result = topRegions(
			[
				{
					regions: {
						piriformis: { count: 2, intensitySum: 10 },
						tfl: { count: 1, intensitySum: 3 }
					}
				},
				{ regions: { piriformis: { count: 1, intensitySum: 2 } } },
				{ regions: {} }
			],
			[
				{ routineName: 'Glutes on the wall', regionIds: ['piriformis', 'gluteus-medius'] },
				{ routineName: 'Piriformis on the floor', regionIds: ['piriformis'] },
				{ routineName: 'Glutes on the wall', regionIds: ['piriformis'] },
				{ routineName: 'TFL release', regionIds: ['tfl'] }
			],
			1
		);
		// Piriformis: 3 marks on 2 days, intensities 12 / 3 = 4.
		expect(result).toEqual([
			{
				regionId: 'piriformis',
				marks: 3,
				days: 2,
				meanIntensity: 4,
				routines: [
					{ name: 'Glutes on the wall', sessions: 2 },
					{ name: 'Piriformis on the floor', sessions: 1 }
				]
			}
		]);
	});

	it('names regions from the body-map catalogue, and an unknown id readably', () => {
		expect(regionName('left-deep-glute')).toBe('Left deep glute (piriformis)');
		expect(regionName('quadratus-lumborum')).toBe('Quadratus lumborum');
	});

	it('sums marks and intensity per region over days, for the heat map', () => {
		const tallies = regionTallies([
			{ regions: { 'left-calf': { count: 1, intensitySum: 4 } } },
			{
				regions: {
					'left-calf': { count: 2, intensitySum: 10 },
					sacrum: { count: 1, intensitySum: 3 }
				}
			}
		]);
		expect(tallies).toEqual([
			{ regionId: 'left-calf', count: 3, intensitySum: 14 },
			{ regionId: 'sacrum', count: 1, intensitySum: 3 }
		]);
	});
});
