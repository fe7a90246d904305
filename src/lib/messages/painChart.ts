// The words of the pain and self-care chart (Insights and the clinician report), in one place so
// they can be translated.

import type { RangeSummary } from '$lib/domain/rangeSummary';
import type { FormatNumber } from '$lib/domain/insightStatements';
import type { ClinicTreatment } from '$lib/domain/records';
import { words as treatmentWords } from './treatments';

const count = (number: number, one: string, many: string) =>
	`${number} ${number === 1 ? one : many}`;

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
	columnAverage: 'Weekly average',
	columnWorst: 'Worst',
	columnReleases: 'Self-care sessions',
	columnClinic: 'Clinic',
	footerLabel: 'Whole range',
	legendHeading: 'What the marks mean',
	legendMean: 'Your pain that day (the mean of its scores)',
	legendMeanWeekly: 'Your pain that week (the mean of its days)',
	legendAverage: 'Weekly average: each day, the mean of the 7 days up to it',
	legendBand: 'Shaded up to the worst score that day',
	legendBandWeekly: 'Shaded up to the worst score that week',
	legendSelfCare: 'A release or stretching session that day (bigger: more sessions)',
	legendSelfCareWeekly: 'Release or stretching sessions that week (bigger: more)',
	legendClinic: (treatments: readonly ClinicTreatment[]) =>
		`A clinic visit: ${treatments
			.map((treatment) => `${treatmentWords.letter[treatment]} ${treatmentWords.name[treatment]}`)
			.join(', ')}`,
	axisPain: 'Pain (0–10)',
	rowSelfCare: 'Self-care',
	rowClinic: 'Clinic',
	tooltipWeek: (day: string) => `Week of ${day}`,
	tooltipMean: (value: string) => `Pain: ${value}`,
	tooltipAverage: (value: string) => `Weekly average: ${value}`,
	tooltipWorst: (value: string) => `Worst score: ${value}`,
	tooltipSelfCare: (sessions: number) =>
		`Release or stretching: ${count(sessions, 'session', 'sessions')}`,
	tooltipClinic: (names: string) => `Clinic: ${names}`,
	/** A treatment more than once in a point: "acupuncture ×2". */
	treatmentTimes: (name: string, times: number) => (times === 1 ? name : `${name} ×${times}`),
	noValue: '—'
};

/** `rangeTitle` reads after "over": "the last 30 days", "1 Nov 2026 to 30 Nov 2026". */
export function chartLabel(rangeTitle: string): string {
	return `Chart of pain and self-care over ${rangeTitle}. The summary and the table give the same numbers.`;
}

/** A point's clinic treatments in words, each once with how often: "acupuncture ×2, cupping". */
export function clinicNames(treatments: readonly ClinicTreatment[]): string {
	const times = new Map<ClinicTreatment, number>();
	for (const treatment of treatments) times.set(treatment, (times.get(treatment) ?? 0) + 1);
	return [...times]
		.map(([treatment, number]) => words.treatmentTimes(treatmentWords.name[treatment], number))
		.join(', ');
}

/** The table's clinic total: "2 acupuncture, 1 other treatment". */
export function clinicTotals(clinic: RangeSummary['clinic']): string {
	return clinic
		.map((visit) => `${visit.visits} ${treatmentWords.counted[visit.treatment]}`)
		.join(', ');
}

/** The chart's text summary; its numbers are the same as the table's last row. */
export function summaryText(
	summary: RangeSummary,
	rangeTitle: string,
	format: FormatNumber
): string {
	const days = count(summary.days, 'day', 'days');
	// "the last 30 days" already says how long it is; a range of dates does not.
	const over = rangeTitle.endsWith(days) ? `Over ${rangeTitle}` : `Over ${rangeTitle} (${days})`;
	const sessions = `${summary.selfCareCount} release or stretching ${summary.selfCareCount === 1 ? 'session' : 'sessions'}`;
	const clinic =
		summary.clinic.length === 0
			? 'no clinic visits'
			: summary.clinic
					.map(
						(visit) =>
							`${visit.visits} ${treatmentWords.counted[visit.treatment]} ${visit.visits === 1 ? 'visit' : 'visits'}`
					)
					.join(', ');
	if (summary.meanPain === null) return `${over}: no pain logged; ${sessions}; ${clinic}.`;
	return `${over}: pain logged on ${count(summary.daysWithPain, 'day', 'days')}, averaging ${format(summary.meanPain)}; best day ${format(summary.bestDay!)}, worst day ${format(summary.worstDay!)}, highest score ${summary.worstScore}; ${sessions}; ${clinic}.`;
}
