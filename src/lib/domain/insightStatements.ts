// The sentences of "Does it help?", in one place so they can be translated. Each says how many
// days it rests on and describes what went together, never what caused what.

import { words as treatmentWords } from '$lib/messages/treatments';
import type { ClinicEffect, Comparison, LagComparison, SessionEffect } from './effects';
import { minimumDays } from './statistics';
import type { Trend } from './trend';

/** Formats a pain value or difference with one decimal, in the reader's locale. */
export type FormatNumber = (value: number) => string;

export function oneDecimal(locale?: string): FormatNumber {
	const format = new Intl.NumberFormat(locale, {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	});
	return (value) => format.format(value);
}

const days = (count: number) => (count === 1 ? '1 day' : `${count} days`);

export function trendStatement(trend: Trend, format: FormatNumber): string {
	if (!trend.enough) {
		return `Not enough data yet for a trend: ${days(trend.days)} with pain logged in this range; it needs at least ${minimumDays}.`;
	}
	const from = format(trend.from);
	const to = format(trend.to);
	const restsOn = ` Based on ${days(trend.days)} with pain logged.`;
	switch (trend.judgement) {
		case 'none':
			return `Your weekly average stayed at ${from}.${restsOn}`;
		case 'improvement':
			return `Your weekly average fell from ${from} to ${to}: a meaningful improvement.${restsOn}`;
		case 'worsening':
			return `Your weekly average rose from ${from} to ${to}: a meaningful worsening.${restsOn}`;
		case 'small': {
			const direction = trend.to < trend.from ? 'fell' : 'rose';
			return `Your weekly average ${direction} from ${from} to ${to}: a small change, less than the 2 points or 30% that counts as meaningful in chronic low back pain.${restsOn}`;
		}
	}
}

/** "1.2 points lower (95% interval 0.4 to 2.0 lower)" for a difference A − B. */
export function differenceWords(
	difference: number,
	low: number,
	high: number,
	format: FormatNumber
): string {
	const size = (value: number) => format(Math.abs(value));
	const points = (value: number) => (size(value) === format(1) ? 'point' : 'points');
	const head =
		size(difference) === format(0)
			? 'about the same'
			: `${size(difference)} ${points(difference)} ${difference < 0 ? 'lower' : 'higher'}`;
	let interval: string;
	if (high < 0) interval = `${size(high)} to ${size(low)} lower`;
	else if (low > 0) interval = `${size(low)} to ${size(high)} higher`;
	else interval = `from ${size(low)} lower to ${size(high)} higher, so either way is possible`;
	return `${head} (95% interval ${interval})`;
}

/** Words for the days compared: until the plan is wired in, "done" means a session that day. */
export interface DoneWords {
	/** "a day with your plan done" */
	done: string;
	/** "days without it" */
	notDone: string;
}

/** For when the plan's adherence (planned days done or not) is passed to lagComparisons. */
export const planDoneWords: DoneWords = {
	done: 'a planned day with your plan done',
	notDone: 'planned days without it'
};

export const sessionDoneWords: DoneWords = {
	done: 'a day with a release or stretching session',
	notDone: 'days without one'
};

function lagOpening(lag: number, done: string): string {
	if (lag === 0) return `On ${done}`;
	if (lag === 1) return `On the day after ${done}`;
	return `${lag} days after ${done}`;
}

function notEnough(comparisonResult: Comparison, sideA: string, sideB: string): string {
	return `not enough data yet (${days(comparisonResult.nA)} ${sideA} and ${days(comparisonResult.nB)} ${sideB}; each side needs at least ${minimumDays})`;
}

export function lagStatement(
	{ lag, result }: LagComparison,
	words: DoneWords,
	format: FormatNumber
): string {
	const opening = lagOpening(lag, words.done);
	if (!result.enough) {
		return `${opening}: ${notEnough(result, 'after such days', 'after ' + words.notDone)}.`;
	}
	return `${opening}, pain averaged ${format(result.meanA)} (${days(result.nA)}), against ${format(result.meanB)} after ${words.notDone} (${days(result.nB)}): ${differenceWords(result.difference, result.low, result.high, format)}.`;
}

export function clinicStatement(effect: ClinicEffect, format: FormatNumber): string {
	const visits = effect.visits === 1 ? '1 visit' : `${effect.visits} visits`;
	const opening = `In the 3 days after ${treatmentWords.name[effect.treatment]} (${visits})`;
	const result = effect.result;
	if (!result.enough) return `${opening}: ${notEnough(result, 'after', 'before')}.`;
	return `${opening}, pain averaged ${format(result.meanA)} (${days(result.nA)}), against ${format(result.meanB)} in the 7 days before (${days(result.nB)}): ${differenceWords(result.difference, result.low, result.high, format)}.`;
}

export function sessionStatement(effect: SessionEffect, format: FormatNumber): string {
	const sessions = effect.sessions === 1 ? '1 session' : `${effect.sessions} sessions`;
	const restsOn = `${sessions} on ${days(effect.days)}`;
	if (!effect.enough) {
		return `${effect.routineName}: not enough data yet (${restsOn}; it needs sessions on at least ${minimumDays} days).`;
	}
	return `${effect.routineName}: pain ${format(effect.meanBefore)} before and ${format(effect.meanAfter)} after, on average over ${restsOn}: ${differenceWords(effect.change, effect.low, effect.high, format)} after.`;
}

/** Said once above the statements. */
export const associationNote =
	'These compare days in your own journal. They show what went together, not what caused what: a good day can make self-care easier as much as self-care can ease pain.';
