// Region helpers for routines, sessions and clinic visits, over the body map's region catalogue.

import type { Side } from '$lib/domain/records';
import { bodyRegions, findRegion } from './regions';

/** Every region a routine or clinic visit may name, head to foot, left before right. */
export const targetRegionIds: readonly string[] = bodyRegions.map((region) => region.id);

export function sideOfRegion(regionId: string): Side {
	return findRegion(regionId)?.side ?? 'centre';
}

/** "Left deep glute (piriformis)"; an unknown id is shown as it is rather than hidden. */
export function regionLabel(regionId: string): string {
	return findRegion(regionId)?.name ?? regionId;
}
