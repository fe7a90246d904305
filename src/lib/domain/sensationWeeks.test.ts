import { describe, expect, it } from 'vitest';
import { sensationTally, sensationWeeks } from './sensationWeeks';
import type { DayRollup } from './records';

const day = (date: string, sensations: DayRollup['sensations']) => ({ day: date, sensations });

// 2026-11-30 is the range's last day; its weeks end on 30, 23, 16 and 9 November.
const rollups = [
	day('2026-11-02', { ache: { 'left-deep-glute': 1 } }),
	day('2026-11-05', { tingling: { 'left-calf': 1, 'left-sole': 1 }, numbness: { 'left-sole': 1 } }),
	day('2026-11-06', { tingling: { 'left-calf': 2 } }),
	day('2026-11-12', { ache: { 'left-deep-glute': 1 } }),
	day('2026-11-20', { tingling: { 'left-sole': 1 } })
];

describe('tingling and numbness over time', () => {
	it('counts days and marks and lists the regions, most marked first', () => {
		expect(sensationTally(rollups, 'tingling')).toEqual({
			days: 3,
			marks: 5,
			regions: [
				{ regionId: 'left-calf', marks: 3 },
				{ regionId: 'left-sole', marks: 2 }
			]
		});
		expect(sensationTally(rollups, 'numbness')).toMatchObject({ days: 1, marks: 1 });
	});

	it('goes week by week back from the last day, from the first week with either sign', () => {
		const weeks = sensationWeeks(rollups, '2026-10-01', '2026-11-30');
		expect(weeks.map((week) => [week.from, week.to])).toEqual([
			['2026-11-03', '2026-11-09'],
			['2026-11-10', '2026-11-16'],
			['2026-11-17', '2026-11-23'],
			['2026-11-24', '2026-11-30']
		]);
		expect(weeks.map((week) => week.tallies.tingling.days)).toEqual([2, 0, 1, 0]);
		expect(weeks.map((week) => week.tallies.numbness.days)).toEqual([1, 0, 0, 0]);
		expect(weeks[0]!.tallies.tingling.regions).toEqual([
			{ regionId: 'left-calf', marks: 3 },
			{ regionId: 'left-sole', marks: 1 }
		]);
	});

	it('starts the first week on the range’s first day, and leaves out what is outside the range', () => {
		const weeks = sensationWeeks(rollups, '2026-11-06', '2026-11-16');
		expect(weeks.map((week) => [week.from, week.to])).toEqual([
			['2026-11-06', '2026-11-09'],
			['2026-11-10', '2026-11-16']
		]);
		expect(weeks[0]!.tallies.tingling).toMatchObject({ days: 1, marks: 2 });
		expect(weeks[0]!.tallies.numbness.days).toBe(0);
	});

	it('has no weeks when neither was marked in the range', () => {
		expect(sensationWeeks(rollups, '2026-11-10', '2026-11-16')).toEqual([]);
		expect(sensationWeeks([], '2026-11-01', '2026-11-30')).toEqual([]);
	});
});
