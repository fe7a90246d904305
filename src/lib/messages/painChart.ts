// The words of the pain and self-care chart (Insights and the clinician report), in one place so
// they can be translated.

import type { RangeSummary } from '$lib/domain/rangeSummary';
import type { FormatNumber } from '$lib/domain/insightStatements';
import { words as treatmentWords } from './treatments';

export const words = {
	chartHeading: 'Pain and self-care',
	showTable: 'Show as table',
	hideTable: 'Hide table',
	loadFailed: 'The chart could not be loaded. The table below has the same numbers.',
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

/** `rangeTitle` reads after "over": "the last 30 days", "1 Nov 2026 to 30 Nov 2026". */
export function chartLabel(rangeTitle: string): string {
	return `Chart of pain and release sessions over ${rangeTitle}. The summary and the table give the same numbers.`;
}

/** The chart's text summary; its numbers are the same as the table's last row. */
export function summaryText(
	summary: RangeSummary,
	rangeTitle: string,
	format: FormatNumber
): string {
	const over = `Over ${rangeTitle} (${summary.days} ${summary.days === 1 ? 'day' : 'days'})`;
	const sessions = `${summary.selfCareCount} release or stretching ${summary.selfCareCount === 1 ? 'session' : 'sessions'}`;
	const clinic =
		summary.clinic.length === 0
			? 'no clinic visits'
			: summary.clinic
					.map(
						(visit) =>
							`${visit.visits} ${treatmentWords.name[visit.treatment]} ${visit.visits === 1 ? 'visit' : 'visits'}`
					)
					.join(', ');
	if (summary.meanPain === null) return `${over}: no pain logged; ${sessions}; ${clinic}.`;
	return `${over}: pain logged on ${summary.daysWithPain} ${summary.daysWithPain === 1 ? 'day' : 'days'}, averaging ${format(summary.meanPain)}; best day ${format(summary.bestDay!)}, worst day ${format(summary.worstDay!)}, highest score ${summary.worstScore}; ${sessions}; ${clinic}.`;
}

export const clinicLetters: Record<string, string> = treatmentWords.letter;
