import { describe, expect, it } from 'vitest';
import { addDays } from './day';
import type { ClinicEffect } from './effects';
import {
	clinicStatement,
	differenceWords,
	lagShortfall,
	lagStatement,
	oneDecimal,
	planDoneWords,
	sessionDoneWords,
	trendStatement
} from './insightStatements';
import { isMeaningful, judge, shownTenths, weeklyTrend } from './trend';

const format = oneDecimal('en-GB');
const series = (means: (number | null)[]) =>
	means.map((mean, index) => ({ day: addDays('2026-11-01', index), mean }));

describe('clinically meaningful change', () => {
	it('is 2 points or 30% of the starting value', () => {
		expect(isMeaningful(6.1, 4.0)).toBe(true);
		expect(isMeaningful(6, 4)).toBe(true);
		// 1.4 points and 28%: not meaningful.
		expect(isMeaningful(5, 3.6)).toBe(false);
		// 1.2 points but 30% of 4.
		expect(isMeaningful(4, 2.8)).toBe(true);
		expect(judge(4, 2.8)).toBe('improvement');
		expect(judge(3, 5)).toBe('worsening');
		expect(judge(5, 3.6)).toBe('small');
		expect(judge(5, 5.04)).toBe('none');
	});

	it('is judged on the values as shown, so the verdict matches the numbers', () => {
		// Shown as 8.0 → 6.0: exactly 2 points (7.96 − 5.98 is 1.98).
		expect(judge(7.96, 5.98)).toBe('improvement');
		// Shown as 7.9 → 6.0: 1.9 points and 24%.
		expect(judge(7.94, 5.96)).toBe('small');
		// Shown as 5.0 → 3.5: exactly 30% (5.04 → 3.54 is 29.8%).
		expect(judge(5.04, 3.54)).toBe('improvement');
		expect(judge(3.54, 5.04)).toBe('worsening');
		// Shown as 5.0 → 3.6: 28%.
		expect(judge(5.04, 3.56)).toBe('small');
		// Tenths are rounded as the screen rounds them: 0.15 is shown as 0.2, like 0.2 itself.
		expect(format(0.15)).toBe('0.2');
		expect(shownTenths(0.15)).toBe(2);
		expect(judge(0.15, 0.2)).toBe('none');
		expect(shownTenths(7.95)).toBe(80);
	});

	it('says the words that go with the numbers shown at the edge', () => {
		const trend = {
			enough: true as const,
			from: 7.96,
			to: 5.98,
			change: 5.98 - 7.96,
			judgement: judge(7.96, 5.98),
			days: 14,
			firstDay: '2026-11-01',
			lastDay: '2026-11-14',
			firstWeekDays: 7,
			lastWeekDays: 7
		};
		expect(trendStatement(trend, format)).toBe(
			'Your weekly average fell from 8.0 to 6.0: a meaningful improvement. The first week has pain logged on 7 days, the last week on 7 days (14 days in all).'
		);
	});
});

describe('weekly trend', () => {
	it('says a fall of over 2 points is a meaningful improvement, and on how many days', () => {
		// First week 6,6,6,7,6,6,6 (43/7 = 6.14); last week all 4.
		const trend = weeklyTrend(series([6, 6, 6, 7, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4]));
		expect(trend).toMatchObject({
			enough: true,
			days: 14,
			to: 4,
			judgement: 'improvement',
			firstWeekDays: 7,
			lastWeekDays: 7
		});
		expect(trendStatement(trend, format)).toBe(
			'Your weekly average fell from 6.1 to 4.0: a meaningful improvement. The first week has pain logged on 7 days, the last week on 7 days (14 days in all).'
		);
	});

	it('calls a rise meaningful worsening and a small change small', () => {
		const worse = weeklyTrend(series([...Array(7).fill(3), ...Array(7).fill(5)]));
		expect(trendStatement(worse, format)).toBe(
			'Your weekly average rose from 3.0 to 5.0: a meaningful worsening. The first week has pain logged on 7 days, the last week on 7 days (14 days in all).'
		);
		// The last week starts on day 9: a gap on day 8, so it has 7 days and the first 7.
		const small = weeklyTrend(series([...Array(7).fill(5), null, ...Array(7).fill(4.2)]));
		expect(trendStatement(small, format)).toBe(
			'Your weekly average fell from 5.0 to 4.2: a small change, less than the 2 points or 30% that counts as meaningful in chronic low back pain. The first week has pain logged on 7 days, the last week on 7 days (14 days in all).'
		);
		const flat = weeklyTrend(series(Array(20).fill(5)));
		expect(trendStatement(flat, format)).toBe(
			'Your weekly average stayed at 5.0. The first week has pain logged on 7 days, the last week on 7 days (20 days in all).'
		);
	});

	it('says there is not enough data under 14 days', () => {
		const trend = weeklyTrend(series([5, null, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]));
		expect(trend).toEqual({ enough: false, days: 13, firstWeekDays: null, lastWeekDays: null });
		expect(trendStatement(trend, format)).toBe(
			'Not enough data yet for a trend: 13 days with pain logged in this range; it needs at least 14.'
		);
	});

	it('needs 4 days logged in each week compared, and says which week has too few', () => {
		// The example: one day at 7, twelve days at 5 in the middle, one day at 3 thirty
		// days after the first. It used to read "fell from 7.0 to 3.0: a meaningful improvement".
		const sparse: (number | null)[] = Array(31).fill(null);
		sparse[0] = 7;
		for (let day = 9; day <= 20; day += 1) sparse[day] = 5;
		sparse[30] = 3;
		const trend = weeklyTrend(series(sparse));
		expect(trend).toEqual({ enough: false, days: 14, firstWeekDays: 1, lastWeekDays: 1 });
		expect(trendStatement(trend, format)).toBe(
			'Not enough data yet for a trend: the first week of the range has pain logged on 1 day and the last week on 1 day; each week compared needs at least 4.'
		);
		// Three days in the first week, all 7 in the last: the first week is named alone.
		const early = [6, null, 6, null, 6, null, null, ...Array(11).fill(5), ...Array(7).fill(4)];
		const shortFirst = weeklyTrend(series(early));
		expect(shortFirst).toMatchObject({ enough: false, firstWeekDays: 3, lastWeekDays: 7 });
		expect(trendStatement(shortFirst, format)).toBe(
			'Not enough data yet for a trend: the first week of the range has pain logged on 3 days; each week compared needs at least 4.'
		);
		// Four days a week is enough.
		early[1] = 6;
		expect(weeklyTrend(series(early))).toMatchObject({ enough: true, firstWeekDays: 4 });
	});
});

describe('comparison wording', () => {
	it('states the difference and its likely range without claiming a cause', () => {
		expect(differenceWords(-1.2, -2.0, -0.4, format)).toBe(
			'1.2 points lower, likely between 0.4 and 2.0 lower'
		);
		expect(differenceWords(0.5, -0.3, 1.3, format)).toBe(
			'0.5 points higher, likely between 0.3 lower and 1.3 higher, so either way is possible'
		);
		expect(differenceWords(0.01, -0.6, 0.6, format)).toBe(
			'about the same, likely between 0.6 lower and 0.6 higher, so either way is possible'
		);
		// An end shown as 0.0 is no difference, never "0.0 lower".
		expect(differenceWords(-0.9, -1.8, -0.04, format)).toBe(
			'0.9 points lower, likely between 1.8 lower and no difference'
		);
		expect(differenceWords(1, 0.4, 1.6, format)).toBe(
			'1.0 point higher, likely between 0.4 and 1.6 higher'
		);
	});

	const enoughResult = {
		enough: true as const,
		meanA: 3,
		meanB: 6,
		nA: 14,
		nB: 15,
		effectiveA: 14,
		effectiveB: 15,
		autocorrelation: 0,
		difference: -3,
		low: -3.77,
		high: -2.23
	};

	it('speaks of the same day at lag 0 and of the days after from lag 1', () => {
		const sameDay = lagStatement({ lag: 0, result: enoughResult }, sessionDoneWords, format);
		expect(sameDay).toBe(
			'On days with a release or stretching session, pain averaged 3.0 (14 days), against 6.0 on days without one (15 days): 3.0 points lower, likely between 2.2 and 3.8 lower.'
		);
		expect(sameDay).not.toMatch(/after|such days|because|caus|reduc|improv/i);
		const nextDay = lagStatement({ lag: 1, result: enoughResult }, planDoneWords, format);
		expect(nextDay).toBe(
			'On the day after a planned day with your plan done, pain averaged 3.0 (14 days), against 6.0 on the day after a planned day without it (15 days): 3.0 points lower, likely between 2.2 and 3.8 lower.'
		);
		expect(lagStatement({ lag: 2, result: enoughResult }, planDoneWords, format)).toMatch(
			/^2 days after a planned day with your plan done, .* 2 days after a planned day without it \(15 days\)/
		);
	});

	it('shows the effective days when days in a row are alike', () => {
		const alike = { ...enoughResult, nA: 20, nB: 16, effectiveA: 9.2, effectiveB: 7.4 };
		expect(lagStatement({ lag: 0, result: alike }, sessionDoneWords, format)).toMatch(
			/\(16 days\): 3\.0 points lower, likely between 2\.2 and 3\.8 lower\. Pain on nearby days is alike, so the 20 and 16 days count as about 9 and 7\.$/
		);
	});

	it('names each side of a clinic comparison that has too few days, or days too alike', () => {
		const effect = (result: ClinicEffect['result']): ClinicEffect => ({
			treatment: 'acupuncture',
			visits: 6,
			result
		});
		expect(clinicStatement(effect({ enough: false, nA: 16, nB: 7, effective: null }), format)).toBe(
			'In the 3 days after acupuncture (6 visits): not enough days yet (16 days after and 7 before; each side needs at least 14).'
		);
		expect(
			clinicStatement(
				effect({ enough: false, nA: 15, nB: 14, effective: { a: 1.2, b: 1.1 } }),
				format
			)
		).toBe(
			'In the 3 days after acupuncture (6 visits): pain was so alike from day to day that the 15 and 14 days count as only about 1 and 1; more days are needed.'
		);
	});

	it('says in one sentence what the lags still need', () => {
		const waiting = (nA: number, nB: number) => ({
			enough: false as const,
			nA,
			nB,
			effective: null
		});
		expect(
			lagShortfall(
				[0, 1, 2, 3].map((lag) => ({ lag, result: waiting(17 - lag, 10) })),
				planDoneWords
			)
		).toBe(
			'Comparing planned days with and without your plan needs at least 14 days of each; so far there are 17 with and 10 without.'
		);
		expect(
			lagShortfall(
				[
					{ lag: 0, result: enoughResult },
					{ lag: 1, result: enoughResult },
					{ lag: 2, result: waiting(13, 20) },
					{ lag: 3, result: waiting(12, 20) }
				],
				sessionDoneWords
			)
		).toBe('Not enough days yet to compare 2 days after and 3 days after.');
		expect(lagShortfall([{ lag: 0, result: enoughResult }], sessionDoneWords)).toBeNull();
	});
});
