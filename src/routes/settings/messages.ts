// The words of the Settings screen, in one place so they can be translated.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });
const number = new Intl.NumberFormat(undefined);

export const words = {
	pageTitle: 'Settings · Unknot',
	title: 'Settings',
	theme: {
		heading: 'Appearance',
		legend: 'Theme',
		system: 'Same as this device',
		light: 'Light',
		dark: 'Dark',
		notRemembered: 'The theme is applied but could not be remembered for next time.'
	},
	sessionCues: {
		heading: 'Release sessions',
		label: 'Sound and vibration at the end of each hold',
		hint: 'Where the device supports them. The screen stays on during a session.'
	},
	storage: {
		heading: 'Storage on this device',
		intro:
			'Your journal is stored only in this browser on this device. Nothing is sent anywhere, so nobody else can read it — and no copy exists elsewhere unless you make a backup.',
		checking: 'Checking storage…',
		unsupported: 'This browser does not say whether it keeps site data; keep regular backups.',
		persistent: 'Persistent storage',
		persisted: 'Yes: the browser will not clear your journal to free space.',
		notPersisted: 'No: the browser may clear site data when space runs low.',
		spaceUsed: 'Space used',
		usage: (used: string, quota: string) => `${used} of ${quota} available to Unknot`,
		ask: 'Ask the browser to keep my journal',
		granted: 'Granted: the browser will not clear your journal to free space.',
		notGranted:
			'Not granted yet. Browsers often grant this once a site is installed or used often. Keep regular backups.',
		appleHeading: 'On iPhone and iPad',
		appleText:
			'Safari may erase the data of a website that has not been used for 7 days. Add Unknot to your Home Screen (Share, then Add to Home Screen) so it is kept like an app, and make a backup now and then.'
	},
	about: {
		heading: 'About',
		what: 'Unknot is a pain and self-care journal. Everything you enter stays in this browser, on this device; nothing is sent anywhere.',
		notADoctor:
			'Unknot does not diagnose anything and does not replace a clinician. If pain is new, severe or worrying, or comes with other symptoms, see a doctor or physiotherapist.',
		redFlagsHeading: 'Signs that need a doctor, not a ball',
		redFlagsText:
			'With low back pain, see a doctor urgently — the same day — if any of these is new. Unknot asks about them after a check-in with pain 8 or more, or numbness or tingling in both legs or the groin or saddle area.',
		showWelcome: 'Show the welcome again'
	},
	report: {
		heading: 'Clinician report',
		text: 'A one-page summary of a chosen range to print or save as a PDF for a clinician.',
		link: 'Open the clinician report'
	},
	backup: {
		heading: 'Backup',
		intro:
			'A backup is one file with everything in your journal. Keep it somewhere safe: it is the only copy outside this browser.',
		never: 'No backup made on this device yet.',
		last: (at: number) => `Last backup: ${dateTime.format(at)}.`,
		button: 'Download backup',
		progress: 'Preparing the backup',
		done: (fileName: string) => `Backup downloaded as ${fileName}.`,
		failed:
			'The backup could not be made: the journal could not be read. Try again; if it keeps failing, reload the page and try once more.'
	},
	restore: {
		heading: 'Restore',
		intro:
			'Restore a backup file made by Unknot. The file is checked in full before anything changes.',
		fileLabel: 'Backup file',
		checking: 'Checking the file',
		emptyFile: 'This file is empty: it holds no backup.',
		tooLarge:
			'This file is larger than 50 MB, which is more than any Unknot backup. Choose the backup file Unknot made.',
		unreadable: 'The file could not be read',
		summary: (exportedAt: string, rows: number) =>
			`Backup of ${dateTime.format(Date.parse(exportedAt))} with ${number.format(rows)} records.`,
		notChangedYet: 'Nothing has changed yet.',
		modeLegend: 'How to restore',
		merge: 'Merge with what is here',
		mergeHint:
			'Adds what is missing; where both have a record, the more recently changed one is kept.',
		replace: 'Replace everything here',
		replaceHint: 'Deletes what is here now and puts the backup in its place.',
		button: 'Restore',
		chooseFirst: 'Choose a backup file first.',
		confirmHeading: 'Replace all your data?',
		confirmText:
			'Everything in this journal will be replaced by the backup. First download a copy of what is here now, in case you need it again.',
		downloadCurrent: 'Download a copy of my current data',
		currentDownloaded: (fileName: string) => `Your current data was downloaded as ${fileName}.`,
		confirm: 'Replace all my data',
		cancel: 'Cancel',
		progress: 'Restoring',
		waiting:
			'Still waiting for another tab or page of Unknot to finish with the journal. The restore goes on by itself once it has; closing other Unknot tabs helps.',
		done: (added: number, updated: number, unchanged: number) =>
			`Restored: ${number.format(added)} added, ${number.format(updated)} updated, ${number.format(unchanged)} unchanged.`
	},
	spreadsheet: {
		heading: 'Spreadsheet (CSV)',
		intro:
			'For a spreadsheet or your clinician. These files cannot be restored; use a backup for that.',
		painEntries: 'Download pain entries (CSV)',
		sessions: 'Download sessions (CSV)',
		done: (fileName: string) => `Downloaded ${fileName}.`,
		failed:
			'The file could not be made: the journal could not be read. Try again; if it keeps failing, reload the page and try once more.'
	},
	erase: {
		heading: 'Delete all my data',
		intro:
			'Deletes every entry, session, routine, plan and setting from this device. This cannot be undone: download a backup first if you may want it again.',
		word: 'DELETE',
		label: 'Type DELETE to confirm',
		mismatch: 'Type DELETE in capital letters to confirm.',
		button: 'Delete all my data',
		done: 'All your data has been deleted from this device.'
	}
};
