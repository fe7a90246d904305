// The words of the body map and the editors built on it (marks, places treated), apart from the
// frame's (common.ts): only the screens and dialogs that draw the map load them.

export const words = {
	bodyMap: {
		back: 'Back',
		backHint: 'Seen from behind: your left is on the left.',
		front: 'Front',
		frontHint: 'Seen from the front: your left is on the right.',
		zoom: 'Zoom to hip and low back',
		zoomHint:
			'Hip, low back and legs down to the feet, with the muscles named. Piriformis and the small hip rotators lie deep, under the glutes. QL: quadratus lumborum. TFL: tensor fasciae latae. SI: sacroiliac joint.',
		/**
		 * Names written on the zoomed drawing, by region kind: one a place the drawing names (the
		 * deep glute names piriformis and, below it, the hip rotators); a new line where it breaks.
		 */
		mapLabels: {
			'mid-back': ['Mid back'],
			flank: ['QL'],
			'lumbar-paraspinals': ['Multifidus'],
			'lower-spine': ['Spine'],
			sacrum: ['Sacrum'],
			sacroiliac: ['SI'],
			'upper-glute': ['Glute\nmed'],
			'deep-glute': ['Piriformis', 'Hip rotators'],
			'main-glute': ['Glute max'],
			'back-of-thigh': ['Hamstrings'],
			calf: ['Calf'],
			sole: ['Sole,\nheel'],
			abdomen: ['Abdomen'],
			'front-outer-hip': ['TFL'],
			groin: ['Hip\nflexor'],
			'outer-thigh': ['IT band'],
			'front-of-thigh': ['Quads'],
			knee: ['Knee'],
			shin: ['Shin'],
			'top-of-foot': ['Foot']
		} as Readonly<Record<string, readonly string[]>>,
		backList: 'Back of the body',
		frontList: 'Front of the body',
		heatLevels: ['Not marked', 'Low', 'Medium', 'High', 'Highest'] as const,
		heatLegend: 'How often and how strongly, compared with the worst region',
		notMarked: 'not marked',
		marked: (count: number, meanIntensity: string) =>
			`marked ${count === 1 ? 'once' : `${count} times`}, mean intensity ${meanIntensity}`
	},
	markEditor: {
		label: 'Where it hurts',
		pathStep: (step: number, name: string) => `Path step ${step}: ${name}.`,
		offPath: (name: string) => `Taken off the path: ${name}.`,
		removed: (name: string) => `Removed ${name}.`,
		marked: (name: string) => `Marked ${name}.`,
		pathFinished: 'Path finished.',
		drawingPath: 'Drawing a radiating path: select regions in order from where it starts.',
		drawPath: 'Draw radiating path',
		drawingHint:
			'Select regions in order, from where the pain starts to where it runs. Select a step again to take it off. Press the button again when done.',
		pathHint: 'For pain that runs, e.g. from the deep glute down the back of the leg.',
		path: (names: string[]) => `Path: ${names.join(' → ')}`,
		list: 'Choose from a list instead',
		markedRegions: 'Marked regions',
		stepOf: (step: number) => `, path step ${step}`,
		intensity: 'Intensity',
		sensations: 'Sensations',
		remove: 'Remove'
	},
	/** Where a clinic visit treated, chosen on the body map. */
	treatedRegions: {
		legend: 'Where was it treated?',
		hint: 'Tap each place on the map (zoom in for the hip and low back), or choose from the list.',
		chosen: 'Places treated',
		none: 'No place chosen yet.',
		remove: (name: string) => `Remove ${name}`,
		added: (name: string) => `Added ${name}.`,
		removed: (name: string) => `Removed ${name}.`
	}
};
