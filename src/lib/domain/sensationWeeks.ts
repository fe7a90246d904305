// Tingling and numbness over time: on how many days of each week they were marked, and where,
// from the day rollups (never every mark). The signs of an irritated nerve (sciatica), followed
// on Insights, Body and in the clinician report.

import { addDays, daysBetween, type LocalDay } from './day';
import { nerveSensations, type DayRollup } from './records';

export type NerveSensation = (typeof nerveSensations)[number];

export interface SensationTally {
	/** Days with at least one mark with the sensation. */
	days: number;
	marks: number;
	/** The regions it was marked in, most marks first (then by id, for a stable order). */
	regions: { regionId: string; marks: number }[];
}

export interface SensationWeek {
	from: LocalDay;
	to: LocalDay;
	tallies: Record<NerveSensation, SensationTally>;
}

type SensationRollup = Pick<DayRollup, 'day' | 'sensations'>;

/** How often `sensation` was marked over `rollups`, and where. */
export function sensationTally(
	rollups: readonly SensationRollup[],
	sensation: NerveSensation
): SensationTally {
	const regions = new Map<string, number>();
	let days = 0;
	let marks = 0;
	for (const rollup of rollups) {
		const byRegion = rollup.sensations[sensation];
		if (!byRegion) continue;
		let dayMarks = 0;
		for (const [regionId, count] of Object.entries(byRegion)) {
			regions.set(regionId, (regions.get(regionId) ?? 0) + count);
			dayMarks += count;
		}
		if (dayMarks > 0) days += 1;
		marks += dayMarks;
	}
	return {
		days,
		marks,
		regions: [...regions]
			.map(([regionId, count]) => ({ regionId, marks: count }))
			.sort((a, b) => b.marks - a.marks || a.regionId.localeCompare(b.regionId))
	};
}

const hasNerveSigns = (rollup: SensationRollup) =>
	nerveSensations.some((sensation) => rollup.sensations[sensation] !== undefined);

/**
 * Seven-day weeks ending on `to` (as Body's "last 8 weeks"), so the last is always the latest
 * full week; the first starts on `from` and may be shorter. Weeks before the first one with
 * tingling or numbness are left out, so "all" of a ten-year journal does not list empty years.
 * No week at all when neither was ever marked in the range.
 */
export function sensationWeeks(
	rollups: readonly SensationRollup[],
	from: LocalDay,
	to: LocalDay
): SensationWeek[] {
	const inRange = rollups.filter((rollup) => rollup.day >= from && rollup.day <= to);
	const first = inRange.find(hasNerveSigns)?.day;
	if (first === undefined) return [];
	// Weeks counted back from `to`: 0 is the last one.
	const count = Math.floor(daysBetween(first, to) / 7) + 1;
	const byWeek: SensationRollup[][] = Array.from({ length: count }, () => []);
	for (const rollup of inRange) {
		byWeek[Math.floor(daysBetween(rollup.day, to) / 7)]?.push(rollup);
	}
	return byWeek
		.map((days, back) => {
			const end = addDays(to, -7 * back);
			const start = addDays(end, -6);
			return {
				from: start > from ? start : from,
				to: end,
				tallies: Object.fromEntries(
					nerveSensations.map((sensation) => [sensation, sensationTally(days, sensation)])
				) as Record<NerveSensation, SensationTally>
			};
		})
		.reverse();
}
