import { describe, expect, it } from 'vitest';
import { chartPoints } from './dailySeries';
import {
	painSummary,
	planAdherence,
	pegOverTime,
	redFlagReports,
	redFlagSummary,
	reportContents,
	reportNotes,
	reportRange,
	sessionsByRoutine
} from './report';
import type { BodyMark, DayRollup, PainEntry, Session } from './records';
import { dayRollupFactory, painTotals } from '../../test-data/factories/dayRollup';
import { sessionFactory } from '../../test-data/factories/session';
import { painEntryFactory } from '../../test-data/factories/painEntry';

describe('report range', () => {
	it('ends a fixed length today, both days included', () => {
		expect(reportRange('7d', '2026-11-25')).toEqual({
			ok: true,
			from: '2026-11-19',
			to: '2026-11-25'
		});
		expect(reportRange('30d', '2026-11-25')).toEqual({
			ok: true,
			from: '2026-10-27',
			to: '2026-11-25'
		});
		expect(reportRange('1y', '2026-11-25')).toMatchObject({ from: '2025-11-26' });
	});

	it('takes typed dates in order and refuses missing or reversed ones', () => {
		expect(reportRange('dates', '2026-11-25', { from: '2026-10-01', to: '2026-10-31' })).toEqual({
			ok: true,
			from: '2026-10-01',
			to: '2026-10-31'
		});
		expect(reportRange('dates', '2026-11-25', { from: '', to: '2026-10-31' })).toEqual({
			ok: false,
			problem: 'missing'
		});
		expect(reportRange('dates', '2026-11-25', { from: '2026-11-02', to: '2026-11-01' })).toEqual({
			ok: false,
			problem: 'order'
		});
	});
});

describe('pain summary', () => {
	it('counts days, means the daily means and keeps the worst score, without the days before', () => {
		// A lead day before the range (10-31) is read for the weekly average only.
		const { daily } = chartPoints(
			[
				dayRollupFactory.build({ day: '2026-10-31', ...painTotals([8]) }),
				dayRollupFactory.build({ day: '2026-11-01', ...painTotals([2, 4]) }),
				dayRollupFactory.build({ day: '2026-11-03', ...painTotals([6]) }),
				dayRollupFactory.build({ day: '2026-11-09', ...painTotals([1]) })
			],
			'2026-11-01',
			'2026-11-09'
		);
		const summary = painSummary(daily);
		// Daily means 3, 6 and 1: mean 10/3.
		expect(summary.daysWithEntries).toBe(3);
		expect(summary.meanPain).toBeCloseTo(10 / 3);
		expect(summary.worstScore).toBe(6);
	});

	it('has no numbers for a range without pain', () => {
		const { daily } = chartPoints([], '2026-11-01', '2026-11-07');
		expect(painSummary(daily)).toEqual({
			daysWithEntries: 0,
			meanPain: null,
			worstScore: null
		});
	});
});

describe('PEG over time', () => {
	it('gives the first and last PEG and the mean by week from the first day', () => {
		const peg = pegOverTime(
			[
				{ day: '2026-10-31', peg: 9 },
				{ day: '2026-11-01', peg: 6 },
				{ day: '2026-11-03', peg: 5 },
				{ day: '2026-11-05', peg: null },
				{ day: '2026-11-09', peg: 3 }
			],
			'2026-11-01',
			'2026-11-10'
		);
		expect(peg.first).toEqual({ day: '2026-11-01', score: 6 });
		expect(peg.last).toEqual({ day: '2026-11-09', score: 3 });
		expect(peg.weeks).toEqual([
			{ from: '2026-11-01', to: '2026-11-07', days: 2, mean: 5.5 },
			{ from: '2026-11-08', to: '2026-11-10', days: 1, mean: 3 }
		]);
	});

	it('has no first or last when no check was made', () => {
		const peg = pegOverTime([], '2026-11-01', '2026-11-03');
		expect(peg.first).toBeNull();
		expect(peg.last).toBeNull();
		expect(peg.weeks).toEqual([{ from: '2026-11-01', to: '2026-11-03', days: 0, mean: null }]);
	});
});

describe('sessions by routine', () => {
	/** A session of an own routine the report knows only by the name it was done under. */
	const session = (overrides: Partial<Session>) =>
		sessionFactory.build({ routineId: null, ...overrides });

	it('counts sessions, adds hold minutes and means pain before and after over the scored ones', () => {
		const rows = sessionsByRoutine([
			session({ routineName: 'Glutes on the wall', holdSeconds: 90, painBefore: 6, painAfter: 4 }),
			session({ routineName: 'Glutes on the wall', holdSeconds: 120, painBefore: 5, painAfter: 2 }),
			session({
				routineName: 'Glutes on the wall',
				holdSeconds: 30,
				painBefore: null,
				painAfter: null
			}),
			session({
				routineName: 'Hip flexor stretch',
				holdSeconds: 60,
				painBefore: 4,
				painAfter: null,
				kind: 'stretch'
			}),
			session({
				routineName: 'Acupuncture',
				holdSeconds: 0,
				painBefore: 7,
				painAfter: 5,
				kind: 'clinic'
			})
		]);
		expect(rows).toEqual([
			{
				routineId: null,
				routineName: 'Glutes on the wall',
				sessions: 3,
				holdMinutes: 4,
				pairs: 2,
				meanBefore: 5.5,
				meanAfter: 3,
				adherence: null
			},
			{
				routineId: null,
				routineName: 'Hip flexor stretch',
				sessions: 1,
				holdMinutes: 1,
				pairs: 0,
				meanBefore: null,
				meanAfter: null,
				adherence: null
			}
		]);
	});

	it('groups by routine id under its name now, and lists planned routines without sessions', () => {
		const adherence = {
			overall: { plannedDays: 4, doneDays: 1, partDays: 1, percent: 25 },
			byRoutine: new Map([
				['release-glutes', { plannedDays: 4, doneDays: 2, partDays: 0, percent: 50 }],
				['release-ql', { plannedDays: 4, doneDays: 0, partDays: 0, percent: 0 }]
			])
		};
		const rows = sessionsByRoutine(
			[
				session({ routineName: 'Glutes, old name', routineId: 'release-glutes' }),
				session({ routineName: 'Glutes, renamed', routineId: 'release-glutes' }),
				session({ routineName: 'Own stretch', kind: 'stretch', routineId: 'own-1' })
			],
			new Map([['release-glutes', 'Glutes on the wall']]),
			adherence
		);
		expect(rows.map((row) => [row.routineName, row.sessions, row.adherence?.percent])).toEqual([
			['Glutes on the wall', 2, 50],
			['Own stretch', 1, undefined],
			['release-ql', 0, 0]
		]);
	});
});

describe('plan adherence over a range', () => {
	// Monday, Wednesday and Friday; 2026-11-09 and 2026-11-16 are Mondays.
	const input = {
		routineIds: ['release-glutes', 'stretch-hips'],
		schedule: { type: 'weekdays' as const, weekdays: [1, 3, 5] },
		startDay: '2026-11-01',
		sessions: [
			{ day: '2026-11-06', routineId: 'release-glutes' },
			{ day: '2026-11-09', routineId: 'release-glutes' },
			{ day: '2026-11-09', routineId: 'stretch-hips' },
			{ day: '2026-11-10', routineId: 'release-glutes' },
			{ day: '2026-11-11', routineId: 'release-glutes' },
			{ day: '2026-11-13', routineId: 'release-glutes' },
			{ day: '2026-11-16', routineId: 'release-glutes' },
			{ day: '2026-11-20', routineId: 'stretch-hips' }
		],
		restDays: ['2026-11-18']
	};

	it('counts planned days in the range up to today in whole days, and each routine alone', () => {
		// Plan days 11-09, 11, 13, 16 and 20 (18 rests; 23 and after are not yet): 5. Both routines
		// on 11-09 only; one of the two on the other four. Glutes on 4 of them, hips on 2.
		const result = planAdherence(input, '2026-11-09', '2026-11-29', '2026-11-20');
		expect(result.overall).toEqual({ plannedDays: 5, doneDays: 1, partDays: 4, percent: 20 });
		expect(result.byRoutine.get('release-glutes')).toEqual({
			plannedDays: 5,
			doneDays: 4,
			partDays: 0,
			percent: 80
		});
		expect(result.byRoutine.get('stretch-hips')).toEqual({
			plannedDays: 5,
			doneDays: 2,
			partDays: 0,
			percent: 40
		});
	});

	it('leaves out days before the range, even in its first week', () => {
		// From Wednesday 11-11: plan days 11 and 13, each with one of the two routines.
		const result = planAdherence(input, '2026-11-11', '2026-11-13', '2026-11-25');
		expect(result.overall).toEqual({ plannedDays: 2, doneDays: 0, partDays: 2, percent: 0 });
	});
});

describe('red flags and notes', () => {
	it('lists entries with a yes answer and their questions, oldest first', () => {
		const reports = redFlagReports([
			{ id: 'c', at: 300, day: '2026-11-03', redFlags: { 'fever-unwell': true, trauma: false } },
			{ id: 'a', at: 100, day: '2026-11-01', redFlags: null },
			{
				id: 'b',
				at: 200,
				day: '2026-11-02',
				redFlags: { 'bladder-bowel': true, 'saddle-numbness': true }
			},
			{ id: 'd', at: 250, day: '2026-11-02', redFlags: { trauma: false } }
		]);
		expect(reports).toEqual([
			{
				entryId: 'b',
				at: 200,
				day: '2026-11-02',
				questions: [
					'New numbness around your genitals, buttocks or inner thighs?',
					'New trouble passing or holding urine or stool?'
				]
			},
			{
				entryId: 'c',
				at: 300,
				day: '2026-11-03',
				questions: ['Fever, or feeling very unwell, together with the back pain?']
			}
		]);
	});

	it('keeps notes with text, trimmed, oldest first', () => {
		expect(
			reportNotes([
				{ id: 'c', at: 2, score: 5, note: '  <b>after gardening</b> ' },
				{ id: 'b', at: 1, score: 3, note: '' },
				{ id: 'a', at: 0, score: 7, note: 'bad night' },
				{ id: 'd', at: 3, score: 4, note: '   ' }
			])
		).toEqual([
			{ entryId: 'a', at: 0, score: 7, note: 'bad night' },
			{ entryId: 'c', at: 2, score: 5, note: '<b>after gardening</b>' }
		]);
	});
});

describe('red-flag answers', () => {
	const entry = (
		id: string,
		at: number,
		redFlagCheck: PainEntry['redFlagCheck'],
		redFlags: PainEntry['redFlags'] = null
	) => painEntryFactory.build({ id, at, redFlagCheck, redFlags });

	it('tells "no" to every question apart from questions never answered', () => {
		const summary = redFlagSummary([
			entry('never-asked', 50, null),
			entry('closed', 400, 'dismissed'),
			entry('yes', 300, 'answered', { 'fever-unwell': true, trauma: false }),
			entry('waiting', 200, 'pending'),
			entry('no', 100, 'answered', { 'fever-unwell': false, trauma: false })
		]);
		expect(summary.asked).toBe(4);
		expect(summary.yes.map((report) => [report.entryId, report.questions])).toEqual([
			['yes', ['Fever, or feeling very unwell, together with the back pain?']]
		]);
		expect(summary.allNo).toEqual([100]);
		expect(summary.notAnswered).toEqual([
			{ at: 200, state: 'pending' },
			{ at: 400, state: 'dismissed' }
		]);
	});

	it('has nothing asked when no check-in called for the questions', () => {
		expect(redFlagSummary([entry('a', 1, null)])).toEqual({
			asked: 0,
			yes: [],
			allNo: [],
			notAnswered: []
		});
	});
});

describe('the whole report', () => {
	const rollup = (day: string, scores: number[], extra: Partial<DayRollup> = {}) =>
		dayRollupFactory.build({ day, ...painTotals(scores), ...extra });
	const days = (from: number, to: number) =>
		Array.from(
			{ length: to - from + 1 },
			(_, index) => `2026-11-${String(from + index).padStart(2, '0')}`
		);
	// Pain 7 on 11-03 … 11-09, 6 on 11-10 … 11-23, 3 on 11-24 … 11-30; nothing before 11-03.
	const rollups = [
		...days(3, 9).map((day) => rollup(day, [7])),
		...days(10, 23).map((day) =>
			rollup(day, [6], day === '2026-11-12' ? { sensations: { tingling: { 'left-calf': 2 } } } : {})
		),
		...days(24, 30).map((day) =>
			rollup(day, [3], day === '2026-11-25' ? { clinic: ['acupuncture', 'cupping'] } : {})
		)
	];
	const input = {
		from: '2026-11-01',
		to: '2026-11-30',
		rollupsWithLead: rollups,
		entries: [],
		marks: [] as BodyMark[],
		sessions: [],
		plan: null,
		routineNames: new Map<string, string>()
	};

	it('states one weekly average: the chart line’s value at the end of the first and last week', () => {
		const report = reportContents(input, '2026-11-30');
		expect(report.trend).toMatchObject({ enough: true, from: 7, to: 3 });
		if (!report.trend.enough) return;
		const line = new Map(report.chart.daily.map((point) => [point.day, point.average]));
		expect(line.get('2026-11-09')).toBe(report.trend.from);
		expect(line.get('2026-11-30')).toBe(report.trend.to);
		expect(report.summary).toEqual({
			daysWithEntries: 28,
			meanPain: (49 + 84 + 21) / 28,
			worstScore: 7
		});
	});

	it('draws from the first day with data, and keeps the whole range for the numbers', () => {
		const report = reportContents(input, '2026-11-30');
		expect(report.drawn[0]!.day).toBe('2026-11-03');
		expect(report.drawn).toHaveLength(28);
		expect(report.rangeSummary.days).toBe(30);
		expect(report.days).toBe(30);
		// A journal that began before the range draws the range whole.
		const earlier = reportContents(
			{ ...input, rollupsWithLead: [rollup('2026-10-28', [5]), ...rollups] },
			'2026-11-30'
		);
		expect(earlier.drawn[0]!.day).toBe('2026-11-01');
	});

	it('counts each treatment of a visit, and where tingling and numbness were', () => {
		const report = reportContents(input, '2026-11-30');
		expect(report.rangeSummary.clinic).toEqual([
			{ treatment: 'acupuncture', visits: 1 },
			{ treatment: 'cupping', visits: 1 }
		]);
		expect(report.clinic.map((effect) => effect.treatment)).toEqual(['acupuncture', 'cupping']);
		expect(report.nerveSigns.tingling).toEqual({
			days: 1,
			marks: 2,
			regions: [{ regionId: 'left-calf', marks: 2 }]
		});
		expect(report.nerveSigns.numbness.days).toBe(0);
		expect(report.adherence).toBeNull();
	});
});
