// The words of "Tingling and numbness" over time (Insights and Body), in one place so they can be
// translated.

import type { NerveSensation } from '$lib/domain/sensationWeeks';

const days = (count: number) => (count === 1 ? '1 day' : `${count} days`);

export const words = {
	heading: 'Tingling and numbness',
	intro:
		'Signs that a nerve is irritated, as in sciatica: on how many days of each week you marked them, and where.',
	none: 'No tingling or numbness marked in this range.',
	names: { tingling: 'Tingling', numbness: 'Numbness' } satisfies Record<NerveSensation, string>,
	/** "In this range: tingling on 12 days, numbness on 4 days." */
	summary: (tallies: readonly { name: string; days: number }[]) =>
		`In this range: ${tallies.map((tally) => `${tally.name.toLowerCase()} on ${days(tally.days)}`).join(', ')}.`,
	weekOf: 'Week',
	onDays: (count: number) => (count === 0 ? 'none' : `on ${days(count)}`),
	/** The regions of one sensation in one week, most marked first. */
	where: (regions: readonly string[]) => regions.join(', '),
	/** For the clinician: each region with how many times it was marked. */
	whereCounted: (regions: readonly { name: string; marks: number }[]) =>
		regions.map((region) => `${region.name} (${region.marks})`).join(', '),
	listLabel: 'Tingling and numbness by week',
	showEarlier: (count: number) => `Show ${count} earlier ${count === 1 ? 'week' : 'weeks'}`,
	hideEarlier: 'Show the latest weeks only'
};
