// Small statistics for Insights: means, and how alike days in a row are. Pain today predicts pain
// tomorrow, so n days in a row are worth n·(1 − r)/(1 + r) independent ones, r being the lag-1
// autocorrelation; intervals.ts uses that for its 95% intervals. Kept apart from intervals.ts so
// what needs only a mean never loads the t distribution.

/** Below this many days on either side of a comparison, Insights says there is not enough data. */
export const minimumDays = 14;

/**
 * Below this many effective days on a side, a comparison says nothing: the interval would rest
 * on fewer than one degree of freedom (pain so alike from day to day that 14 days count as 1).
 */
export const minimumEffectiveDays = 2;

/** The autocorrelation used is clipped to [0, 0.9]; see `clippedAutocorrelation`. */
export const largestAutocorrelation = 0.9;

export function mean(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	return values.reduce((total, value) => total + value, 0) / values.length;
}

/** Sample variance (n − 1 in the denominator); null below two values. */
export function sampleVariance(values: readonly number[]): number | null {
	const average = mean(values);
	if (average === null || values.length < 2) return null;
	const squares = values.reduce((total, value) => total + (value - average) ** 2, 0);
	return squares / (values.length - 1);
}

/**
 * Lag-1 autocorrelation of values keyed by position (a day number, or a session's place in
 * order), about zero: pass residuals, each value less the mean of its own group, so a shift
 * between the groups compared is not mistaken for days being alike. Pairs are positions k and
 * k + 1 both present. Both sums are taken as means (over the pairs, over the values), so gaps
 * neither add pairs nor pull the estimate towards 0. 0 without a pair or without spread.
 */
export function lagOneAutocorrelation(residuals: ReadonlyMap<number, number>): number {
	let squares = 0;
	let products = 0;
	let pairs = 0;
	for (const [position, value] of residuals) {
		squares += value * value;
		const next = residuals.get(position + 1);
		if (next === undefined) continue;
		products += value * next;
		pairs += 1;
	}
	if (pairs === 0 || squares === 0) return 0;
	return products / pairs / (squares / residuals.size);
}

/**
 * Clipped to [0, 0.9]: a negative estimate would claim more certainty than independent days give,
 * and above 0.9 a few weeks cannot tell the series from one that never settles.
 */
export function clippedAutocorrelation(autocorrelation: number): number {
	return Math.min(largestAutocorrelation, Math.max(0, autocorrelation));
}

/** How many independent values n values in a row are worth: n·(1 − r)/(1 + r), r clipped. */
export function effectiveSize(size: number, autocorrelation: number): number {
	const r = clippedAutocorrelation(autocorrelation);
	return (size * (1 - r)) / (1 + r);
}
