import { describe, expect, it } from 'vitest';
import type { RangeSummary } from '$lib/domain/rangeSummary';
import { clinicTotals, summaryText } from './painChart';

const summary: RangeSummary = {
	days: 30,
	daysWithPain: 0,
	meanPain: null,
	bestDay: null,
	worstDay: null,
	worstScore: null,
	selfCareCount: 1,
	clinic: [
		{ treatment: 'acupuncture', visits: 2 },
		{ treatment: 'other', visits: 1 }
	]
};

describe('the clinic visits in the chart’s words', () => {
	it('counts a visit of another kind as an "other treatment" visit', () => {
		expect(summaryText(summary, 'the last 30 days', String)).toBe(
			'Over the last 30 days: no pain logged; 1 release or stretching session; 2 acupuncture visits, 1 other treatment visit.'
		);
	});

	it('totals them the same way in the table', () => {
		expect(clinicTotals(summary.clinic)).toBe('2 acupuncture, 1 other treatment');
	});
});
