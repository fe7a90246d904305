import { describe, expect, it } from 'vitest';
import { redFlagQuestions, urgentReasons } from './redFlagQuestions';
import { anyYes, redFlagTriggers } from './redFlags';

describe('red-flag triggers', () => {
	it('asks at pain 8 or more', () => {
		expect(redFlagTriggers(8, [])).toEqual(['severe-pain']);
		expect(redFlagTriggers(10, [])).toEqual(['severe-pain']);
		expect(redFlagTriggers(7, [])).toEqual([]);
	});

	it('asks for numbness or tingling in both legs, not in one', () => {
		const leftCalf = { regionId: 'left-calf', sensations: ['numbness' as const] };
		const rightSole = { regionId: 'right-sole', sensations: ['tingling' as const] };
		const rightSoleAche = { regionId: 'right-sole', sensations: ['ache' as const] };
		expect(redFlagTriggers(6, [leftCalf, rightSole])).toEqual(['both-legs']);
		expect(redFlagTriggers(6, [leftCalf])).toEqual([]);
		expect(redFlagTriggers(6, [leftCalf, rightSoleAche])).toEqual([]);
		expect(
			redFlagTriggers(6, [leftCalf, { regionId: 'left-shin', sensations: ['tingling'] }])
		).toEqual([]);
	});

	it('asks for numbness or tingling in the groin or saddle area', () => {
		expect(redFlagTriggers(3, [{ regionId: 'sacrum', sensations: ['numbness'] }])).toEqual([
			'saddle'
		]);
		expect(redFlagTriggers(3, [{ regionId: 'left-groin', sensations: ['tingling'] }])).toEqual([
			'saddle'
		]);
		expect(redFlagTriggers(3, [{ regionId: 'left-groin', sensations: ['ache'] }])).toEqual([]);
	});

	it('gives the reasons of the questions answered yes', () => {
		expect(urgentReasons(null)).toEqual([]);
		const reasons = urgentReasons({ 'bladder-bowel': true, trauma: false });
		expect(reasons.map((question) => question.id)).toEqual(['bladder-bowel']);
		expect(new Set(redFlagQuestions.map((question) => question.id)).size).toBe(6);
	});

	it('tells a check-in with a yes from one with only noes, without the questions', () => {
		expect(anyYes(null)).toBe(false);
		expect(anyYes({})).toBe(false);
		expect(anyYes({ 'bladder-bowel': false, trauma: false })).toBe(false);
		expect(anyYes({ 'bladder-bowel': false, trauma: true })).toBe(true);
	});
});
