// The words of the session forms and the plan's start button and reminder, apart from the
// frame's (common.ts): they load with the parts that show them.

export const words = {
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
	}
};
