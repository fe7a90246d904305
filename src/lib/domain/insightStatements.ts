// The sentences of "Pain and self-care together", in one place so they can be translated. Each
// says how many days it rests on and describes what went together, never what caused what.
// Verdicts are judged on the values as shown (one decimal), so words and numbers agree.

import { words as treatmentWords } from '$lib/messages/treatments';
import type { ClinicEffect, Comparison, LagComparison, SessionEffect } from './effects';
import type { Baseline, BaselinePart, GoodAndPoorWeeks } from './planComparisons';
import { minimumDays } from './statistics';
import { minimumWeekDays, type Trend } from './trend';

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
const sessionCount = (count: number) => (count === 1 ? '1 session' : `${count} sessions`);

export function trendStatement(trend: Trend, format: FormatNumber): string {
	if (!trend.enough) {
		if (trend.firstWeekDays === null || trend.lastWeekDays === null) {
			return `Not enough data yet for a trend: ${days(trend.days)} with pain logged in this range; it needs at least ${minimumDays}.`;
		}
		const first = trend.firstWeekDays;
		const last = trend.lastWeekDays;
		const short =
			first < minimumWeekDays && last < minimumWeekDays
				? `the first week of the range has pain logged on ${days(first)} and the last week on ${days(last)}`
				: first < minimumWeekDays
					? `the first week of the range has pain logged on ${days(first)}`
					: `the last week of the range has pain logged on ${days(last)}`;
		return `Not enough data yet for a trend: ${short}; each week compared needs at least ${minimumWeekDays}.`;
	}
	const from = format(trend.from);
	const to = format(trend.to);
	const restsOn = ` The first week has pain logged on ${days(trend.firstWeekDays)}, the last week on ${days(trend.lastWeekDays)} (${days(trend.days)} in all).`;
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

/**
 * "1.2 points lower, likely between 0.4 and 2.0 lower" for a difference A − B and its 95%
 * interval. Directions are read from the values as shown, so an end shown as 0.0 says "no
 * difference" rather than "0.0 lower"; an interval with no width is left out.
 */
export function differenceWords(
	difference: number,
	low: number,
	high: number,
	format: FormatNumber
): string {
	const zero = format(0);
	const size = (value: number) => format(Math.abs(value));
	const isZero = (value: number) => size(value) === zero;
	const points = (value: number) => (size(value) === format(1) ? 'point' : 'points');
	const head = isZero(difference)
		? 'about the same'
		: `${size(difference)} ${points(difference)} ${difference < 0 ? 'lower' : 'higher'}`;
	const end = (value: number) =>
		isZero(value) ? 'no difference' : `${size(value)} ${value < 0 ? 'lower' : 'higher'}`;
	// Every value alike on both sides: there is no range to give.
	if (format(low) === format(high)) return head;
	let interval: string;
	if (high < 0 && !isZero(high)) interval = `${size(high)} and ${size(low)} lower`;
	else if (low > 0 && !isZero(low)) interval = `${size(low)} and ${size(high)} higher`;
	else {
		const eitherWay = !isZero(low) && !isZero(high) ? ', so either way is possible' : '';
		interval = `${end(low)} and ${end(high)}${eitherWay}`;
	}
	return `${head}, likely between ${interval}`;
}

/**
 * " Pain on nearby days is alike, so the 20 and 16 days count as about 9 and 7." when the
 * effective counts differ from the raw ones as shown (whole numbers); else nothing.
 */
function alikeWords(
	counts: readonly number[],
	effective: readonly number[],
	unit: 'days' | 'sessions'
): string {
	const rounded = effective.map((value) => Math.round(value));
	if (rounded.every((value, index) => value === counts[index])) return '';
	const both = (values: readonly number[]) => values.join(' and ');
	return unit === 'days'
		? ` Pain on nearby days is alike, so the ${both(counts)} days count as about ${both(rounded)}.`
		: ` Sessions close together are alike, so the ${both(counts)} sessions count as about ${both(rounded)}.`;
}

/** The difference of a comparison with enough days, and what its days count as. */
function comparisonWords(
	result: Extract<Comparison, { enough: true }>,
	format: FormatNumber
): string {
	return `${differenceWords(result.difference, result.low, result.high, format)}.${alikeWords(
		[result.nA, result.nB],
		[result.effectiveA, result.effectiveB],
		'days'
	)}`;
}

/** What the two sides of a day comparison are called, for the lag statements. */
export interface DoneWords {
	/** "planned days with your plan done" */
	doneDays: string;
	/** "a planned day with your plan done" */
	doneDay: string;
	/** "planned days without it" */
	notDoneDays: string;
	/** "a planned day without it" */
	notDoneDay: string;
	/** "days with your plan done and without it" (for the shortfall sentence) */
	both: string;
}

/** For when the plan's adherence (planned days done or not) is passed to lagComparisons. */
export const planDoneWords: DoneWords = {
	doneDays: 'planned days with your plan done',
	doneDay: 'a planned day with your plan done',
	notDoneDays: 'planned days without it',
	notDoneDay: 'a planned day without it',
	both: 'planned days with and without your plan'
};

export const sessionDoneWords: DoneWords = {
	doneDays: 'days with a release or stretching session',
	doneDay: 'a day with a release or stretching session',
	notDoneDays: 'days without one',
	notDoneDay: 'a day without one',
	both: 'days with and without a release or stretching session'
};

/** Where each side's days lie relative to the days done or not: same day, the day after, … */
function lagSides(lag: number, words: DoneWords): { done: string; notDone: string } {
	if (lag === 0) return { done: `On ${words.doneDays}`, notDone: `on ${words.notDoneDays}` };
	if (lag === 1) {
		return {
			done: `On the day after ${words.doneDay}`,
			notDone: `on the day after ${words.notDoneDay}`
		};
	}
	return {
		done: `${lag} days after ${words.doneDay}`,
		notDone: `${lag} days after ${words.notDoneDay}`
	};
}

/** A lag comparison with enough days; see `lagShortfall` for the others. */
export function lagStatement(
	{ lag, result }: LagComparison,
	words: DoneWords,
	format: FormatNumber
): string {
	const sides = lagSides(lag, words);
	if (!result.enough) {
		return `${sides.done}: ${notEnoughDays(result, { a: 'with it', b: 'without' })}.`;
	}
	return `${sides.done}, pain averaged ${format(result.meanA)} (${days(result.nA)}), against ${format(result.meanB)} ${sides.notDone} (${days(result.nB)}): ${comparisonWords(result, format)}`;
}

/**
 * "not enough days yet (12 days after and 20 before; each side needs at least 14)", or why days
 * too alike cannot be compared.
 */
function notEnoughDays(
	result: Extract<Comparison, { enough: false }>,
	sides: { a: string; b: string }
): string {
	if (result.effective) {
		return `pain was so alike from day to day that the ${result.nA} and ${result.nB} days count as only about ${Math.round(result.effective.a)} and ${Math.round(result.effective.b)}; more days are needed`;
	}
	return `not enough days yet (${days(result.nA)} ${sides.a} and ${result.nB} ${sides.b}; each side needs at least ${minimumDays})`;
}

/**
 * One sentence for the lags that cannot be compared yet, instead of a line each: null when every
 * lag can. When none can, it says what is needed with the same-day counts.
 */
export function lagShortfall(lags: readonly LagComparison[], words: DoneWords): string | null {
	const waiting = lags.filter((lag) => !lag.result.enough);
	if (waiting.length === 0) return null;
	if (waiting.length < lags.length) {
		const names = waiting.map((lag) => lagName(lag.lag));
		const list =
			names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
		return `Not enough days yet to compare ${list}.`;
	}
	const first = lags[0]!.result;
	if (first.enough) return null;
	if (first.effective) {
		return `Comparing ${words.both}: ${notEnoughDays(first, { a: 'with', b: 'without' })}.`;
	}
	return `Comparing ${words.both} needs at least ${minimumDays} days of each; so far there are ${first.nA} with and ${first.nB} without.`;
}

function lagName(lag: number): string {
	if (lag === 0) return 'the same day';
	if (lag === 1) return 'the day after';
	return `${lag} days after`;
}

export function clinicStatement(effect: ClinicEffect, format: FormatNumber): string {
	const visits = effect.visits === 1 ? '1 visit' : `${effect.visits} visits`;
	const opening = `In the 3 days after ${treatmentWords.name[effect.treatment]} (${visits})`;
	const result = effect.result;
	if (!result.enough) {
		return `${opening}: ${notEnoughDays(result, { a: 'after', b: 'before' })}.`;
	}
	return `${opening}, pain averaged ${format(result.meanA)} (${days(result.nA)}), against ${format(result.meanB)} in the 7 days before (${days(result.nB)}): ${comparisonWords(result, format)}`;
}

/**
 * "Glutes on the wall: pain from 6.0 before to 4.0 after, over 15 sessions on 15 days: …" with
 * the change's interval from 14 days of sessions on.
 */
export function sessionStatement(effect: SessionEffect, format: FormatNumber): string {
	const opening = `${effect.routineName}: pain from ${format(effect.meanBefore)} before to ${format(effect.meanAfter)} after, over ${sessionCount(effect.sessions)} on ${days(effect.days)}`;
	const change = effect.change;
	if (!change && effect.days < minimumDays) {
		return `${opening}. How sure that is can be said from sessions on ${minimumDays} days.`;
	}
	if (!change) {
		return `${opening}. The changes were so alike from one session to the next that how sure that is cannot be said yet.`;
	}
	return `${opening}: ${differenceWords(change.change, change.low, change.high, format)}.${alikeWords(
		[change.n],
		[change.effective],
		'sessions'
	)}`;
}

const sinceOpenings: Record<BaselinePart, string> = {
	since: 'Since your plan started',
	first: 'In the first 4 weeks of your plan',
	latest: 'In the latest 4 weeks'
};

/** The weeks before the plan against the weeks since: one sentence a comparison, or one in all. */
export function baselineStatements(baseline: Baseline, format: FormatNumber): string[] {
	if (baseline.daysToWait !== null) {
		return [
			`Keep logging: in about ${days(baseline.daysToWait)} there will be enough to compare with the 4 weeks before your plan.`
		];
	}
	if (baseline.comparisons.length === 0) {
		return baseline.beforeDays === 0
			? ['Your journal begins with your plan, so there are no weeks before it to compare with.']
			: [
					`The 4 weeks before your plan started have pain logged on ${days(baseline.beforeDays)}; comparing with them needs at least ${minimumDays}.`
				];
	}
	return baseline.comparisons.map(({ part, result }) => {
		const opening = sinceOpenings[part];
		if (!result.enough) {
			return `${opening}: ${notEnoughDays(result, { a: 'since', b: 'before' })}.`;
		}
		return `${opening}, pain averaged ${format(result.meanA)} (${days(result.nA)}), against ${format(result.meanB)} in the 4 weeks before it started (${days(result.nB)}): ${comparisonWords(result, format)}`;
	});
}

const weeks = (count: number) => (count === 1 ? '1 week' : `${count} weeks`);

/** Weeks kept well (75% or more of planned days) against weeks kept poorly (half or fewer). */
export function weeksStatement(comparison: GoodAndPoorWeeks, format: FormatNumber): string {
	const { goodWeeks, poorWeeks, result } = comparison;
	if (!result) {
		const none = (count: number) => (count === 0 ? 'none' : weeks(count));
		return `Weeks you kept to your plan can be compared with weeks you did not once there are both: so far ${none(goodWeeks)} with at least 3 in 4 planned days done and ${none(poorWeeks)} with half or fewer.`;
	}
	const good = `In weeks with at least 3 in 4 planned days done (${weeks(goodWeeks)})`;
	if (!result.enough) {
		return `Weeks with at least 3 in 4 planned days done (${weeks(goodWeeks)}) against weeks with half or fewer (${weeks(poorWeeks)}): ${notEnoughDays(result, { a: 'in the first', b: 'in the others' })}.`;
	}
	return `${good}, pain averaged ${format(result.meanA)} (${days(result.nA)}), against ${format(result.meanB)} in weeks with half or fewer done (${weeks(poorWeeks)}, ${days(result.nB)}): ${comparisonWords(result, format)}`;
}

/** Said once above the statements. */
export const associationNote =
	'These compare days in your own journal. They show what went together, not what caused what: a good day can make self-care easier as much as self-care can ease pain.';
