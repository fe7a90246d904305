// Heat-map arithmetic over body marks: how often and how strongly each region hurt, the weekly
// spread of the painful area, and one region's history. Pure: the marks come in as plain rows.

import type { BodyMark } from '$lib/domain/records';
import { addDays, type LocalDay } from './day';
import { bodyRegions, regionOrder } from './regions';

export type HeatMark = Pick<
	BodyMark,
	'id' | 'entryId' | 'regionId' | 'intensity' | 'sensations' | 'at' | 'day'
>;

export interface RegionHeat {
	regionId: string;
	/** How many marks (one an entry) the region has. */
	count: number;
	meanIntensity: number;
	/** How often times how strongly: the sum of intensities. */
	score: number;
	/** Colour step from 1 (least) to 4 (most), relative to the hottest region; 0 when unmarked. */
	level: HeatLevel;
}

export type HeatLevel = 0 | 1 | 2 | 3 | 4;
export const heatLevels: readonly HeatLevel[] = [0, 1, 2, 3, 4];

/**
 * The colour step of one mark's intensity (0–10) on the same scale: 0–2 low, 3–5 medium, 6–7
 * high, 8–10 highest. The number is always shown beside it; the colour only groups.
 */
export function intensityLevel(intensity: number): Exclude<HeatLevel, 0> {
	const clamped = Math.max(0, Math.min(10, intensity));
	return Math.max(1, Math.ceil((clamped * 4) / 10 - 1e-9)) as Exclude<HeatLevel, 0>;
}

export type HeatRange = '7' | '30' | '90' | '365' | 'all';
export const heatRanges: readonly HeatRange[] = ['7', '30', '90', '365', 'all'];

/** The first and last day of a range ending today; "all" starts at the epoch. */
export function rangeDays(range: HeatRange, today: LocalDay): { from: LocalDay; to: LocalDay } {
	if (range === 'all') return { from: '1970-01-01', to: today };
	return { from: addDays(today, -(Number(range) - 1)), to: today };
}

function levelOf(score: number, hottest: number): HeatLevel {
	if (hottest <= 0) return 1;
	return Math.max(1, Math.ceil((4 * score) / hottest)) as HeatLevel;
}

/** Per marked region: count, mean intensity, score and colour level. Unmarked regions are absent. */
export function aggregateMarks(marks: readonly HeatMark[]): Map<string, RegionHeat> {
	const totals = new Map<string, RegionTotalTally>();
	for (const mark of marks) {
		const total = totals.get(mark.regionId) ?? {
			regionId: mark.regionId,
			count: 0,
			intensitySum: 0
		};
		total.count += 1;
		total.intensitySum += mark.intensity;
		totals.set(mark.regionId, total);
	}
	return heatsFromTallies(totals.values());
}

export interface RegionTotalTally {
	regionId: string;
	count: number;
	intensitySum: number;
}

/** Heat per region from counts and intensity sums, e.g. summed from per-day rollups. */
export function heatsFromTallies(tallies: Iterable<RegionTotalTally>): Map<string, RegionHeat> {
	const list = [...tallies];
	const hottest = Math.max(0, ...list.map((total) => total.intensitySum));
	const heats = new Map<string, RegionHeat>();
	for (const total of list) {
		heats.set(total.regionId, {
			regionId: total.regionId,
			count: total.count,
			meanIntensity: total.intensitySum / total.count,
			score: total.intensitySum,
			level: levelOf(total.intensitySum, hottest)
		});
	}
	return heats;
}

/** The hottest regions first: by score, then count, then head-to-foot. */
export function topRegions(heats: Map<string, RegionHeat>, limit = 5): RegionHeat[] {
	return [...heats.values()]
		.sort(
			(a, b) =>
				b.score - a.score || b.count - a.count || regionOrder(a.regionId) - regionOrder(b.regionId)
		)
		.slice(0, limit);
}

export interface WeekSpread {
	from: LocalDay;
	to: LocalDay;
	heats: Map<string, RegionHeat>;
	markedRegions: number;
	/** Share of all regions marked at least once that week, 0–1. */
	share: number;
}

/**
 * The last `weeks` weeks ending today, oldest first, each with its own heat map and spread.
 * Colour levels are relative to the hottest region in any of the weeks, so weeks compare.
 * The weeks are 7-day spans ending today, not calendar weeks, so no locale's first day of the
 * week applies; their dates are shown with Intl in the device locale.
 */
export function weeklySpread(marks: readonly HeatMark[], today: LocalDay, weeks = 8): WeekSpread[] {
	const result: WeekSpread[] = [];
	for (let week = weeks - 1; week >= 0; week--) {
		const to = addDays(today, -7 * week);
		const from = addDays(to, -6);
		const heats = aggregateMarks(marks.filter((mark) => mark.day >= from && mark.day <= to));
		result.push({
			from,
			to,
			heats,
			markedRegions: heats.size,
			share: heats.size / bodyRegions.length
		});
	}
	const hottest = Math.max(
		0,
		...result.flatMap((week) => [...week.heats.values()].map((heat) => heat.score))
	);
	for (const week of result) {
		for (const heat of week.heats.values()) heat.level = levelOf(heat.score, hottest);
	}
	return result;
}

export interface RegionHistory {
	/** Mean intensity a day the region was marked, oldest first. */
	days: { day: LocalDay; meanIntensity: number; count: number }[];
	/** The marks of the region, newest first. */
	marks: HeatMark[];
}

export function regionHistory(marks: readonly HeatMark[], regionId: string): RegionHistory {
	const own = marks.filter((mark) => mark.regionId === regionId);
	const byDay = new Map<LocalDay, { count: number; sum: number }>();
	for (const mark of own) {
		const total = byDay.get(mark.day) ?? { count: 0, sum: 0 };
		total.count += 1;
		total.sum += mark.intensity;
		byDay.set(mark.day, total);
	}
	return {
		days: [...byDay.entries()]
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.map(([day, total]) => ({ day, meanIntensity: total.sum / total.count, count: total.count })),
		marks: [...own].sort((a, b) => b.at - a.at)
	};
}
