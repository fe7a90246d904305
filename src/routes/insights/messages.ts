// The words of the Insights screen, in one place so they can be translated.

import type { RangeChoice } from '$lib/domain/dailySeries';

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
	pageTitle: 'Insights · Unknot',
	title: 'Insights',
	intro: 'How your pain and your self-care went together over time.',
	reportLink: 'Open the clinician report',
	rangeGroup: 'Range',
	loading: 'Loading your journal…',
	emptyTitle: 'Nothing to show yet',
	emptyText: 'Insights appear once you have logged some pain scores.',
	emptyLink: 'Log your pain on Today',
	helpHeading: 'Pain and self-care together',
	trendHeading: 'Trend',
	planHeading: 'Before and since your plan',
	planNote: (startDay: string) =>
		`Your plan started on ${startDay}. These look at the 4 weeks before it and every week since, whatever range is chosen above.`,
	loadingPlan: 'Reading the weeks of your plan…',
	lagHeading: 'Days with self-care and the days after',
	doneNote:
		'Without a plan, a day counts as done when it has at least one release or stretching session. Set a plan on Release to compare planned days instead.',
	planDoneNote:
		'Planned days from your plan on Release: done when every planned routine was done. Rest days are left out.',
	flexiblePlanDoneNote:
		'Your plan asks for a number of days a week rather than fixed days: a day counts as a planned day without it only when, without it, the week’s target could no longer be met. Rest days are left out.',
	sessionHeading: 'Pain before and after each routine',
	loadingSessions: 'Reading your sessions…',
	analysisFailed:
		'The comparisons could not be loaded. Reload the page to try again; the chart above has your numbers.',
	noSessionPairs: 'No sessions in this range have pain scored both before and after.',
	clinicHeading: 'Clinic treatments',
	noClinic: 'No clinic visits in this range.',
	whereHeading: 'Where',
	whereIntro: 'The body regions you marked most often in this range.',
	noMarks: 'No body regions marked in this range.',
	noRoutines: 'No routine in this range targeted it.',
	regionTally: (marks: number, days: number, meanIntensity: string) =>
		`marked ${marks} ${marks === 1 ? 'time' : 'times'} on ${days} ${days === 1 ? 'day' : 'days'}, mean intensity ${meanIntensity}`,
	targetedBy: (routines: readonly { name: string; sessions: number }[]) =>
		`Targeted by ${routines
			.map(
				(routine) =>
					`${routine.name} (${routine.sessions} ${routine.sessions === 1 ? 'session' : 'sessions'})`
			)
			.join(', ')}.`
};
