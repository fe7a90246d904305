// The words of the shared components and the app's frame (navigation, banners, entry forms), in
// one place so they can be translated.
import type { RedFlagTrigger } from '$lib/domain/redFlags';

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
	sessionPain: {
		before: 'Pain before',
		after: 'Pain after'
	},
	sessionTimes: {
		started: 'Started',
		ended: 'Ended'
	},
	treatmentChoices: {
		legend: 'Treatments',
		otherName: 'Name of the other treatment'
	},
	tagPicker: {
		legend: 'Tags',
		addLabel: 'Add a tag',
		add: 'Add'
	},
	editEntry: {
		heading: 'Edit entry',
		save: 'Save changes'
	},
	entryRow: {
		deleted: 'Entry deleted',
		changed: 'Entry changed',
		notDeleted: 'Not deleted. Try again.',
		tags: 'Tags',
		edit: 'Edit',
		delete: 'Delete',
		which: (time: string) => ` entry at ${time}`,
		actions: (time: string) => `Actions for entry at ${time}`,
		whereLabel: 'Where it hurt: ',
		safetyPending: 'Safety check not answered',
		answerSafety: 'Answer it',
		answerSafetyFor: (time: string) => ` (safety check of the entry at ${time})`,
		safetyDismissed: 'Safety check: not answered',
		safetyYes: 'Safety check: a sign that needs a doctor'
	},
	/** After a red-flag question answered yes: on Today all day, and in History's dialog. */
	urgentCare: {
		heading: 'Please seek urgent medical care today',
		text: 'You said this is new. With back pain, it can be a sign of something that needs a doctor soon — not a release session. Call your doctor or an urgent care service today, or emergency services if it is severe or getting worse quickly.',
		noRoutines: 'Release routines are not offered today. Your answers are kept with your entry.'
	},
	/** The red-flag questions, on Today and on an entry in History. */
	redFlags: {
		heading: 'A quick safety check',
		why: {
			'severe-pain': 'your pain is 8 or more',
			'both-legs': 'you marked numbness or tingling in both legs',
			saddle: 'you marked numbness or tingling in the groin or saddle area'
		} satisfies Record<RedFlagTrigger, string>,
		becauseBefore: (reasons: string[]) => `Because ${reasons.join(' and ')}: is any of these`,
		isNew: 'new',
		legend: 'New since your last check-in',
		/** Which check-ins the answers are kept with, e.g. "today at 08:15 and yesterday at 22:10". */
		momentAt: (day: string, time: string) => `${day} at ${time}`,
		forCheckIns: (moments: string[]) =>
			`For your check-${moments.length === 1 ? 'in' : 'ins'} ${moments.join(', ')}.`,
		noneNew: 'None of these are new',
		saveAnswers: 'Save my answers',
		notNow: 'Not now',
		notNowHint:
			'“Not now” stops asking; your clinician report will show these questions as not answered.',
		dialogHeading: 'Safety check'
	},
	scoreBadge: {
		pain: 'Pain'
	},
	undo: {
		undo: 'Undo',
		dismiss: 'Dismiss',
		failed: 'Undo failed. Try again.'
	},
	/** The one button that runs the routines of the day's plan as one guided session. */
	startPlan: {
		tonight: "Start tonight's plan",
		today: "Start today's plan",
		routines: (names: string[]) => `${names.join(', ')}, one after another.`,
		resume: 'Resume the session in progress',
		review: 'Review and save the ended session'
	},
	/** The notification shown at the plan's preferred time on a day it is due. */
	planReminder: {
		title: 'Time for your self-care',
		body: 'Your planned release or stretching is due. Open Unknot to start the guided timer.'
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
	bodyMap: {
		back: 'Back',
		backHint: 'Seen from behind: your left is on the left.',
		front: 'Front',
		frontHint: 'Seen from the front: your left is on the right.',
		zoom: 'Zoom to hip and low back',
		zoomHint:
			'Hip, low back and legs down to the feet, with the muscles named. Piriformis and the small hip rotators lie deep, under the glutes. QL: quadratus lumborum. TFL: tensor fasciae latae. SI: sacroiliac joint.',
		/**
		 * Names written on the zoomed drawing, by region kind: one a place the drawing names (the
		 * deep glute names piriformis and, below it, the hip rotators); a new line where it breaks.
		 */
		mapLabels: {
			'mid-back': ['Mid back'],
			flank: ['QL'],
			'lumbar-paraspinals': ['Multifidus'],
			'lower-spine': ['Spine'],
			sacrum: ['Sacrum'],
			sacroiliac: ['SI'],
			'upper-glute': ['Glute\nmed'],
			'deep-glute': ['Piriformis', 'Hip rotators'],
			'main-glute': ['Glute max'],
			'back-of-thigh': ['Hamstrings'],
			calf: ['Calf'],
			sole: ['Sole,\nheel'],
			abdomen: ['Abdomen'],
			'front-outer-hip': ['TFL'],
			groin: ['Hip\nflexor'],
			'outer-thigh': ['IT band'],
			'front-of-thigh': ['Quads'],
			knee: ['Knee'],
			shin: ['Shin'],
			'top-of-foot': ['Foot']
		} as Readonly<Record<string, readonly string[]>>,
		backList: 'Back of the body',
		frontList: 'Front of the body',
		heatLevels: ['Not marked', 'Low', 'Medium', 'High', 'Highest'] as const,
		heatLegend: 'How often and how strongly, compared with the worst region',
		notMarked: 'not marked',
		marked: (count: number, meanIntensity: string) =>
			`marked ${count === 1 ? 'once' : `${count} times`}, mean intensity ${meanIntensity}`
	},
	markEditor: {
		label: 'Where it hurts',
		pathStep: (step: number, name: string) => `Path step ${step}: ${name}.`,
		offPath: (name: string) => `Taken off the path: ${name}.`,
		removed: (name: string) => `Removed ${name}.`,
		marked: (name: string) => `Marked ${name}.`,
		pathFinished: 'Path finished.',
		drawingPath: 'Drawing a radiating path: select regions in order from where it starts.',
		drawPath: 'Draw radiating path',
		drawingHint:
			'Select regions in order, from where the pain starts to where it runs. Select a step again to take it off. Press the button again when done.',
		pathHint: 'For pain that runs, e.g. from the deep glute down the back of the leg.',
		path: (names: string[]) => `Path: ${names.join(' → ')}`,
		list: 'Choose from a list instead',
		markedRegions: 'Marked regions',
		stepOf: (step: number) => `, path step ${step}`,
		intensity: 'Intensity',
		sensations: 'Sensations',
		remove: 'Remove'
	},
	/** Where a clinic visit treated, chosen on the body map. */
	treatedRegions: {
		legend: 'Where was it treated?',
		hint: 'Tap each place on the map (zoom in for the hip and low back), or choose from the list.',
		chosen: 'Places treated',
		none: 'No place chosen yet.',
		remove: (name: string) => `Remove ${name}`,
		added: (name: string) => `Added ${name}.`,
		removed: (name: string) => `Removed ${name}.`
	},
	urgentDay:
		'No release routine today: you reported a sign that needs a doctor first. Please seek urgent medical care today.'
};
