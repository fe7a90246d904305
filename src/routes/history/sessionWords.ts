// How a session reads in History: spots, hold time, sides and pain before and after.

import type { ReleaseSession } from '$lib/db/types';

const whole = new Intl.NumberFormat(undefined);

function duration(totalSeconds: number): string {
	const minutes = Math.floor(totalSeconds / 60);
	const seconds = totalSeconds % 60;
	if (minutes === 0) return `${whole.format(seconds)} s`;
	return seconds === 0
		? `${whole.format(minutes)} min`
		: `${whole.format(minutes)} min ${whole.format(seconds)} s`;
}

const sideWords: Record<string, string> = { left: 'left', right: 'right', centre: 'centre' };

export function sessionFacts(session: ReleaseSession): string {
	const parts: string[] = [];
	if (session.kind !== 'clinic') {
		parts.push(`${session.spotsDone} of ${session.spotsPlanned} spots`);
		parts.push(`${duration(session.holdSeconds)} held`);
		if (session.sides.length > 0) {
			parts.push(session.sides.map((side) => sideWords[side] ?? side).join(' and '));
		}
		if (session.status === 'partial') parts.push('ended early');
		if (session.status === 'logged') parts.push('logged afterwards');
	}
	if (session.painBefore !== null || session.painAfter !== null) {
		parts.push(`pain ${session.painBefore ?? '–'} → ${session.painAfter ?? '–'}`);
	}
	return parts.join(' · ');
}
