// The words of the backup, restore, spreadsheet, erase and report sections of Settings, in one place.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });
const number = new Intl.NumberFormat(undefined);

export const messages = {
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
		done: (fileName: string) => `Backup downloaded as ${fileName}.`
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
			`Backup of ${dateTime.format(Date.parse(exportedAt))} with ${number.format(rows)} records. Nothing has changed yet.`,
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
		done: (added: number, updated: number, unchanged: number) =>
			`Restored: ${number.format(added)} added, ${number.format(updated)} updated, ${number.format(unchanged)} unchanged.`
	},
	spreadsheet: {
		heading: 'Spreadsheet (CSV)',
		intro:
			'For a spreadsheet or your clinician. These files cannot be restored; use a backup for that.',
		painEntries: 'Download pain entries (CSV)',
		sessions: 'Download sessions (CSV)',
		done: (fileName: string) => `Downloaded ${fileName}.`
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
	},
	reminder: {
		label: 'Backup reminder',
		never: 'Your journal has never been backed up.',
		old: (at: number) => `Your last backup was on ${dateTime.format(at)}.`,
		action: 'Back up now'
	}
};
