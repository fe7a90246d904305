// The PEG daily check (pain, enjoyment of life, general activity): a free, validated
// three-item scale. Its score is the mean of the three 0–10 answers.

import { isPainScore } from './painScale';
import type { FieldErrors, Validated } from './validation';

export interface PegAnswers {
	pain: number;
	enjoyment: number;
	activity: number;
}

export type PegField = keyof PegAnswers;

/** The messages of the answers' checks, beside the questions' words, so they can be translated. */
export const pegWords = {
	chooseNumber: 'Choose a number from 0 to 10.',
	wholeNumber: 'The answer must be a whole number from 0 to 10.'
};

export const pegQuestions: readonly {
	field: PegField;
	question: string;
	low: string;
	high: string;
}[] = [
	{
		field: 'pain',
		question: 'Over the past day, how bad was your pain on average?',
		low: '0 = no pain',
		high: '10 = as bad as you can imagine'
	},
	{
		field: 'enjoyment',
		question: 'Over the past day, how much did pain get in the way of enjoying life?',
		low: '0 = not at all',
		high: '10 = completely'
	},
	{
		field: 'activity',
		question: 'Over the past day, how much did pain get in the way of your usual activities?',
		low: '0 = not at all',
		high: '10 = completely'
	}
];

/** The PEG score: the mean of the three answers, unrounded. */
export function pegScore(answers: PegAnswers): number {
	return (answers.pain + answers.enjoyment + answers.activity) / 3;
}

/** The score as people read it: one decimal, in the device's locale. */
export function formatPegScore(score: number, locale?: string): string {
	return new Intl.NumberFormat(locale, {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(Math.round(score * 10) / 10);
}

export function validatePeg(answers: Record<PegField, unknown>): Validated<PegAnswers, PegField> {
	const errors: FieldErrors<PegField> = {};
	for (const { field } of pegQuestions) {
		const value = answers[field];
		if (value === null || value === undefined) errors[field] = pegWords.chooseNumber;
		else if (!isPainScore(value)) errors[field] = pegWords.wholeNumber;
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, value: answers as unknown as PegAnswers };
}
