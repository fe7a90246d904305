// The words of the clinician report, in one place so they can be translated.

import type { Adherence, ReportRangeChoice } from '$lib/domain/report';

const times = (count: number) => (count === 1 ? 'once' : `${count} times`);
const days = (count: number) => (count === 1 ? '1 day' : `${count} days`);

export const words = {
	pageTitle: 'Clinician report · Unknot',
	title: 'Pain and self-care report',
	controlsHeading: 'Report settings',
	rangeLegend: 'Range',
	ranges: {
		'7d': 'Last 7 days',
		'30d': 'Last 30 days',
		'90d': 'Last 90 days',
		'1y': 'A year',
		dates: 'From–to dates'
	} satisfies Record<ReportRangeChoice, string>,
	rangeTitles: {
		'7d': 'the last 7 days',
		'30d': 'the last 30 days',
		'90d': 'the last 90 days',
		'1y': 'the last year'
	} satisfies Record<Exclude<ReportRangeChoice, 'dates'>, string>,
	fromLabel: 'From',
	toLabel: 'To',
	datesMissing: 'Choose both a first and a last day.',
	datesOrder: 'The first day must not be after the last day.',
	nameLabel: 'Name (optional)',
	nameHint: 'Shown at the top of the report; kept on this device only.',
	includeNotes: 'Include notes',
	print: 'Print or save as PDF',
	printHint: 'Choose “Save as PDF” in the print dialog to keep a file.',
	loading: 'Loading your journal…',
	loadFailed: 'The journal could not be read. Reload the page to try again.',
	forName: (name: string) => `For ${name}`,
	rangeLine: (from: string, to: string, days: number) =>
		`${from} to ${to} (${days} ${days === 1 ? 'day' : 'days'})`,
	produced: (date: string) => `Produced ${date} with Unknot, a self-kept journal.`,
	summaryHeading: 'Pain summary',
	daysWithEntries: 'Days with entries',
	daysOf: (count: number, days: number) => `${count} of ${days}`,
	meanPain: 'Mean pain (0–10)',
	worstScore: 'Worst score',
	weeklyAverage: 'Weekly average, first → last week',
	fromTo: (from: string, to: string) => `${from} → ${to}`,
	noValue: '—',
	pegHeading: 'PEG (pain, enjoyment, general activity; 0–10)',
	pegFirstLast: (first: string, last: string) => `First ${first}, last ${last}.`,
	pegAt: (score: string, day: string) => `${score} (${day})`,
	noPeg: 'No PEG checks in this range.',
	pegCaption: 'PEG by week',
	pegWeek: 'Week',
	pegDays: 'Days checked',
	pegMean: 'Mean PEG',
	mapHeading: 'Where it hurt',
	mapCaption: 'Body regions coloured by how often and how strongly they were marked.',
	topRegions: 'Most marked regions',
	noMarks: 'No body regions marked in this range.',
	times,
	nerveSigns: (name: string, count: number, where: string) =>
		count === 0 ? `${name}: not marked.` : `${name} on ${days(count)}: ${where}.`,
	meanIntensity: (value: string) => `mean intensity ${value}`,
	sessionsHeading: 'Sessions by routine',
	sessionsTable: 'Table of sessions by routine',
	noSessions: 'No release or stretching sessions in this range.',
	noPlan: 'No self-care plan is set up, so there is no adherence to report.',
	planAdherence: (adherence: Adherence) =>
		adherence.percent === null
			? 'Plan: no planned days in this range yet.'
			: `Plan: ${adherence.doneDays} of ${adherence.plannedDays} planned days done in full (${adherence.percent}%)${adherence.partDays > 0 ? `, part of it on ${days(adherence.partDays)} more` : ''}. Rest days left out.`,
	adherence: 'Planned days done',
	adherenceCell: (adherence: Adherence) =>
		adherence.percent === null
			? '—'
			: `${adherence.doneDays} of ${adherence.plannedDays} (${adherence.percent}%)`,
	notPlanned: 'not in plan',
	routine: 'Routine',
	sessions: 'Sessions',
	holdMinutes: 'Hold minutes',
	painBeforeAfter: 'Pain before → after',
	beforeAfter: (before: string, after: string, count: number) =>
		`${before} → ${after} (n = ${count})`,
	clinicHeading: 'Clinic treatments: the 3 days after',
	noClinic: 'No clinic visits in this range.',
	redFlagsHeading: 'Red flags',
	redFlagsNotAsked:
		'The red-flag questions were not asked in this range: no check-in called for them.',
	redFlagsAsked: (count: number) =>
		`The red-flag questions were asked after ${count} ${count === 1 ? 'check-in' : 'check-ins'}:`,
	redFlagsYes: (questions: string) => `answered yes to: ${questions}`,
	redFlagsAllNo: (count: number, when: string) =>
		`Answered no to every question ${times(count)} (${when}).`,
	redFlagsNotAnswered: (count: number, when: string) => `Not answered ${times(count)} (${when}).`,
	redFlagsWhen: (day: string, closed: boolean) =>
		closed ? `${day}, closed without an answer` : day,
	notesHeading: 'Notes',
	noNotes: 'No notes in this range.',
	noteDate: 'Date',
	noteScore: 'Pain',
	noteText: 'Note'
};
