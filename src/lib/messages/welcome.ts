// The words of the first-run welcome's frame and first step, in one place so they can be
// translated. They are in every screen's first load (the first step is painted from the HTML);
// the later steps' words are in welcomeSteps.ts, loaded with those steps.

export const words = {
	title: 'Welcome to Unknot',
	stepOf: (step: number, count: number) => `Step ${step} of ${count}`,
	back: 'Back',
	next: 'Next',
	skip: 'Skip',
	done: 'Done',
	about: {
		heading: 'A journal for back and hip pain',
		points: [
			'Log how much it hurts in two taps, as often as you like.',
			'Mark where it hurts on a body map, down to the muscle.',
			'Follow guided tennis- or lacrosse-ball release and stretching routines.',
			'See over weeks whether your self-care is helping.'
		],
		caution:
			'Unknot is a journal, not a diagnosis. If something feels new, severe or worrying, talk to a clinician.'
	},
	privacy: { heading: 'Your journal stays on this device' },
	install: { heading: 'Install Unknot' }
} as const;
