import { describe, expect, it } from 'vitest';
import type { AdherenceInput } from './adherence';
import { addDays, dayRange } from './day';
import { baselineStatements, oneDecimal, weeksStatement } from './insightStatements';
import { baselineComparison, goodAndPoorWeeks, weeksKept } from './planComparisons';

const format = oneDecimal('en-GB');
const start = '2026-11-02';

/** Daily pain on `count` days from `first`, alternating `high` and `low`. */
function alternating(first: string, count: number, high: number, low: number) {
	return Array.from({ length: count }, (_, index) => [
		addDays(first, index),
		index % 2 === 0 ? high : low
	]) as [string, number][];
}

describe('before and since the plan', () => {
	it('compares the 4 weeks before the plan with the days since', () => {
		// Before: 6, 5, 6, 5 … on the 28 days before the start (mean 5.5); since: 4, 3, … on 20
		// days (mean 3.5). About each side's mean the days alternate ±0.5 straight across the
		// start, so r = −1, clipped to 0: the plain Welch interval, −2.302396 to −1.697604 with
		// df 40.9 (SciPy ttest_ind(equal_var=False) on the same values).
		const pain = new Map([
			...alternating(addDays(start, -28), 28, 6, 5),
			...alternating(start, 20, 4, 3)
		]);
		const baseline = baselineComparison(pain, start, addDays(start, 19));
		expect(baseline).toMatchObject({ beforeDays: 28, sinceDays: 20, daysToWait: null });
		expect(baseline.comparisons).toHaveLength(1);
		const [since] = baseline.comparisons;
		expect(since!.part).toBe('since');
		if (!since!.result.enough) throw new Error('expected enough days');
		expect(since!.result).toMatchObject({ nA: 20, nB: 28, meanA: 3.5, meanB: 5.5 });
		expect(since!.result.low).toBeCloseTo(-2.3023959, 5);
		expect(since!.result.high).toBeCloseTo(-1.6976041, 5);
		expect(baselineStatements(baseline, format)).toEqual([
			'Since your plan started, pain averaged 3.5 (20 days), against 5.5 in the 4 weeks before it started (28 days): 2.0 points lower, likely between 1.7 and 2.3 lower.'
		]);
	});

	it('leaves out days more than 4 weeks before the start', () => {
		const pain = new Map([
			...alternating(addDays(start, -40), 12, 9, 9),
			...alternating(addDays(start, -28), 28, 6, 5),
			...alternating(start, 20, 4, 3)
		]);
		const [since] = baselineComparison(pain, start, addDays(start, 19)).comparisons;
		expect(since!.result).toMatchObject({ nB: 28, meanB: 5.5 });
	});

	it('says in one sentence how many days of logging are still needed', () => {
		const pain = new Map([
			...alternating(addDays(start, -20), 20, 6, 5),
			...alternating(start, 5, 4, 3)
		]);
		const baseline = baselineComparison(pain, start, addDays(start, 4));
		expect(baseline).toEqual({ beforeDays: 20, sinceDays: 5, comparisons: [], daysToWait: 9 });
		expect(baselineStatements(baseline, format)).toEqual([
			'Keep logging: in about 9 days there will be enough to compare with the 4 weeks before your plan.'
		]);
	});

	it('says when the weeks before have too few days, which logging cannot change', () => {
		const thin = baselineComparison(
			new Map([...alternating(addDays(start, -3), 3, 6, 5), ...alternating(start, 30, 4, 3)]),
			start,
			addDays(start, 29)
		);
		expect(thin).toMatchObject({ beforeDays: 3, comparisons: [], daysToWait: null });
		expect(baselineStatements(thin, format)).toEqual([
			'The 4 weeks before your plan started have pain logged on 3 days; comparing with them needs at least 14.'
		]);
		const none = baselineComparison(
			new Map(alternating(start, 30, 4, 3)),
			start,
			addDays(start, 29)
		);
		expect(baselineStatements(none, format)).toEqual([
			'Your journal begins with your plan, so there are no weeks before it to compare with.'
		]);
	});

	it('from 8 weeks on, compares the first and the latest 4 weeks with the weeks before', () => {
		// 28 days at 6 before; 61 days since: the first 28 at 5, then 33 at 3.
		const pain = new Map<string, number>([
			...alternating(addDays(start, -28), 28, 6, 6),
			...alternating(start, 28, 5, 5),
			...alternating(addDays(start, 28), 33, 3, 3)
		]);
		const baseline = baselineComparison(pain, start, addDays(start, 60));
		expect(baseline.comparisons.map((comparison) => comparison.part)).toEqual(['first', 'latest']);
		expect(baseline.comparisons[0]!.result).toMatchObject({
			enough: true,
			nA: 28,
			meanA: 5,
			difference: -1
		});
		expect(baseline.comparisons[1]!.result).toMatchObject({
			enough: true,
			nA: 28,
			meanA: 3,
			difference: -3
		});
		const [first, latest] = baselineStatements(baseline, format);
		expect(first).toMatch(/^In the first 4 weeks of your plan, pain averaged 5\.0 \(28 days\)/);
		expect(latest).toMatch(/^In the latest 4 weeks, pain averaged 3\.0 \(28 days\)/);
	});
});

describe('good and poor weeks', () => {
	const session = (day: string) => ({ day, routineId: 'release-glutes' });
	const everyDay: AdherenceInput = {
		routineIds: ['release-glutes'],
		schedule: { type: 'weekdays', weekdays: [0, 1, 2, 3, 4, 5, 6] },
		startDay: start,
		sessions: [
			// Week of 2 Nov: 6 of 7. Week of 9 Nov: 3 of 6 (Sunday a rest day). Week of 16 Nov: 7
			// of 7. Week of 23 Nov: 2 of 7.
			...dayRange('2026-11-02', '2026-11-07').map(session),
			...['2026-11-09', '2026-11-11', '2026-11-13'].map(session),
			...dayRange('2026-11-16', '2026-11-22').map(session),
			...['2026-11-24', '2026-11-26'].map(session)
		],
		restDays: ['2026-11-15']
	};

	it('counts the share of planned days done in each whole week before this one', () => {
		// Today is Tuesday 1 December: the week of 30 November is not over.
		expect(weeksKept(everyDay, '2026-12-01')).toEqual([
			{ monday: '2026-11-02', share: 6 / 7 },
			{ monday: '2026-11-09', share: 0.5 },
			{ monday: '2026-11-16', share: 1 },
			{ monday: '2026-11-23', share: 2 / 7 }
		]);
		// On Sunday 29 November that week is still going on.
		expect(weeksKept(everyDay, '2026-11-29').map((week) => week.monday)).toEqual([
			'2026-11-02',
			'2026-11-09',
			'2026-11-16'
		]);
	});

	it('leaves out the first week of an "n days a week" plan that began after its Monday', () => {
		const threeAWeek: AdherenceInput = {
			...everyDay,
			schedule: { type: 'perWeek', daysPerWeek: 3 },
			startDay: '2026-11-04'
		};
		expect(weeksKept(threeAWeek, '2026-11-24')).toEqual([
			{ monday: '2026-11-09', share: 1 },
			{ monday: '2026-11-16', share: 1 }
		]);
	});

	it('compares daily pain in weeks kept well with weeks kept poorly', () => {
		const weeks = weeksKept(everyDay, '2026-12-01');
		// Pain 3 every day of the good weeks, 6 in the poor ones (the rest day too).
		const pain = new Map(
			dayRange('2026-11-02', '2026-11-29').map((day) => {
				const good = day < '2026-11-09' || (day >= '2026-11-16' && day < '2026-11-23');
				return [day, good ? 3 : 6];
			})
		);
		const comparison = goodAndPoorWeeks(pain, weeks);
		expect(comparison).toMatchObject({
			goodWeeks: 2,
			poorWeeks: 2,
			result: { enough: true, nA: 14, nB: 14, meanA: 3, meanB: 6, low: -3, high: -3 }
		});
		expect(weeksStatement(comparison, format)).toBe(
			'In weeks with at least 3 in 4 planned days done (2 weeks), pain averaged 3.0 (14 days), against 6.0 in weeks with half or fewer done (2 weeks, 14 days): 3.0 points lower.'
		);
	});

	it('says which weeks have too few days', () => {
		const weeks = weeksKept(everyDay, '2026-12-01');
		// Pain logged only on weekdays of the good weeks and three days of each poor week.
		const pain = new Map(
			[
				...dayRange('2026-11-02', '2026-11-06'),
				...dayRange('2026-11-16', '2026-11-20'),
				...dayRange('2026-11-09', '2026-11-11'),
				...dayRange('2026-11-23', '2026-11-25')
			].map((day) => [day, 4])
		);
		expect(weeksStatement(goodAndPoorWeeks(pain, weeks), format)).toBe(
			'Weeks with at least 3 in 4 planned days done (2 weeks) against weeks with half or fewer (2 weeks): not enough days yet (10 days in the first and 6 in the others; each side needs at least 14).'
		);
	});

	it('waits for both kinds of week, and says so in one sentence', () => {
		const comparison = goodAndPoorWeeks(new Map(), [
			{ monday: '2026-11-02', share: 1 },
			{ monday: '2026-11-09', share: 0.6 }
		]);
		expect(comparison).toEqual({ goodWeeks: 1, poorWeeks: 0, result: null });
		expect(weeksStatement(comparison, format)).toBe(
			'Weeks you kept to your plan can be compared with weeks you did not once there are both: so far 1 week with at least 3 in 4 planned days done and none with half or fewer.'
		);
	});
});
