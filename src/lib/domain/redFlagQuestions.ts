// The red-flag questions and why each matters, apart from the rules of when to ask them
// (redFlags.ts): Today needs the rules at every check-in, the questions only when they are asked
// or an answer was yes.

export interface RedFlagQuestion {
	id: string;
	question: string;
	/** Why it matters, in plain words, shown when the answer is yes. */
	reason: string;
}

export const redFlagQuestions: readonly RedFlagQuestion[] = [
	{
		id: 'saddle-numbness',
		question: 'New numbness around your genitals, buttocks or inner thighs?',
		reason: 'Numbness in the saddle area can mean pressure on the nerves at the base of the spine.'
	},
	{
		id: 'bladder-bowel',
		question: 'New trouble passing or holding urine or stool?',
		reason:
			'Changes in bladder or bowel control can mean pressure on the nerves at the base of the spine.'
	},
	{
		id: 'progressive-weakness',
		question: 'Weakness in a leg or foot that is getting worse (for example, the foot drags)?',
		reason: 'Weakness that is getting worse can mean a nerve is being damaged.'
	},
	{
		id: 'fever-unwell',
		question: 'Fever, or feeling very unwell, together with the back pain?',
		reason: 'Back pain with fever or feeling very unwell can be a sign of infection.'
	},
	{
		id: 'trauma',
		question: 'Did the pain start after a serious fall or accident?',
		reason: 'Pain after a serious fall or accident needs checking for an injury to the spine.'
	},
	{
		id: 'weight-loss-cancer',
		question: 'Unexplained weight loss, or a history of cancer?',
		reason:
			'With weight loss or a history of cancer, new back pain needs a doctor to rule out a serious cause.'
	}
];

/** The questions answered yes, with their reasons. */
export function urgentReasons(answers: Record<string, boolean> | null): RedFlagQuestion[] {
	if (!answers) return [];
	return redFlagQuestions.filter((question) => answers[question.id] === true);
}
