// The words of the shared components and the app's frame (navigation, banners, entry forms), in
// one place so they can be translated.

export const commonWords = {
	layout: {
		skipLink: 'Skip to content',
		brand: 'Unknot',
		offline: 'Offline — everything still works and is saved here'
	},
	navigation: {
		label: 'Main',
		today: 'Today',
		history: 'History',
		body: 'Body',
		release: 'Release',
		insights: 'Insights',
		settings: 'Settings'
	},
	entryForm: {
		more: 'Note, tags and time',
		note: 'Note',
		noteCount: (length: number, limit: number) => `${length} of ${limit} characters`,
		time: 'Time',
		timeHint: 'Leave empty for now. Any earlier time works.'
	},
	tagPicker: {
		legend: 'Tags',
		addLabel: 'Add a tag',
		add: 'Add'
	},
	editEntry: {
		heading: 'Edit entry',
		cancel: 'Cancel',
		save: 'Save changes',
		notSaved: 'Not saved: something went wrong. Your changes are still here.'
	},
	entryRow: {
		deleted: 'Entry deleted',
		notDeleted: 'Not deleted. Try again.',
		tags: 'Tags',
		edit: 'Edit',
		delete: 'Delete',
		which: (time: string) => ` entry at ${time}`
	},
	scoreBadge: {
		pain: 'Pain'
	},
	undo: {
		undo: 'Undo',
		dismiss: 'Dismiss'
	},
	banners: {
		unavailableHeading: 'Unknot cannot open its storage on this device.',
		unavailableText:
			'Nothing can be saved right now. This happens in some private-browsing modes, when storage is blocked for this site, or when the device is full. Try a normal window, allow site storage, or free some space, then reload.',
		newerHeading: 'A newer version of Unknot is open in another tab.',
		newerDraftKept:
			'This tab has stepped aside so the update can finish. Your unsaved entry is kept as a draft; reload when ready.',
		newerReloading: 'This tab has stepped aside so the update can finish, and reloads in a moment.',
		reloadTab: 'Reload this tab',
		updateHeading: 'Update available.',
		updateDraftKept: 'Your unsaved entry is kept as a draft and restored after the update.',
		reload: 'Reload',
		later: 'Later'
	},
	urgentDay:
		'No release routine today: you reported a sign that needs a doctor first. Please seek urgent medical care today.'
};
