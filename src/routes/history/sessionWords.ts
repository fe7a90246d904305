// How a session reads in History: spots, hold time, sides and pain before and after.

import type { Session } from '$lib/domain/records';
import { words as historyWords } from './messages';

const words = historyWords.session;

const whole = new Intl.NumberFormat(undefined);

function duration(totalSeconds: number): string {
	const minutes = Math.floor(totalSeconds / 60);
	const seconds = totalSeconds % 60;
	if (minutes === 0) return words.seconds(whole.format(seconds));
	return seconds === 0
		? words.minutes(whole.format(minutes))
		: words.minutesSeconds(whole.format(minutes), whole.format(seconds));
}

export function sessionFacts(session: Session): string {
	const parts: string[] = [];
	if (session.kind !== 'clinic') {
		parts.push(words.spots(session.spotsDone, session.spotsPlanned));
		parts.push(words.held(duration(session.holdSeconds)));
		if (session.sides.length > 0) {
			parts.push(session.sides.map((side) => words.sides[side] ?? side).join(words.sidesJoiner));
		}
		if (session.status === 'partial') parts.push(words.endedEarly);
		if (session.status === 'logged') parts.push(words.loggedAfterwards);
	}
	if (session.painBefore !== null || session.painAfter !== null) {
		parts.push(
			words.pain(
				session.painBefore === null ? words.noPain : String(session.painBefore),
				session.painAfter === null ? words.noPain : String(session.painAfter)
			)
		);
	}
	return parts.join(words.factsJoiner);
}
