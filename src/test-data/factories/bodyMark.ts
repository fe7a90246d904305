import type { BodyMark, Side } from '$lib/domain/records';
import { datedDefaults, defineFactory } from './factory';

/** The side a region id names ("left-…", "right-…"), or the centre for one without a side. */
function sideOf(regionId: string): Side {
	if (regionId.startsWith('left-')) return 'left';
	if (regionId.startsWith('right-')) return 'right';
	return 'centre';
}

/** One marked region of an entry: the left deep glute (piriformis), a moderate ache. */
export const bodyMarkFactory = defineFactory<BodyMark>((sequence, overrides) => {
	const regionId = overrides.regionId ?? 'left-deep-glute';
	return {
		...datedDefaults(`bodyMarks-${sequence}`, overrides),
		entryId: 'entry-none',
		regionId,
		side: sideOf(regionId),
		intensity: 5,
		sensations: [],
		pathId: null,
		pathIndex: null
	};
});
