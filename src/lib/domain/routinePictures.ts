// The illustration of each built-in release and stretching routine, as drawing data: the
// surroundings (wall, floor, chair), a stick-and-capsule figure, the ball, the highlighted
// target and its text alternative. Drawn for Unknot on a 240 × 160 canvas; RoutinePicture
// renders it.

import type { BuiltInRoutineId } from './routines';
import type { TargetRegion } from './targetMiniMap';

export const pictureWidth = 240;
export const pictureHeight = 160;

export type Point = readonly [x: number, y: number];

/**
 * A figure by its joints. Limbs run from the body outwards (shoulder → elbow → hand,
 * hip → knee → ankle → toe). "Far" limbs are drawn first and paler, behind the body.
 */
export interface Figure {
	head: Point;
	neck: Point;
	pelvis: Point;
	nearArm: readonly Point[];
	farArm: readonly Point[];
	nearLeg: readonly Point[];
	farLeg: readonly Point[];
}

export type Surrounding =
	| { kind: 'floor'; y: number }
	| { kind: 'wall'; x: number; side: 'left' | 'right' }
	| { kind: 'chair'; path: string };

export interface Ellipse {
	center: Point;
	rx: number;
	ry: number;
	/** Degrees, clockwise. */
	rotate?: number;
}

export interface RoutinePicture {
	/** How the figure is seen: its front (facing us) or its side. */
	view: 'front' | 'side';
	surroundings: readonly Surrounding[];
	figure: Figure;
	ball: { center: Point; radius: number } | null;
	target: Ellipse;
	/** The direction of the movement, as a polyline ending in an arrowhead. */
	motion: readonly Point[] | null;
	regions: readonly TargetRegion[];
	alt: string;
}

const floor: Surrounding = { kind: 'floor', y: 150 };
const ballRadius = 7;

/** Typed by the catalogue's ids: a built-in routine without a picture does not compile. */
const pictures: Record<BuiltInRoutineId, RoutinePicture> = {
	'release-tfl': {
		view: 'front',
		surroundings: [floor, { kind: 'wall', x: 176, side: 'right' }],
		figure: {
			head: [128, 31],
			neck: [131, 45],
			pelvis: [149, 93],
			nearArm: [
				[143, 54],
				[160, 66],
				[174, 56]
			],
			farArm: [
				[122, 55],
				[113, 76],
				[118, 96]
			],
			nearLeg: [
				[156, 96],
				[154, 122],
				[150, 147],
				[158, 148]
			],
			farLeg: [
				[140, 96],
				[130, 122],
				[120, 147],
				[112, 148]
			]
		},
		ball: { center: [169, 93], radius: ballRadius },
		target: { center: [156, 91], rx: 7, ry: 10 },
		motion: null,
		regions: ['front-outer-hip'],
		alt: 'Person standing side-on to a wall, one hand on the wall, leaning the hip into a ball held between the wall and the outer front of the hip (TFL), which is highlighted.'
	},
	'release-quadratus-lumborum': {
		view: 'front',
		surroundings: [floor],
		figure: {
			head: [74, 106],
			neck: [90, 117],
			pelvis: [152, 137],
			nearArm: [
				[98, 115],
				[122, 106],
				[146, 122]
			],
			farArm: [
				[92, 122],
				[92, 146],
				[70, 146]
			],
			nearLeg: [
				[152, 134],
				[185, 137],
				[216, 140],
				[220, 133]
			],
			farLeg: [
				[152, 139],
				[186, 142],
				[218, 143],
				[224, 138]
			]
		},
		ball: { center: [122, 143], radius: ballRadius },
		target: { center: [122, 127], rx: 11, ry: 7, rotate: 19 },
		motion: null,
		regions: ['flank'],
		alt: 'Person lying on one side on the floor, propped on the forearm with the other hand on the hip, a ball under the side of the waist between the lowest rib and the hip bone (quadratus lumborum), which is highlighted.'
	},
	'release-piriformis': {
		view: 'side',
		surroundings: [floor],
		figure: {
			head: [74, 71],
			neck: [80, 85],
			pelvis: [100, 127],
			nearArm: [
				[84, 92],
				[74, 118],
				[66, 147]
			],
			farArm: [
				[80, 92],
				[66, 116],
				[56, 147]
			],
			nearLeg: [
				[102, 124],
				[122, 110],
				[146, 97]
			],
			farLeg: [
				[100, 128],
				[136, 102],
				[158, 146],
				[170, 148]
			]
		},
		ball: { center: [102, 143], radius: ballRadius },
		target: { center: [101, 130], rx: 10, ry: 6 },
		motion: null,
		regions: ['deep-glute'],
		alt: 'Person sitting on the floor leaning back on the hands, a ball under one buttock and that ankle crossed over the other knee; the deep buttock (piriformis) above the ball is highlighted.'
	},
	'release-glutes': {
		view: 'side',
		surroundings: [floor, { kind: 'wall', x: 60, side: 'left' }],
		figure: {
			head: [79, 31],
			neck: [77, 45],
			pelvis: [83, 94],
			nearArm: [
				[80, 52],
				[90, 74],
				[96, 94]
			],
			farArm: [
				[76, 52],
				[84, 74],
				[88, 94]
			],
			nearLeg: [
				[84, 96],
				[98, 122],
				[92, 147],
				[104, 148]
			],
			farLeg: [
				[82, 96],
				[94, 122],
				[86, 147],
				[98, 148]
			]
		},
		ball: { center: [67, 92], radius: ballRadius },
		target: { center: [78, 91], rx: 7, ry: 12 },
		motion: null,
		regions: ['main-glute', 'upper-glute'],
		alt: 'Person standing with the back to a wall, knees slightly bent, a ball held between the wall and the buttock (glutes), which is highlighted.'
	},
	'release-hip-rotators': {
		view: 'side',
		surroundings: [floor],
		figure: {
			head: [62, 139],
			neck: [78, 139],
			pelvis: [138, 127],
			nearArm: [
				[86, 138],
				[108, 144],
				[128, 145]
			],
			farArm: [
				[84, 140],
				[104, 146],
				[122, 146]
			],
			nearLeg: [
				[138, 125],
				[168, 100],
				[194, 142],
				[206, 146]
			],
			farLeg: [
				[138, 129],
				[174, 104],
				[200, 143],
				[212, 147]
			]
		},
		ball: { center: [140, 143], radius: ballRadius },
		target: { center: [138, 132], rx: 11, ry: 5 },
		motion: null,
		regions: ['deep-glute'],
		alt: 'Person lying on the back on the floor with knees bent, a ball under the lower buttock just behind the hip bone; the deep hip rotators above the ball are highlighted.'
	},
	'stretch-tfl': {
		view: 'front',
		surroundings: [floor, { kind: 'wall', x: 192, side: 'right' }],
		figure: {
			head: [130, 32],
			neck: [135, 46],
			pelvis: [152, 93],
			nearArm: [
				[144, 53],
				[168, 58],
				[190, 55]
			],
			farArm: [
				[126, 55],
				[124, 78],
				[142, 90]
			],
			nearLeg: [
				[146, 96],
				[150, 122],
				[154, 147],
				[146, 148]
			],
			farLeg: [
				[158, 96],
				[150, 122],
				[136, 147],
				[128, 148]
			]
		},
		ball: null,
		target: { center: [162, 93], rx: 6, ry: 9 },
		motion: [
			[168, 108],
			[186, 108]
		],
		regions: ['front-outer-hip'],
		alt: 'Person standing beside a wall with one hand on it, the leg nearer the wall crossed behind the other, pushing that hip gently toward the wall; the outer front of that hip (TFL) is highlighted.'
	},
	'stretch-quadratus-lumborum': {
		view: 'front',
		surroundings: [floor],
		figure: {
			head: [101, 35],
			neck: [108, 48],
			pelvis: [120, 93],
			nearArm: [
				[116, 53],
				[110, 26],
				[88, 14]
			],
			farArm: [
				[102, 55],
				[96, 78],
				[104, 100]
			],
			nearLeg: [
				[128, 96],
				[132, 122],
				[136, 147],
				[144, 148]
			],
			farLeg: [
				[112, 96],
				[110, 122],
				[108, 147],
				[100, 148]
			]
		},
		ball: null,
		target: { center: [128, 70], rx: 6, ry: 11, rotate: -15 },
		motion: [
			[130, 22],
			[118, 8],
			[96, 4]
		],
		regions: ['flank'],
		alt: 'Person standing and bending sideways, one arm reaching overhead to the other side; the side of the low back being stretched, between the lowest rib and the hip bone (quadratus lumborum), is highlighted.'
	},
	'stretch-piriformis': {
		view: 'side',
		surroundings: [floor],
		figure: {
			head: [62, 139],
			neck: [78, 139],
			pelvis: [138, 139],
			nearArm: [
				[86, 136],
				[112, 120],
				[146, 108]
			],
			farArm: [
				[84, 138],
				[108, 124],
				[140, 112]
			],
			nearLeg: [
				[138, 136],
				[172, 124],
				[152, 102]
			],
			farLeg: [
				[138, 140],
				[150, 100],
				[182, 94],
				[190, 86]
			]
		},
		ball: null,
		target: { center: [138, 133], rx: 11, ry: 6 },
		motion: [
			[162, 84],
			[140, 80]
		],
		regions: ['deep-glute'],
		alt: 'Person lying on the back with one ankle crossed over the other knee (a figure four), hands pulling that other thigh toward the chest; the deep buttock of the crossed leg (piriformis) is highlighted.'
	},
	'stretch-glutes': {
		view: 'side',
		surroundings: [floor],
		figure: {
			head: [62, 139],
			neck: [78, 139],
			pelvis: [138, 139],
			nearArm: [
				[86, 136],
				[100, 116],
				[114, 102]
			],
			farArm: [
				[84, 138],
				[98, 118],
				[110, 106]
			],
			nearLeg: [
				[138, 136],
				[116, 104],
				[146, 106],
				[154, 100]
			],
			farLeg: [
				[138, 141],
				[174, 142],
				[208, 143],
				[211, 134]
			]
		},
		ball: null,
		target: { center: [140, 132], rx: 11, ry: 7 },
		motion: [
			[124, 90],
			[100, 86]
		],
		regions: ['main-glute'],
		alt: 'Person lying on the back, hands drawing one knee toward the opposite shoulder, the other leg straight on the floor; the buttock of the bent leg (glutes) is highlighted.'
	},
	'stretch-hip-rotators': {
		view: 'side',
		surroundings: [floor, { kind: 'chair', path: 'M66 56V150M66 110H120V150M66 110H60' }],
		figure: {
			head: [128, 46],
			neck: [118, 58],
			pelvis: [95, 99],
			nearArm: [
				[114, 64],
				[124, 84],
				[128, 92]
			],
			farArm: [
				[112, 64],
				[118, 86],
				[120, 94]
			],
			nearLeg: [
				[96, 97],
				[122, 90],
				[148, 92]
			],
			farLeg: [
				[95, 100],
				[140, 100],
				[142, 147],
				[154, 148]
			]
		},
		ball: null,
		target: { center: [90, 101], rx: 9, ry: 6 },
		motion: [
			[134, 36],
			[150, 50]
		],
		regions: ['deep-glute'],
		alt: 'Person sitting on a chair with one ankle resting on the other knee, leaning forward with a straight back; the deep buttock of the crossed leg (hip rotators) is highlighted.'
	}
};

/** The picture of a built-in routine, or undefined for a routine without one (the user's own). */
export function routinePicture(routineId: string): RoutinePicture | undefined {
	return Object.hasOwn(pictures, routineId) ? pictures[routineId as BuiltInRoutineId] : undefined;
}
