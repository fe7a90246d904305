// The body-map region catalogue: fine where low back and hip pain lives, coarse elsewhere.
// Region ids are stable (they are stored in marks and sessions); never rename one.

import type { Side } from '$lib/domain/records';
import type { BuiltInRoutineId } from './routines';

export type BodyView = 'front' | 'back';
export type RegionDetail = 'fine' | 'coarse';

export interface BodyRegion {
	/** Stable id, e.g. "left-deep-glute"; sided kinds have one id per side. */
	id: string;
	/** The side-free kind, e.g. "deep-glute"; routines target kinds. */
	kind: string;
	side: Side;
	view: BodyView;
	detail: RegionDetail;
	/** Short name with its side, e.g. "Left deep glute". */
	label: string;
	/** Accessible name, e.g. "Left deep glute (piriformis)". */
	name: string;
	/** Muscles or structures under the region. */
	structures: readonly string[];
	/** Built-in release and stretching routines that target it. */
	routineIds: readonly BuiltInRoutineId[];
}

interface RegionKind {
	kind: string;
	/** Lower-case words without the side. */
	words: string;
	/** What goes in brackets after the name, if anything. */
	qualifier?: string;
	view: BodyView;
	detail: RegionDetail;
	sided: boolean;
	structures: readonly string[];
}

/**
 * Which built-in routines target which region kinds (both sides). The catalogue writes its
 * targets out too; the routine catalogue's test checks that the two agree.
 */
export const routineTargets: Readonly<Record<BuiltInRoutineId, readonly string[]>> = {
	'release-tfl': ['front-outer-hip', 'outer-thigh'],
	'stretch-tfl': ['front-outer-hip', 'outer-thigh'],
	'release-quadratus-lumborum': ['flank', 'lumbar-paraspinals'],
	'stretch-quadratus-lumborum': ['flank', 'lumbar-paraspinals'],
	'release-piriformis': ['deep-glute'],
	'stretch-piriformis': ['deep-glute'],
	'release-glutes': ['upper-glute', 'main-glute'],
	'stretch-glutes': ['upper-glute', 'main-glute'],
	'release-hip-rotators': ['deep-glute', 'sacroiliac'],
	'stretch-hip-rotators': ['deep-glute', 'groin']
};

const linkedRoutineIds = Object.keys(routineTargets) as BuiltInRoutineId[];

const regionKinds: readonly RegionKind[] = [
	// Coarse, from the top down.
	{
		kind: 'head',
		words: 'head',
		view: 'front',
		detail: 'coarse',
		sided: false,
		structures: ['head', 'jaw']
	},
	{
		kind: 'neck',
		words: 'neck',
		view: 'back',
		detail: 'coarse',
		sided: false,
		structures: ['cervical spine', 'upper trapezius', 'levator scapulae']
	},
	{
		kind: 'shoulder',
		words: 'shoulder',
		view: 'back',
		detail: 'coarse',
		sided: true,
		structures: ['deltoid', 'rotator cuff', 'upper trapezius']
	},
	{
		kind: 'upper-back',
		words: 'upper back',
		view: 'back',
		detail: 'coarse',
		sided: false,
		structures: ['rhomboids', 'middle trapezius', 'thoracic spine']
	},
	{
		kind: 'mid-back',
		words: 'mid back',
		view: 'back',
		detail: 'coarse',
		sided: false,
		structures: ['lower trapezius', 'latissimus dorsi', 'thoracic erector spinae']
	},
	{
		kind: 'chest',
		words: 'chest',
		view: 'front',
		detail: 'coarse',
		sided: false,
		structures: ['pectoralis major', 'ribs', 'sternum']
	},
	{
		kind: 'upper-arm',
		words: 'upper arm',
		view: 'front',
		detail: 'coarse',
		sided: true,
		structures: ['biceps', 'triceps']
	},
	{
		kind: 'forearm',
		words: 'forearm',
		view: 'front',
		detail: 'coarse',
		sided: true,
		structures: ['wrist flexors', 'wrist extensors']
	},
	{
		kind: 'hand',
		words: 'hand',
		view: 'front',
		detail: 'coarse',
		sided: true,
		structures: ['hand', 'wrist', 'fingers']
	},
	// Fine: the low back, pelvis and hip.
	{
		kind: 'lower-spine',
		words: 'lower spine',
		view: 'back',
		detail: 'fine',
		sided: false,
		structures: ['lumbar vertebrae', 'lumbar discs']
	},
	{
		kind: 'lumbar-paraspinals',
		words: 'lumbar paraspinals',
		qualifier: 'multifidus',
		view: 'back',
		detail: 'fine',
		sided: true,
		structures: ['multifidus', 'lumbar erector spinae']
	},
	{
		kind: 'flank',
		words: 'flank above the hip',
		qualifier: 'quadratus lumborum',
		view: 'back',
		detail: 'fine',
		sided: true,
		structures: ['quadratus lumborum']
	},
	{
		kind: 'sacrum',
		words: 'sacrum',
		view: 'back',
		detail: 'fine',
		sided: false,
		structures: ['sacrum', 'coccyx']
	},
	{
		kind: 'sacroiliac',
		words: 'sacroiliac joint',
		view: 'back',
		detail: 'fine',
		sided: true,
		structures: ['sacroiliac joint', 'posterior sacroiliac ligaments']
	},
	{
		kind: 'upper-glute',
		words: 'upper glute',
		qualifier: 'gluteus medius',
		view: 'back',
		detail: 'fine',
		sided: true,
		structures: ['gluteus medius', 'gluteus minimus']
	},
	{
		kind: 'deep-glute',
		words: 'deep glute',
		qualifier: 'piriformis',
		view: 'back',
		detail: 'fine',
		sided: true,
		structures: [
			'piriformis',
			'gemelli',
			'obturator internus',
			'quadratus femoris',
			'sciatic nerve'
		]
	},
	{
		kind: 'main-glute',
		words: 'main glute',
		qualifier: 'gluteus maximus',
		view: 'back',
		detail: 'fine',
		sided: true,
		structures: ['gluteus maximus']
	},
	{
		kind: 'abdomen',
		words: 'abdomen',
		view: 'front',
		detail: 'fine',
		sided: false,
		structures: ['abdominal muscles']
	},
	{
		kind: 'front-outer-hip',
		words: 'front-outer hip',
		qualifier: 'TFL',
		view: 'front',
		detail: 'fine',
		sided: true,
		structures: ['tensor fasciae latae']
	},
	{
		kind: 'groin',
		words: 'groin and hip flexor',
		qualifier: 'iliopsoas',
		view: 'front',
		detail: 'fine',
		sided: true,
		structures: ['iliopsoas', 'adductors', 'hip joint']
	},
	// Fine: the leg, where sciatic symptoms run.
	{
		kind: 'outer-thigh',
		words: 'outer thigh',
		qualifier: 'iliotibial band',
		view: 'front',
		detail: 'fine',
		sided: true,
		structures: ['iliotibial band', 'vastus lateralis']
	},
	{
		kind: 'front-of-thigh',
		words: 'front of thigh',
		qualifier: 'quadriceps',
		view: 'front',
		detail: 'fine',
		sided: true,
		structures: ['quadriceps', 'femoral nerve']
	},
	{
		kind: 'back-of-thigh',
		words: 'back of thigh',
		qualifier: 'hamstrings',
		view: 'back',
		detail: 'fine',
		sided: true,
		structures: ['hamstrings', 'sciatic nerve']
	},
	{
		kind: 'knee',
		words: 'knee',
		view: 'front',
		detail: 'fine',
		sided: true,
		structures: ['knee joint', 'patellar tendon']
	},
	{
		kind: 'shin',
		words: 'shin',
		view: 'front',
		detail: 'fine',
		sided: true,
		structures: ['tibialis anterior', 'peroneal nerve']
	},
	{
		kind: 'calf',
		words: 'calf',
		view: 'back',
		detail: 'fine',
		sided: true,
		structures: ['gastrocnemius', 'soleus', 'tibial nerve']
	},
	{
		kind: 'top-of-foot',
		words: 'top of foot',
		view: 'front',
		detail: 'fine',
		sided: true,
		structures: ['foot extensors', 'superficial peroneal nerve']
	},
	{
		kind: 'sole',
		words: 'sole and heel',
		view: 'back',
		detail: 'fine',
		sided: true,
		structures: ['plantar fascia', 'heel', 'tibial nerve']
	}
];

const capitalise = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

function routinesFor(kind: string): BuiltInRoutineId[] {
	return linkedRoutineIds.filter((routineId) => routineTargets[routineId].includes(kind));
}

function buildRegion(kind: RegionKind, side: Side): BodyRegion {
	const label = side === 'centre' ? capitalise(kind.words) : `${capitalise(side)} ${kind.words}`;
	return {
		id: side === 'centre' ? kind.kind : `${side}-${kind.kind}`,
		kind: kind.kind,
		side,
		view: kind.view,
		detail: kind.detail,
		label,
		name: kind.qualifier ? `${label} (${kind.qualifier})` : label,
		structures: kind.structures,
		routineIds: routinesFor(kind.kind)
	};
}

/** Every region, left before right, in head-to-foot order. */
export const bodyRegions: readonly BodyRegion[] = regionKinds.flatMap((kind) =>
	kind.sided
		? [buildRegion(kind, 'left'), buildRegion(kind, 'right')]
		: [buildRegion(kind, 'centre')]
);

const regionsById = new Map(bodyRegions.map((region) => [region.id, region]));

export function findRegion(id: string): BodyRegion | undefined {
	return regionsById.get(id);
}

export function isRegionId(id: unknown): id is string {
	return typeof id === 'string' && regionsById.has(id);
}

/** Position of a region in the catalogue, for a stable head-to-foot order in lists. */
export function regionOrder(id: string): number {
	return orderById.get(id) ?? bodyRegions.length;
}

const orderById = new Map(bodyRegions.map((region, index) => [region.id, index]));
