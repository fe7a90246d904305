// Red flags: signs with low back pain that need a doctor urgently, not a ball. When a check-in
// suggests one could be present, Today asks whether any of these are new (the questions are in
// redFlagQuestions.ts, loaded when they are asked or an answer was yes).

import type { RedFlagCheckState, Sensation } from './records';

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

/**
 * Whether any question was answered yes: what makes a check-in urgent. Decided without the
 * questions themselves (redFlagQuestions.ts), which load only to be asked or to give reasons.
 */
export function anyYes(answers: Record<string, boolean> | null): boolean {
	return answers !== null && Object.values(answers).includes(true);
}
