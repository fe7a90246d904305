// Plain labels for the body regions that routines and clinic visits target. The body map's
// regions module will own every region's label; until the two meet, release screens use these.

import type { Side } from '$lib/db/types';

/** Region kinds a routine may target; a sided kind has a `left-` and a `right-` region id. */
export const sidedTargetKinds: Record<string, string> = {
	'lumbar-paraspinals': 'lower back muscles (multifidus)',
	flank: 'flank (quadratus lumborum)',
	sacroiliac: 'sacroiliac joint',
	'upper-glute': 'upper glute (gluteus medius)',
	'main-glute': 'main glute (gluteus maximus)',
	'deep-glute': 'deep glute (piriformis)',
	'front-outer-hip': 'front-outer hip (TFL)',
	'outer-thigh': 'outer thigh (iliotibial band)',
	groin: 'groin (hip flexor)',
	'back-of-thigh': 'back of thigh (hamstrings)',
	calf: 'calf',
	'front-of-thigh': 'front of thigh (quadriceps)'
};

/** Centre regions, which have no side. */
export const centreTargets: Record<string, string> = {
	'lower-spine': 'Lower spine',
	sacrum: 'Sacrum',
	abdomen: 'Abdomen'
};

/** Every region id a routine or clinic visit may name here, in body order. */
export const targetRegionIds: readonly string[] = [
	...Object.keys(sidedTargetKinds).flatMap((kind) => [`left-${kind}`, `right-${kind}`]),
	...Object.keys(centreTargets)
];

export function sideOfRegion(regionId: string): Side {
	if (regionId.startsWith('left-')) return 'left';
	if (regionId.startsWith('right-')) return 'right';
	return 'centre';
}

/** The region's kind without its side: `left-deep-glute` → `deep-glute`. */
export function kindOfRegion(regionId: string): string {
	return regionId.replace(/^(left|right)-/, '');
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "Left deep glute (piriformis)"; an unknown id is shown as it is rather than hidden. */
export function regionLabel(regionId: string): string {
	const centre = centreTargets[regionId];
	if (centre) return centre;
	const side = sideOfRegion(regionId);
	const kind = sidedTargetKinds[kindOfRegion(regionId)];
	if (!kind || side === 'centre') return regionId;
	return `${side === 'left' ? 'Left' : 'Right'} ${kind}`;
}

/** The label of a kind without its side: "Deep glute (piriformis)". */
export function regionKindLabel(kind: string): string {
	const label = sidedTargetKinds[kind] ?? centreTargets[kind];
	return label ? capitalise(label) : kind;
}
