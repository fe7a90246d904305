// The words of the red-flag questions and the urgent-care advice, apart from the frame's
// (common.ts): they load with the parts that ask or show them.
import type { RedFlagTrigger } from '$lib/domain/redFlags';

export const words = {
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
	}
};
