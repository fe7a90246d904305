// The small front/back body map beside each routine picture: the region kinds it can highlight,
// where each sits on the silhouette and how to say it in words. Self-contained on purpose: the
// full body map has its own, much finer regions.

export type TargetRegion =
	| 'front-outer-hip'
	| 'outer-thigh'
	| 'flank'
	| 'lumbar-paraspinals'
	| 'deep-glute'
	| 'upper-glute'
	| 'main-glute'
	| 'sacroiliac'
	| 'groin';

export type MiniMapView = 'front' | 'back';

/** An ellipse on the left half of a 60 × 120 silhouette; the map mirrors it to the other side. */
export interface MiniMapBlob {
	cx: number;
	cy: number;
	rx: number;
	ry: number;
}

export interface TargetRegionShape {
	view: MiniMapView;
	words: string;
	blob: MiniMapBlob;
}

export const targetRegionShapes: Record<TargetRegion, TargetRegionShape> = {
	'front-outer-hip': {
		view: 'front',
		words: 'the outer front of the hip',
		blob: { cx: 20.5, cy: 64, rx: 3.5, ry: 4.5 }
	},
	'outer-thigh': {
		view: 'front',
		words: 'the outer thigh',
		blob: { cx: 19, cy: 83, rx: 2.5, ry: 9 }
	},
	groin: { view: 'front', words: 'the groin', blob: { cx: 27, cy: 71, rx: 2.5, ry: 3 } },
	flank: {
		view: 'back',
		words: 'the side of the low back, between the lowest rib and the hip bone',
		blob: { cx: 22.5, cy: 52, rx: 3, ry: 5 }
	},
	'lumbar-paraspinals': {
		view: 'back',
		words: 'the muscles beside the spine in the low back',
		blob: { cx: 27.5, cy: 51, rx: 2, ry: 6 }
	},
	sacroiliac: {
		view: 'back',
		words: 'the joints at the base of the spine',
		blob: { cx: 27.5, cy: 62, rx: 2, ry: 2.5 }
	},
	'upper-glute': {
		view: 'back',
		words: 'the upper outer buttock',
		blob: { cx: 21.5, cy: 62, rx: 4, ry: 3 }
	},
	'main-glute': {
		view: 'back',
		words: 'the buttock',
		blob: { cx: 24.5, cy: 68, rx: 5.5, ry: 5 }
	},
	'deep-glute': {
		view: 'back',
		words: 'the deep buttock, below its middle',
		blob: { cx: 25, cy: 69, rx: 4.5, ry: 2.5 }
	}
};

export const targetRegions = Object.keys(targetRegionShapes) as TargetRegion[];

/** The text alternative of the mini map: "Body map, back view: the buttock highlighted on both sides." */
export function miniMapDescription(regions: readonly TargetRegion[]): string {
	const parts = (['front', 'back'] as const).flatMap((view) => {
		const words = regions
			.filter((region) => targetRegionShapes[region].view === view)
			.map((region) => targetRegionShapes[region].words);
		return words.length === 0 ? [] : [`${view} view: ${joinWords(words)}`];
	});
	if (parts.length === 0) return 'Body map with nothing highlighted.';
	return `Body map, ${parts.join('; ')}, highlighted on both sides.`;
}

function joinWords(words: string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
