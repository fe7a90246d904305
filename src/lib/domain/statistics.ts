// Small statistics for Insights: means, and the difference of two means with a 95% interval.

/** Below this many days on either side of a comparison, Insights says there is not enough data. */
export const minimumDays = 14;

/** 97.5th percentile of the standard normal distribution: a two-sided 95% interval. */
const z95 = 1.959964;

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

export interface MeanDifference {
	/** Mean of the first group (e.g. days after the plan was done). */
	meanA: number;
	meanB: number;
	nA: number;
	nB: number;
	/** meanA − meanB: negative means less pain in the first group. */
	difference: number;
	/** The 95% interval of the difference. */
	low: number;
	high: number;
}

/**
 * Welch's difference of two means with a 95% interval from the normal approximation:
 * difference ± 1.96 · √(varA/nA + varB/nB), without assuming equal variances. With 14 or more
 * days a side (the least Insights reports on) the normal quantile is within 8% of Student's t;
 * days in a row are not independent, so the interval is a guide, not a test.
 * Null when either group has fewer than two values.
 */
export function compareMeans(a: readonly number[], b: readonly number[]): MeanDifference | null {
	const meanA = mean(a);
	const meanB = mean(b);
	const varianceA = sampleVariance(a);
	const varianceB = sampleVariance(b);
	if (meanA === null || meanB === null || varianceA === null || varianceB === null) return null;
	const difference = meanA - meanB;
	const margin = z95 * Math.sqrt(varianceA / a.length + varianceB / b.length);
	return {
		meanA,
		meanB,
		nA: a.length,
		nB: b.length,
		difference,
		low: difference - margin,
		high: difference + margin
	};
}

/** Mean of paired differences (after − before) with its 95% interval (normal approximation). */
export function pairedChange(
	pairs: readonly { before: number; after: number }[]
): { meanBefore: number; meanAfter: number; change: number; low: number; high: number } | null {
	const changes = pairs.map((pair) => pair.after - pair.before);
	const change = mean(changes);
	const variance = sampleVariance(changes);
	if (change === null || variance === null) return null;
	const margin = z95 * Math.sqrt(variance / changes.length);
	return {
		meanBefore: mean(pairs.map((pair) => pair.before))!,
		meanAfter: mean(pairs.map((pair) => pair.after))!,
		change,
		low: change - margin,
		high: change + margin
	};
}
