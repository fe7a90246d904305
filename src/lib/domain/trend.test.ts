import { describe, expect, it } from 'vitest';
import { addDays } from './day';
import {
	differenceWords,
	lagStatement,
	oneDecimal,
	sessionDoneWords,
	trendStatement
} from './insightStatements';
import { isMeaningful, judge, weeklyTrend } from './trend';

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
});

describe('weekly trend', () => {
	it('says a fall of over 2 points is a meaningful improvement, and on how many days', () => {
		// First week 6,6,6,7,6,6,6 (43/7 = 6.14); last week all 4.
		const trend = weeklyTrend(series([6, 6, 6, 7, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4]));
		expect(trend).toMatchObject({ enough: true, days: 14, to: 4, judgement: 'improvement' });
		expect(trendStatement(trend, format)).toBe(
			'Your weekly average fell from 6.1 to 4.0: a meaningful improvement. Based on 14 days with pain logged.'
		);
	});

	it('calls a rise meaningful worsening and a small change small', () => {
		const worse = weeklyTrend(series([...Array(7).fill(3), ...Array(7).fill(5)]));
		expect(trendStatement(worse, format)).toBe(
			'Your weekly average rose from 3.0 to 5.0: a meaningful worsening. Based on 14 days with pain logged.'
		);
		const small = weeklyTrend(series([...Array(7).fill(5), null, ...Array(7).fill(4.2)]));
		expect(trendStatement(small, format)).toBe(
			'Your weekly average fell from 5.0 to 4.2: a small change, less than the 2 points or 30% that counts as meaningful in chronic low back pain. Based on 14 days with pain logged.'
		);
		const flat = weeklyTrend(series(Array(20).fill(5)));
		expect(trendStatement(flat, format)).toBe(
			'Your weekly average stayed at 5.0. Based on 20 days with pain logged.'
		);
	});

	it('says there is not enough data under 14 days', () => {
		const trend = weeklyTrend(series([5, null, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]));
		expect(trend).toEqual({ enough: false, days: 13 });
		expect(trendStatement(trend, format)).toBe(
			'Not enough data yet for a trend: 13 days with pain logged in this range; it needs at least 14.'
		);
	});
});

describe('comparison wording', () => {
	it('states the difference and its interval without claiming a cause', () => {
		expect(differenceWords(-1.2, -2.0, -0.4, format)).toBe(
			'1.2 points lower (95% interval 0.4 to 2.0 lower)'
		);
		expect(differenceWords(0.5, -0.3, 1.3, format)).toBe(
			'0.5 points higher (95% interval from 0.3 lower to 1.3 higher, so either way is possible)'
		);
		const statement = lagStatement(
			{
				lag: 1,
				result: {
					enough: true,
					meanA: 3,
					meanB: 6,
					nA: 14,
					nB: 15,
					difference: -3,
					low: -3.77,
					high: -2.23
				}
			},
			sessionDoneWords,
			format
		);
		expect(statement).toBe(
			'On the day after a day with a release or stretching session, pain averaged 3.0 (14 days), against 6.0 after days without one (15 days): 3.0 points lower (95% interval 2.2 to 3.8 lower).'
		);
		expect(statement).not.toMatch(/because|caus|reduc|improv/i);
		expect(
			lagStatement({ lag: 2, result: { enough: false, nA: 13, nB: 20 } }, sessionDoneWords, format)
		).toBe(
			'2 days after a day with a release or stretching session: not enough data yet (13 days after such days and 20 days after days without one; each side needs at least 14).'
		);
	});
});
