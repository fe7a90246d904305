import { describe, expect, it } from 'vitest';
import { dailySeries } from './dailySeries';
import { summariseRange } from './rangeSummary';

describe('range summary', () => {
	it('sums a range from its daily points, skipping gaps', () => {
		const daily = dailySeries(
			[
				{ day: '2026-11-01', painCount: 2, painSum: 9, painMax: 6, selfCareCount: 1, clinic: [] },
				{
					day: '2026-11-02',
					painCount: 0,
					painSum: 0,
					painMax: null,
					selfCareCount: 2,
					clinic: ['cupping']
				},
				{
					day: '2026-11-04',
					painCount: 1,
					painSum: 2,
					painMax: 2,
					selfCareCount: 0,
					clinic: ['cupping']
				}
			],
			'2026-11-01',
			'2026-11-05'
		);
		// Daily means 4.5 and 2: mean 3.25.
		expect(summariseRange(daily)).toEqual({
			days: 5,
			daysWithPain: 2,
			meanPain: 3.25,
			bestDay: 2,
			worstDay: 4.5,
			worstScore: 6,
			selfCareCount: 3,
			clinic: [{ treatment: 'cupping', visits: 2 }]
		});
	});
});
