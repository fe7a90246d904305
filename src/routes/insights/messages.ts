// The words of the Insights screen, in one place so they can be translated.

import type { RangeChoice } from '$lib/domain/dailySeries';
import type { RangeSummary } from '$lib/domain/rangeSummary';
import { treatmentNames, type FormatNumber } from '$lib/domain/insightStatements';

export const rangeNames: Record<RangeChoice, string> = {
	'7d': '7 days',
	'30d': '30 days',
	'90d': '90 days',
	'1y': '1 year',
	all: 'All'
};

export const rangeTitles: Record<RangeChoice, string> = {
	'7d': 'the last 7 days',
	'30d': 'the last 30 days',
	'90d': 'the last 90 days',
	'1y': 'the last year',
	all: 'everything logged'
};

export const words = {
	title: 'Insights',
	intro: 'How your pain and your self-care went together over time.',
	rangeGroup: 'Range',
	chartHeading: 'Pain and self-care',
	showTable: 'Show as table',
	hideTable: 'Hide table',
	loading: 'Loading your journal…',
	emptyTitle: 'Nothing to show yet',
	emptyText: 'Insights appear once you have logged some pain scores.',
	emptyLink: 'Log your pain on Today',
	helpHeading: 'Does it help?',
	trendHeading: 'Trend',
	lagHeading: 'Days with self-care and the days after',
	doneNote:
		'Without a plan, a day counts as done when it has at least one release or stretching session. Set a plan on Release to compare planned days instead.',
	planDoneNote:
		'Planned days from your plan on Release: done when every planned routine was done. Rest days are left out.',
	sessionHeading: 'Within a session',
	noSessionPairs: 'No sessions in this range have pain scored both before and after.',
	clinicHeading: 'Clinic treatments',
	noClinic: 'No clinic visits in this range.',
	whereHeading: 'Where',
	whereIntro: 'The body regions you marked most often in this range.',
	noMarks: 'No body regions marked in this range.',
	noRoutines: 'No routine in this range targeted it.',
	weeklyNote: 'This range is long, so each point is a week: the mean of its daily means.',
	tableCaption: 'Pain and self-care by day',
	tableCaptionWeekly: 'Pain and self-care by week',
	columnDay: 'Day',
	columnWeek: 'Week of',
	columnMean: 'Mean pain',
	columnAverage: '7-day average',
	columnWorst: 'Worst',
	columnReleases: 'Release sessions',
	columnClinic: 'Clinic',
	footerLabel: 'Whole range',
	legendMean: 'Daily mean pain',
	legendMeanWeekly: 'Weekly mean pain',
	legendAverage: '7-day average',
	legendBand: 'Up to the worst score',
	legendReleases: 'Release sessions',
	axisPain: 'Pain (0–10)',
	axisSessions: 'Sessions',
	noValue: '—'
};

export function chartLabel(choice: RangeChoice): string {
	return `Chart of pain and release sessions over ${rangeTitles[choice]}. The summary and the table give the same numbers.`;
}

/** The chart's text summary; its numbers are the same as the table's last row. */
export function summaryText(
	summary: RangeSummary,
	choice: RangeChoice,
	format: FormatNumber
): string {
	const over = `Over ${rangeTitles[choice]} (${summary.days} ${summary.days === 1 ? 'day' : 'days'})`;
	const sessions = `${summary.releaseCount} release or stretching ${summary.releaseCount === 1 ? 'session' : 'sessions'}`;
	const clinic =
		summary.clinic.length === 0
			? 'no clinic visits'
			: summary.clinic
					.map(
						(visit) =>
							`${visit.visits} ${treatmentNames[visit.treatment]} ${visit.visits === 1 ? 'visit' : 'visits'}`
					)
					.join(', ');
	if (summary.meanPain === null) return `${over}: no pain logged; ${sessions}; ${clinic}.`;
	return `${over}: pain logged on ${summary.daysWithPain} ${summary.daysWithPain === 1 ? 'day' : 'days'}, averaging ${format(summary.meanPain)}; best day ${format(summary.bestDay!)}, worst day ${format(summary.worstDay!)}, highest score ${summary.worstScore}; ${sessions}; ${clinic}.`;
}

export const clinicLetters: Record<string, string> = {
	acupuncture: 'A',
	cupping: 'C',
	moxibustion: 'M'
};
