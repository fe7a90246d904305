// Red flags: signs with low back pain that need a doctor urgently, not a ball. When a check-in
// suggests one could be present, Today asks whether any of these are new.

import type { RedFlagCheckState, Sensation } from './records';

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

export interface MarkForRedFlags {
	regionId: string;
	sensations: readonly Sensation[];
}

/** Regions of the legs, by side, as named in the body-map catalogue. */
const legRegionKinds = [
	'outer-thigh',
	'back-of-thigh',
	'front-of-thigh',
	'knee',
	'shin',
	'calf',
	'sole',
	'top-of-foot'
];
const saddleRegionIds = ['left-groin', 'right-groin', 'sacrum'];

const nerveSensation = (mark: MarkForRedFlags) =>
	mark.sensations.includes('numbness') || mark.sensations.includes('tingling');

function legSide(regionId: string): 'left' | 'right' | null {
	for (const side of ['left', 'right'] as const) {
		if (legRegionKinds.some((kind) => regionId === `${side}-${kind}`)) return side;
	}
	return null;
}

/** Why a check-in asks the questions, in the order the reasons are said. */
export const redFlagTriggerKinds = ['severe-pain', 'both-legs', 'saddle'] as const;
export type RedFlagTrigger = (typeof redFlagTriggerKinds)[number];

/**
 * How many days back Today keeps asking a check-in's unanswered questions; older ones wait on
 * their entry in History. A week: long enough for a few days away, short enough that "is any of
 * these new?" still means something.
 */
export const recentRedFlagDays = 7;

/** Why the questions should be asked for this check-in, or an empty list when they need not be. */
export function redFlagTriggers(
	score: number,
	marks: readonly MarkForRedFlags[]
): RedFlagTrigger[] {
	const triggers: RedFlagTrigger[] = [];
	if (score >= 8) triggers.push('severe-pain');
	const nerveMarks = marks.filter(nerveSensation);
	const sides = new Set(nerveMarks.map((mark) => legSide(mark.regionId)));
	if (sides.has('left') && sides.has('right')) triggers.push('both-legs');
	if (nerveMarks.some((mark) => saddleRegionIds.includes(mark.regionId))) triggers.push('saddle');
	return triggers;
}

/** The questions answered yes, with their reasons. */
export function urgentReasons(answers: Record<string, boolean> | null): RedFlagQuestion[] {
	if (!answers) return [];
	return redFlagQuestions.filter((question) => answers[question.id] === true);
}

/**
 * Where an entry's red-flag questions stand after it is saved or edited: questions answered or
 * dismissed stay so; otherwise they wait for an answer exactly while the entry calls for them.
 */
export function redFlagCheckAfterSave(
	current: RedFlagCheckState | null,
	score: number,
	marks: readonly MarkForRedFlags[]
): RedFlagCheckState | null {
	if (current === 'answered' || current === 'dismissed') return current;
	return redFlagTriggers(score, marks).length > 0 ? 'pending' : null;
}
