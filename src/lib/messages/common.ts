// The words of the shared components and the app's frame (navigation, banners, entry forms), in
// one place so they can be translated.

export const words = {
	/** A part of a screen loaded on demand could not be fetched (e.g. offline before it was cached). */
	notLoaded: 'This part could not be loaded. Reload the page to try again.',
	layout: {
		skipLink: 'Skip to content',
		brand: 'Unknot',
		offline: 'Offline — everything still works and is saved here',
		needsScript:
			'Unknot needs JavaScript to save and show your journal. Turn it on for this site, then reload.'
	},
	screenGuide: {
		summary: 'How this screen works'
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
	/** Every form's shared words. */
	form: {
		note: 'Note',
		noteCount: (length: number, limit: number) => `${length} of ${limit} characters`,
		notSaved: 'Not saved: something went wrong. What you typed is still here.',
		close: 'Close',
		cancel: 'Cancel'
	},
	entryForm: {
		more: 'Note, tags and time',
		/** Beside "Note, tags and time" while folded, so a restored draft is seen without unfolding. */
		holds: (parts: string[]) => `(${parts.join(', ')})`,
		heldNote: 'note',
		heldTags: (count: number) => (count === 1 ? '1 tag' : `${count} tags`),
		heldTime: 'time',
		time: 'Time',
		timeHint: 'Leave empty for now. Any earlier time works.',
		/** Beside a time already filled in (an edit, or a check-in for another day). */
		timeHintFilled: 'When it was. Any time up to now works.'
	},
	whereField: {
		where: 'Where?',
		regionCount: (count: number) => `(${count} ${count === 1 ? 'region' : 'regions'})`
	},
	undo: {
		undo: 'Undo',
		dismiss: 'Dismiss',
		failed: 'Undo failed. Try again.'
	},
	banners: {
		unavailableHeading: 'Unknot cannot open its storage on this device.',
		unavailableText:
			'Nothing can be saved right now. This happens in some private-browsing modes, when storage is blocked for this site, or when the device is full. Try a normal window, allow site storage, or free some space, then reload.',
		newerHeading: 'A newer version of Unknot is open in another tab.',
		newerDraftKept:
			'This tab has stepped aside so the update can finish. What you typed and have not saved is kept as a draft; reload when ready.',
		newerReloading: 'This tab has stepped aside so the update can finish, and reloads in a moment.',
		newerCopyFirst:
			'This tab has stepped aside so the update can finish. What you are typing is not kept by a reload: copy it first, then reload.',
		reloadTab: 'Reload this tab',
		updatedHeading: 'Unknot was updated in another tab.',
		updatedDraftKept:
			'This tab reloads once what you are typing is saved or cancelled. A reload now keeps it as a draft and restores it.',
		updatedCopyFirst:
			'This tab reloads once what you are typing is saved or cancelled. A reload now does not keep all of it: save or copy it first.',
		updateHeading: 'Update available.',
		updateDraftKept:
			'What you typed and have not saved is kept as a draft and restored after the update.',
		updateSaveFirst: 'Save what you are typing first: a reload does not keep it.',
		reload: 'Reload',
		later: 'Later'
	},
	painScale: {
		legend: 'Pain now',
		/** A scale word with soft hyphens where it may break in a narrow button. */
		breakable: (word: string) =>
			word
				.replace('moderate', 'mod\u00ader\u00adate')
				.replace('imaginable', 'imag\u00adin\u00adable')
	},
	urgentDay:
		'No release routine today: you reported a sign that needs a doctor first. Please seek urgent medical care today.'
};
