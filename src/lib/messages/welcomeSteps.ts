// The words of the welcome's second and third steps (keeping the journal safe, installing),
// loaded with those steps; the frame's and the first step's are in welcome.ts.

/** The outcome of asking for persistent storage. */
export type PersistenceOutcome = 'granted' | 'denied' | 'unsupported' | 'failed';

export const words = {
	privacy: {
		body: 'Every entry is stored only in this browser, on this device. Nothing is sent anywhere: there is no account, no server, no analytics.',
		keepSafeIntro:
			'Browsers may clear site data when the device runs short of space. You can ask this browser to keep your journal.',
		keepSafe: 'Keep my journal safe on this device',
		asking: 'Asking the browser…'
	},
	install: {
		body: 'Installed, Unknot opens from your home screen or app list like any app, and works without a connection.',
		button: 'Install Unknot',
		installed: 'Unknot is installed on this device.',
		accepted: 'Installing: Unknot will appear with your apps.',
		dismissed: 'Not installed. You can install Unknot later from the browser menu.',
		appleReason:
			'On iPhone and iPad, Safari may erase the data of sites not used for 7 days. Added to the Home Screen, Unknot keeps your journal.',
		appleSteps: [
			'Tap the Share button (the square with an arrow pointing up).',
			'Choose “Add to Home Screen”.',
			'Tap “Add”, then open Unknot from its icon.'
		],
		otherBrowsers:
			'To install, look in the browser menu for “Install app” or “Add to Home screen”. Some browsers cannot install web apps; Unknot works the same in a tab.'
	},
	/** The outcome of asking for persistent storage, in words a person can act on. */
	persistence: (outcome: PersistenceOutcome): string => {
		switch (outcome) {
			case 'granted':
				return 'Granted: the browser will not clear your journal to free space.';
			case 'denied':
				return 'Not granted: the browser may clear your journal if the device runs short of space. Browsers grant this more readily to installed apps and to sites used often, so install Unknot (next step) and ask again later from Settings → About → Show the welcome again.';
			case 'unsupported':
				return 'This browser cannot promise to keep site data. Your journal is still saved here; installing Unknot makes it less likely to be cleared.';
			case 'failed':
				return 'The browser did not answer. Your journal is still saved here; try again later from Settings → About → Show the welcome again.';
		}
	}
} as const;
