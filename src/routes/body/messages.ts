// The words of the Body screen, in one place so they can be translated.
import type { HeatRange } from '$lib/domain/heatMap';

export const words = {
	pageTitle: 'Body · Unknot',
	title: 'Body',
	intro: 'Where it hurt, coloured by how often and how strongly.',
	rangeLegend: 'Range',
	ranges: {
		'7': '7 days',
		'30': '30 days',
		'90': '90 days',
		'365': 'A year',
		all: 'All'
	} satisfies Record<HeatRange, string>,
	mapHeading: 'Heat map',
	mapHint: 'Select a region to see its history.',
	topHeading: 'Most painful regions',
	noMarksInRange: 'No regions marked in this range. Choose a longer range.',
	emptyHeading: 'No body marks yet',
	emptyText: 'When you save a check-in, open “Where?” and mark where it hurts. It will show here.',
	emptyLink: 'Go to Today',
	historyHeading: (name: string) => `History: ${name}`,
	historyClose: 'Close history',
	historyShown: (name: string) => `History of ${name} shown below the map.`,
	historyHidden: (name: string) => `History of ${name} closed.`,
	trendLabel: 'Mean intensity by day',
	entriesHeading: 'Entries that marked it',
	entryPain: (score: number) => `pain ${score}`,
	markIntensity: (intensity: number) => `here ${intensity}`,
	weeksHeading: 'Last 8 weeks',
	weeksHint: 'Each week’s map, and the share of the body’s regions marked that week.',
	weekCaption: (dates: string, regions: number, share: string) =>
		`${dates}: ${regions} ${regions === 1 ? 'region' : 'regions'}, ${share} of the body`,
	times: (count: number) => (count === 1 ? 'once' : `${count} times`),
	mean: (value: string) => `mean intensity ${value}`,
	loadFailed: 'The journal could not be read. Reload the page to try again.'
};
