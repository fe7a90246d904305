// Differences with 95% intervals from Student's t: Welch's difference of two means and the mean
// of paired changes, each counting days in a row as fewer independent ones (statistics.ts). The t
// quantile comes from jStat; what is ours is the correction and which days are compared
// (effects.ts; ARCHITECTURE.md says why).

import jStat from 'jstat';
import {
	clippedAutocorrelation,
	effectiveSize,
	mean,
	minimumEffectiveDays,
	sampleVariance
} from './statistics';

/** Student's t quantile: the value below which `probability` of the distribution lies. */
export function studentTQuantile(probability: number, degreesOfFreedom: number): number {
	return jStat.studentt.inv(probability, degreesOfFreedom);
}

/** The two-sided 95% quantile, t(0.975, df). */
const t95 = (degreesOfFreedom: number) => studentTQuantile(0.975, degreesOfFreedom);

export interface MeanDifference {
	/** Mean of the first group (e.g. days after the plan was done). */
	meanA: number;
	meanB: number;
	nA: number;
	nB: number;
	/** What nA and nB count as once days in a row being alike is allowed for. */
	effectiveA: number;
	effectiveB: number;
	/** The lag-1 autocorrelation used, after clipping. */
	autocorrelation: number;
	/** meanA − meanB: negative means less pain in the first group. */
	difference: number;
	/** The 95% interval of the difference. */
	low: number;
	high: number;
}

/**
 * Welch's difference of two means with a 95% interval from Student's t:
 * difference ± t(0.975, df) · √(varA/nA′ + varB/nB′), n′ the effective sizes and df from
 * Welch–Satterthwaite with them. With r = 0 this is R's t.test(a, b, var.equal = FALSE).
 * Null when either group has fewer than two values or fewer than 2 effective ones.
 */
export function compareMeans(
	a: readonly number[],
	b: readonly number[],
	autocorrelation = 0
): MeanDifference | null {
	const meanA = mean(a);
	const meanB = mean(b);
	const varianceA = sampleVariance(a);
	const varianceB = sampleVariance(b);
	if (meanA === null || meanB === null || varianceA === null || varianceB === null) return null;
	const r = clippedAutocorrelation(autocorrelation);
	const effectiveA = effectiveSize(a.length, r);
	const effectiveB = effectiveSize(b.length, r);
	if (effectiveA < minimumEffectiveDays || effectiveB < minimumEffectiveDays) return null;
	const shareA = varianceA / effectiveA;
	const shareB = varianceB / effectiveB;
	const difference = meanA - meanB;
	// No spread on either side: the interval is the difference itself (df would be 0/0).
	const margin =
		shareA + shareB === 0
			? 0
			: t95(
					(shareA + shareB) ** 2 / (shareA ** 2 / (effectiveA - 1) + shareB ** 2 / (effectiveB - 1))
				) * Math.sqrt(shareA + shareB);
	return {
		meanA,
		meanB,
		nA: a.length,
		nB: b.length,
		effectiveA,
		effectiveB,
		autocorrelation: r,
		difference,
		low: difference - margin,
		high: difference + margin
	};
}

export interface PairedChange {
	meanBefore: number;
	meanAfter: number;
	/** Mean of after − before. */
	change: number;
	/** Pairs, and what they count as once alike neighbours are allowed for. */
	n: number;
	effective: number;
	autocorrelation: number;
	low: number;
	high: number;
}

/**
 * Mean of paired differences (after − before) with its 95% interval from Student's t with
 * n′ − 1 degrees of freedom, n′ the effective number of pairs (R's t.test(after, before,
 * paired = TRUE) when r = 0). Null below two pairs or 2 effective ones.
 */
export function pairedChange(
	pairs: readonly { before: number; after: number }[],
	autocorrelation = 0
): PairedChange | null {
	const changes = pairs.map((pair) => pair.after - pair.before);
	const change = mean(changes);
	const variance = sampleVariance(changes);
	if (change === null || variance === null) return null;
	const r = clippedAutocorrelation(autocorrelation);
	const effective = effectiveSize(changes.length, r);
	if (effective < minimumEffectiveDays) return null;
	const margin = variance === 0 ? 0 : t95(effective - 1) * Math.sqrt(variance / effective);
	return {
		meanBefore: mean(pairs.map((pair) => pair.before))!,
		meanAfter: mean(pairs.map((pair) => pair.after))!,
		change,
		n: changes.length,
		effective,
		autocorrelation: r,
		low: change - margin,
		high: change + margin
	};
}
