// "Where": the most marked body regions over a range, and the routines that targeted them.

import type { RegionTally } from '$lib/domain/records';
import type { RegionTotalTally } from './heatMap';
import { findRegion } from './regions';

export interface RegionTotal {
	regionId: string;
	marks: number;
	/** Days on which the region was marked. */
	days: number;
	meanIntensity: number;
	/** Sessions in the range whose regions included this one, by routine name, most first. */
	routines: { name: string; sessions: number }[];
}

export interface SessionTargets {
	routineName: string;
	regionIds: readonly string[];
}

/** Regions by how often they were marked (then by name), at most `limit` of them. */
export function topRegions(
	days: readonly { regions: Readonly<Record<string, RegionTally>> }[],
	sessions: readonly SessionTargets[],
	limit = 5
): RegionTotal[] {
	const totals = new Map<string, { marks: number; days: number; intensity: number }>();
	for (const day of days) {
		for (const [regionId, tally] of Object.entries(day.regions)) {
			const total = totals.get(regionId) ?? { marks: 0, days: 0, intensity: 0 };
			total.marks += tally.count;
			total.days += 1;
			total.intensity += tally.intensitySum;
			totals.set(regionId, total);
		}
	}
	return [...totals.entries()]
		.sort(([a, first], [b, second]) => second.marks - first.marks || a.localeCompare(b))
		.slice(0, limit)
		.map(([regionId, total]) => {
			const routines = new Map<string, number>();
			for (const session of sessions) {
				if (!session.regionIds.includes(regionId)) continue;
				routines.set(session.routineName, (routines.get(session.routineName) ?? 0) + 1);
			}
			return {
				regionId,
				marks: total.marks,
				days: total.days,
				meanIntensity: total.intensity / total.marks,
				routines: [...routines.entries()]
					.map(([name, count]) => ({ name, sessions: count }))
					.sort((a, b) => b.sessions - a.sessions || a.name.localeCompare(b.name))
			};
		});
}

/** The region's accessible name from the catalogue; an unknown id made readable. */
export function regionName(regionId: string): string {
	const region = findRegion(regionId);
	if (region) return region.name;
	const words = regionId.replace(/[-_]+/g, ' ').trim();
	return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

/** Marks and intensity per region summed over the days' rollups, for the heat map. */
export function regionTallies(
	days: readonly { regions: Readonly<Record<string, RegionTally>> }[]
): RegionTotalTally[] {
	const totals = new Map<string, RegionTotalTally>();
	for (const day of days) {
		for (const [regionId, tally] of Object.entries(day.regions)) {
			const total = totals.get(regionId) ?? { regionId, count: 0, intensitySum: 0 };
			total.count += tally.count;
			total.intensitySum += tally.intensitySum;
			totals.set(regionId, total);
		}
	}
	return [...totals.values()];
}
