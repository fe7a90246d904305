import { describe, expect, it } from 'vitest';
import { chartPoints, dailySeries, movingAverage, rangeDays, weeklyPoints } from './dailySeries';
import { dayRollupFactory, painTotals } from '../../test-data/factories/dayRollup';

describe('moving average with gaps', () => {
	it('averages the days with data in the trailing 7 days, and is null when there are none', () => {
		const values = [4, null, 6, null, null, null, null, null, 2, null];
		// Days 0–6 hold 4 and 6; day 7's window (1–7) holds only 6; day 8's (2–8) 6 and 2;
		// day 9's (3–9) only 2.
		expect(movingAverage(values, 7)).toEqual([4, 4, 5, 5, 5, 5, 5, 6, 4, 2]);
		expect(movingAverage([null, null, 3], 2)).toEqual([null, null, 3]);
		expect(movingAverage([5, null, null, null], 2)).toEqual([5, 5, null, null]);
	});
});

describe('daily series', () => {
	it('has one point a day with gaps, not zeros, where nothing was logged', () => {
		const series = dailySeries(
			[
				dayRollupFactory.build({ day: '2026-11-01', ...painTotals([6, 3]), selfCareCount: 1 }),
				dayRollupFactory.build({
					day: '2026-11-03',
					selfCareCount: 2,
					clinic: ['cupping']
				}),
				dayRollupFactory.build({ day: '2026-11-04', ...painTotals([2]) })
			],
			'2026-10-31',
			'2026-11-04'
		);
		expect(series.map((point) => point.day)).toEqual([
			'2026-10-31',
			'2026-11-01',
			'2026-11-02',
			'2026-11-03',
			'2026-11-04'
		]);
		expect(series.map((point) => point.mean)).toEqual([null, 4.5, null, null, 2]);
		expect(series.map((point) => point.worst)).toEqual([null, 6, null, null, 2]);
		expect(series.map((point) => point.average)).toEqual([null, 4.5, 4.5, 4.5, 3.25]);
		expect(series.map((point) => point.selfCareCount)).toEqual([0, 1, 0, 2, 0]);
		expect(series[3]!.clinic).toEqual(['cupping']);
	});

	it('groups a long range into weeks from its first day', () => {
		const totals = [
			dayRollupFactory.build({ day: '2026-01-01', ...painTotals([2]) }),
			dayRollupFactory.build({ day: '2026-01-02', ...painTotals([4, 8]), selfCareCount: 1 }),
			dayRollupFactory.build({
				day: '2026-01-09',
				...painTotals([5]),
				selfCareCount: 2,
				clinic: ['acupuncture']
			})
		];
		const weeks = weeklyPoints(dailySeries(totals, '2026-01-01', '2026-01-10'));
		expect(weeks).toHaveLength(2);
		// Week 1: daily means 2 and 6 → 4; worst 8; one session.
		expect(weeks[0]).toMatchObject({
			day: '2026-01-01',
			lastDay: '2026-01-07',
			mean: 4,
			worst: 8,
			daysWithPain: 2,
			selfCareCount: 1
		});
		expect(weeks[1]).toMatchObject({
			day: '2026-01-08',
			lastDay: '2026-01-10',
			mean: 5,
			worst: 5,
			selfCareCount: 2,
			clinic: ['acupuncture']
		});
		expect(chartPoints(totals, '2026-01-01', '2026-01-10').weekly).toBe(false);
		expect(chartPoints(totals, '2024-12-01', '2026-01-10').weekly).toBe(true);
	});

	it('lets the first days of a range average over the days just before it', () => {
		const totals = [
			dayRollupFactory.build({ day: '2026-10-29', ...painTotals([6]) }),
			dayRollupFactory.build({ day: '2026-11-01', ...painTotals([2]) })
		];
		const { daily } = chartPoints(totals, '2026-11-01', '2026-11-02');
		// 1 Nov: window 26 Oct–1 Nov holds 6 and 2 → 4; 2 Nov: the same two days → 4.
		expect(daily.map((point) => [point.day, point.mean, point.average])).toEqual([
			['2026-11-01', 2, 4],
			['2026-11-02', null, 4]
		]);
	});

	it('turns a range choice into days ending today', () => {
		expect(rangeDays('7d', '2026-11-25', null)).toEqual({ from: '2026-11-19', to: '2026-11-25' });
		expect(rangeDays('30d', '2026-03-01', null).from).toBe('2026-01-31');
		expect(rangeDays('1y', '2026-11-25', null).from).toBe('2025-11-26');
		expect(rangeDays('all', '2026-11-25', '2019-02-03').from).toBe('2019-02-03');
		expect(rangeDays('all', '2026-11-25', null).from).toBe('2026-11-25');
	});
});
