// The words of the Release screen, in one place so they can be translated later.

import type { Side } from '$lib/domain/records';

export const words = {
	pageTitle: 'Release · Unknot',
	title: 'Release',
	/** The title of a page under Release: "Piriformis release · Release · Unknot". */
	titleOf: (name: string) => `${name} · Release · Unknot`,
	allRoutines: 'All routines',
	routineGone: 'This routine no longer exists.',
	releaseRoutines: 'Ball release',
	stretchRoutines: 'Stretching',
	ownRoutines: 'Your routines',
	noOwnRoutines: 'None yet. Duplicate a built-in routine or create your own.',
	createRoutine: 'Create a routine',
	logSession: 'Log a session afterwards',
	logClinicVisit: 'Log a clinic visit',
	start: 'Start',
	duplicate: 'Duplicate',
	edit: 'Edit',
	delete: 'Delete',
	undo: 'Undo',
	routineDeleted: (name: string) => `Routine deleted: ${name}`,
	save: 'Save',
	cancel: 'Cancel',
	steps: 'Steps',
	cautions: 'Cautions',
	redFlagsLink: 'Signs that need a doctor, not a ball',
	targets: 'Where',
	tool: 'Tool',
	position: 'Position',
	spotsPerSide: 'Spots per side',
	holdSeconds: 'Hold time (seconds)',
	holdHint: 'From 20 to 180 seconds.',
	spotsHint: 'From 1 to 10.',
	sides: 'Sides',
	bothSides: 'Both sides',
	leftOnly: 'Left side only',
	rightOnly: 'Right side only',
	oneSide: 'One side',
	side: { left: 'Left side', right: 'Right side', centre: 'Centre' } satisfies Record<Side, string>,
	/** Where the session is: "Left side, spot 2 of 3". */
	where: (side: string, spot: number, count: number) => `${side}, spot ${spot} of ${count}`,
	routine: 'Routine',
	chooseRoutine: 'Choose a routine',
	date: 'Date',
	thisSession: 'This session',
	pause: 'Pause',
	resume: 'Resume',
	skip: 'Skip spot',
	finishEarly: 'Finish early',
	nextSpot: 'Next spot',
	switchSide: 'Switch side',
	cues: 'Sound and vibration at the end of each hold',
	saveSession: 'Save session',
	discardSession: 'Discard session',
	resumeSession: 'Resume session',
	reviewSession: 'Review and save',
	inProgress: 'A session is in progress',
	endedUnsaved: 'A session ended and is not saved yet',
	routineOnly: (name: string) => `${name}.`,
	routineWhere: (name: string, where: string) => `${name}: ${where}.`,
	/** What a page that is done says on the page it returns to. */
	notices: {
		sessionSaved: 'Session saved.',
		visitSaved: 'Clinic visit saved.',
		routineSaved: 'Routine saved.',
		planSaved: 'Plan saved.'
	},
	handsFree: {
		label: 'Hands-free: move on by itself after each hold',
		hint: (spotSeconds: number, sideSeconds: number) =>
			`After each hold, the sound and buzz, then ${spotSeconds} s to get ready for the next one (${sideSeconds} s to switch sides), and the next hold starts by itself.`
	},
	/** The guided session around the timer: the pain before, the routines of a plan. */
	session: {
		title: 'Guided session',
		none: 'No session in progress',
		noneHint: 'Start one from a routine, or from your plan.',
		tonightsPlan: "Tonight's plan",
		todaysPlan: "Today's plan",
		routineOf: (number: number, count: number) => `Routine ${number} of ${count}.`,
		routineNumber: (number: number, count: number) => `Routine ${number} of ${count}`,
		painBefore: 'Pain before you start',
		painBeforeHint: 'Tap a number and the first hold starts, or skip.',
		skipPainBefore: 'Skip and start',
		cancel: 'Cancel',
		nextRoutine: 'Next routine: get into position for it.',
		setUp: (position: string, tool: string) => `${position}, ${tool.toLowerCase()}.`,
		startRoutine: 'Start',
		skipRoutine: 'Skip this routine',
		startsIn: (time: string) => `Starts by itself in ${time}`,
		untilStart: 'until the next hold starts by itself',
		startNow: 'Start now',
		wait: 'Wait',
		waiting: 'Waiting',
		announceNextRoutine: (name: string) => `Routine done. Next routine: ${name}.`
	},
	planHeading: 'Your plan',
	setPlan: 'Set a plan',
	planIntro:
		'Choose routines and days, and Unknot shows what is due each day and how well you keep to it.',
	editPlan: 'Edit plan',
	reminders: 'Reminders',
	addToCalendar: 'Add reminders to my calendar',
	calendarWhy:
		'Unknot cannot wake your phone while it is closed; your calendar can, at the time of your plan.',
	calendarFile: 'The file opens in your calendar app, which asks to add the repeating reminder.',
	markRest: 'Mark today as a rest day',
	unmarkRest: 'Undo rest day',
	allowReminders: 'Remind me while Unknot is open',
	/** "Remind me while open", by the notification permission the browser gives. */
	openReminder: {
		granted: (time: string) => `While Unknot is open, it also shows a notification at ${time}.`,
		denied:
			'Notifications are blocked for Unknot in this browser, so it cannot remind you while open. To allow them, open the site settings from the address bar. The calendar reminders work without them.',
		unsupported:
			'This browser cannot show notifications from Unknot. The calendar reminders work without them.'
	},
	/** The guided timer's words. */
	timer: {
		spotOf: (spot: number, count: number) => `Spot ${spot} of ${count}`,
		holdOfAll: (hold: number, total: number) => `(${hold} of ${total} in all)`,
		timeLeft: (time: string) => `Time left: ${time}`,
		paused: 'Paused',
		switchTo: (side: string) => `Switch to the ${side} side, then find the first spot.`,
		switchToStretch: (side: string) => `Switch to the ${side} side, then ease into the stretch.`,
		moveBall: 'Move the ball a little and find the next tight spot.',
		/** Between two holds of a stretch, where there is no ball to move. */
		easeOff: 'Ease off and breathe, then ease into the stretch again.',
		sideName: { left: 'left', right: 'right', centre: 'centre' } satisfies Record<Side, string>,
		announcePaused: (where: string) => `Paused. ${where}.`,
		announceHold: (where: string) => `Hold. ${where}.`,
		announceNextSpot: (where: string) => `Hold done. Move the ball to the next spot: ${where}.`,
		announceNextStretch: (where: string) => `Hold done. Ease off, then stretch again: ${where}.`,
		announceSwitch: (side: string) => `Side done. Switch to the ${side} side.`,
		announceStartsIn: (seconds: number) => `The next hold starts by itself in ${seconds} seconds.`,
		announceComplete: 'Session complete.'
	},
	/** After the timer: the summary before Save. */
	summary: {
		complete: 'Session complete',
		ended: 'Session ended',
		spots: 'Spots',
		spotsDone: (done: number, planned: number) => `${done} of ${planned} done`,
		totalHold: 'Total hold',
		time: 'Time',
		span: (from: string, to: string) => `${from} – ${to}`,
		planComplete: "Tonight's plan done",
		routinesDone: 'Routines',
		nothingDone: 'Nothing was done in this session, so there is nothing to save.',
		notDone: (names: string) => `Not done this time: ${names}.`,
		savedEach: (count: number) =>
			`Saved as ${count} sessions, one for each routine, each with the pain before and after.`
	},
	/** Creating or editing an own routine. */
	routineEditor: {
		editHeading: (name: string) => `Edit ${name}`,
		name: 'Name',
		kind: 'Kind',
		kinds: { release: 'Ball release', stretch: 'Stretching' },
		targets: 'Target regions',
		steps: 'Steps (one a line)',
		cautions: 'Cautions (one a line, optional)',
		defaultSteps: [
			'Lean against the wall or lie on the floor with the ball under the muscle.',
			'Move around until you find a tight, sore spot or a spasm.',
			'Press into it for about a minute.',
			'Move the ball and search for the next spot.',
			'Repeat.'
		]
	},
	/** The words of the plan editor and the plan's progress card. */
	plan: {
		routines: 'Routines',
		when: 'When',
		onTheseDays: 'On these days',
		perWeek: 'Any days, a number a week',
		daysAWeek: 'Days a week',
		preferredTime: 'Preferred time',
		beforeBed: (clock: string) => `Before bed (${clock})`,
		beforeBedLower: (clock: string) => `before bed (${clock})`,
		atATime: 'At a time',
		time: 'Time',
		everyDay: 'every day',
		daysPerWeek: (count: number) => `${count} days a week`,
		restDay: 'Today is a rest day.',
		nothingToday: 'Nothing planned today.',
		dueToday: (done: number, planned: number) => `Due today: ${done} of ${planned} done.`,
		doneToday: (done: number, planned: number) => `Done today: ${done} of ${planned}.`,
		thisWeek: 'This week',
		nothingDueYet: 'Nothing due yet',
		habitStrength: 'Habit strength',
		streak: 'Streak',
		bestStreak: 'Best streak'
	}
} as const;

const seconds = new Intl.NumberFormat(undefined, { minimumIntegerDigits: 2 });
const whole = new Intl.NumberFormat(undefined);

/** A countdown such as 1:05, from milliseconds, rounding up so it shows 0:01 until the end. */
export function countdown(ms: number): string {
	const total = Math.ceil(ms / 1000);
	return `${whole.format(Math.floor(total / 60))}:${seconds.format(total % 60)}`;
}

/** "3 min 20 s" for a total hold time. */
export function durationWords(totalSeconds: number): string {
	const minutes = Math.floor(totalSeconds / 60);
	const rest = totalSeconds % 60;
	if (minutes === 0) return `${whole.format(rest)} s`;
	return rest === 0
		? `${whole.format(minutes)} min`
		: `${whole.format(minutes)} min ${whole.format(rest)} s`;
}

export const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
export const percent = new Intl.NumberFormat(undefined, { style: 'percent' });
