// The words of the Today screen, in one place so they can be translated.

// Made on first use, never while the module loads: a page's first date formatter costs about
// 120 ms on a slow phone (measured at 4× CPU slowdown), and Today's hydration needs none.
let dateTime: Intl.DateTimeFormat | undefined;
const longDateTime = (at: number) =>
	(dateTime ??= new Intl.DateTimeFormat(undefined, {
		dateStyle: 'long',
		timeStyle: 'short'
	})).format(at);

export const words = {
	pageTitle: 'Today · Unknot',
	title: 'Today',
	shortcuts: {
		heading: 'Keyboard shortcuts on Today',
		keys: [
			{ keys: '0 to 9', action: 'set "Pain now" to that number' },
			{ keys: '1 then 0', action: 'set "Pain now" to 10' },
			{ keys: 'Enter', action: 'save the check-in' }
		] as readonly { keys: string; action: string }[]
	},
	checkIn: {
		heading: 'Check in',
		loggingFor: (day: string) => `Logging for ${day}.`,
		draftRestored: 'Draft restored.',
		clearDraft: 'Clear draft',
		save: 'Save',
		sameAsLastTime: 'Same as last time',
		noMarksToCopy: 'No earlier entry has marks to copy.',
		copiedMarks: (count: number) =>
			`Copied ${count} ${count === 1 ? 'mark' : 'marks'} from last time.`,
		marksUnreadable: 'The last marks could not be read. Try again.',
		forDay: (day: string) => ` for ${day}`,
		saved: (label: string, when: string) => `Saved: pain ${label}${when}.`
	},
	entries: {
		heading: "Today's entries",
		empty: 'No entries yet today. Choose a number above and press Save.'
	},
	dailyCheck: {
		heading: 'Daily check',
		doneBefore: 'Done for today: score ',
		doneAfter: (pain: number, enjoyment: number, activity: number) =>
			` of 10 (the mean of pain ${pain}, enjoyment of life ${enjoyment} and activity ${activity}).`,
		edit: 'Edit daily check',
		intro:
			'Three questions, once a day, about the past day. Your clinician may know this as the PEG scale; it shows how pain affects daily life, not only how strong it is.',
		answer: 'Answer the daily check',
		scaleEnds: (low: string, high: string) => `${low} · ${high}`,
		save: 'Save daily check',
		cancel: 'Cancel'
	},
	planDue: {
		heading: 'Self-care today',
		rest: 'Today is a rest day.',
		nothingPlanned: 'Nothing planned today.',
		due: (when: string, done: number, planned: number) =>
			`Due today, ${when}: ${done} of ${planned} done.`,
		done: (done: number, planned: number) => `Done today: ${done} of ${planned}.`,
		beforeBed: (clock: string) => `before bed (${clock})`,
		routineDone: 'done',
		routineNotYet: 'not yet',
		noPlan: 'No self-care plan yet.',
		alsoToday: (names: string[]) => `Also today: ${names.join(', ')}.`,
		goToRelease: 'Go to Release',
		setPlan: 'Set a plan on Release'
	},
	backupReminder: {
		label: 'Backup reminder',
		never: 'Your journal has never been backed up.',
		old: (at: number) => `Your last backup was on ${longDateTime(at)}.`,
		action: 'Back up now'
	}
};
