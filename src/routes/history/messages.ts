// The words of the History screen, in one place so they can be translated.

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
const longDay = (day: string) => dayFormat.format(new Date(`${day}T12:00`));

export const words = {
	pageTitle: 'History · Unknot',
	title: 'History',
	searchLabel: 'Search your notes',
	searchButton: 'Search',
	searchShowing: (text: string) => `Entries and sessions with “${text}”, newest first`,
	clearSearch: 'Clear search',
	searchNothing: (text: string) =>
		`Nothing found for “${text}”. The search looks at the words of notes and tags.`,
	showMoreFound: 'Show more results',
	noMoreFound: 'No more results.',
	tools: 'Filter, jump to a date, or log for another day',
	from: 'From',
	to: 'To',
	tag: 'Tag',
	anyTag: 'Any tag',
	applyFilter: 'Apply filter',
	showAll: 'Show all',
	rangeReversed: 'The start of the range is after its end.',
	jumpTo: 'Jump to date',
	jump: 'Jump',
	chooseJumpDay: 'Choose a date to jump to.',
	otherDay: 'Log for another day',
	openForm: 'Open the form',
	chooseDay: 'Choose a date.',
	futureDay: 'That date is in the future.',
	showNewer: 'Show newer days',
	nothingBefore: (day: string, start: string | null) =>
		start
			? `Nothing on or before ${longDay(day)}: your journal starts on ${longDay(start)}.`
			: `Nothing on or before ${longDay(day)}.`,
	showNewest: 'Show the newest days',
	showOlder: 'Show older days',
	noMatch: 'No entries match this filter.',
	empty: 'No entries yet. Your check-ins will appear here, grouped by day.',
	checkInNow: 'Check in now',
	oldest: 'That is the oldest entry.',
	day: {
		mean: 'Mean',
		lowest: 'lowest',
		highest: 'highest',
		entries: (count: number) => `${count} ${count === 1 ? 'entry' : 'entries'}`,
		dailyCheck: 'daily check',
		add: 'Add',
		addFor: (title: string) => ` an entry for ${title}`
	},
	session: {
		clinicTitle: (name: string) => `Clinic visit: ${name}`,
		at: (name: string, time: string) => `${name} at ${time}`,
		actions: (label: string) => `Actions for ${label}`,
		deleted: 'Session deleted',
		notDeleted: 'Not deleted. Try again.',
		edit: 'Edit',
		delete: 'Delete',
		seconds: (seconds: string) => `${seconds} s`,
		minutes: (minutes: string) => `${minutes} min`,
		minutesSeconds: (minutes: string, seconds: string) => `${minutes} min ${seconds} s`,
		sides: { left: 'left', right: 'right', centre: 'centre' } as Record<string, string>,
		sidesJoiner: ' and ',
		spots: (done: number, planned: number) => `${done} of ${planned} spots`,
		held: (duration: string) => `${duration} held`,
		endedEarly: 'ended early',
		loggedAfterwards: 'logged afterwards',
		pain: (before: string, after: string) => `pain ${before} → ${after}`,
		noPain: '–',
		factsJoiner: ' · '
	},
	editSession: {
		clinicHeading: 'Edit clinic visit',
		heading: 'Edit session',
		date: 'Date',
		save: 'Save changes'
	}
};
