import type { DayRollup } from '$lib/domain/records';
import { localDay } from '$lib/domain/day';
import { defaultMoment, defineFactory } from './factory';

/** The summary of a day with nothing in it yet; build it with `painTotals` and what else it had. */
export const dayRollupFactory = defineFactory<DayRollup>(() => ({
	day: localDay(defaultMoment),
	painCount: 0,
	painSum: 0,
	painMin: null,
	painMax: null,
	selfCareCount: 0,
	holdSeconds: 0,
	clinicVisitCount: 0,
	clinic: [],
	sessionPainBeforeSum: 0,
	sessionPainBeforeCount: 0,
	sessionPainAfterSum: 0,
	sessionPainAfterCount: 0,
	peg: null,
	markCount: 0,
	regions: {},
	sensations: {}
}));

/** The pain fields of a day whose check-ins had these scores. */
export function painTotals(
	scores: readonly number[]
): Pick<DayRollup, 'painCount' | 'painSum' | 'painMin' | 'painMax'> {
	const empty = scores.length === 0;
	return {
		painCount: scores.length,
		painSum: scores.reduce((sum, score) => sum + score, 0),
		painMin: empty ? null : Math.min(...scores),
		painMax: empty ? null : Math.max(...scores)
	};
}
