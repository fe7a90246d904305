// The built-in routines (ball release and stretching) and the checks
// for a routine the user makes. Built-ins live here, not in the database.

import type {
	Routine,
	RoutineKind,
	RoutinePosition,
	RoutineSideChoice,
	RoutineTool
} from '$lib/domain/records';
import { builtInRoutineNames } from './routineNames';
import type { FieldErrors, Validated } from './validation';

export const holdLimits = { min: 20, max: 180, release: 60, stretch: 30 } as const;
export const spotLimits = { min: 1, max: 10, default: 3 } as const;
export const routineNameLimit = 80;
export const stepLimit = 300;
export const stepCountLimit = 20;

/**
 * The built-in routines, in the order Release lists them. Their ids are stored in sessions and
 * plans: never rename one. Everything else keyed by a built-in routine (its picture, the body
 * regions it targets) is typed by this list, so a routine cannot be added without them.
 */
export const builtInRoutineIds = [
	'release-tfl',
	'release-quadratus-lumborum',
	'release-piriformis',
	'release-glutes',
	'release-hip-rotators',
	'stretch-tfl',
	'stretch-quadratus-lumborum',
	'stretch-piriformis',
	'stretch-glutes',
	'stretch-hip-rotators'
] as const;
export type BuiltInRoutineId = (typeof builtInRoutineIds)[number];

/** What a routine is, wherever it lives: the built-ins here or an own routine in the database. */
export interface RoutineDefinition {
	id: string;
	name: string;
	kind: RoutineKind;
	builtIn: boolean;
	basedOn: string | null;
	/** Body-map region ids (one per side for sided regions). */
	targets: string[];
	tool: RoutineTool;
	position: RoutinePosition;
	steps: string[];
	spotsPerSide: number;
	holdSeconds: number;
	sides: RoutineSideChoice;
	cautions: string[];
	/** An own routine's version (its row's `updatedAt`), so an edit can tell it changed meanwhile. */
	updatedAt?: number;
}

const bothSides = (...kinds: string[]) =>
	kinds.flatMap((kind) => [`left-${kind}`, `right-${kind}`]);

const releaseCautions = [
	'Ease off at once on sharp, electric or nerve pain: aim for a strong but bearable ache.',
	'Stop if numbness or tingling increases, and check with a clinician before trying again.'
];

const stretchCautions = [
	'Stretch to a gentle pull, never to pain; breathe slowly and do not bounce.',
	'Stop if numbness or tingling increases, and check with a clinician before trying again.'
];

function releaseSteps(where: string, position: RoutinePosition): string[] {
	const setUp =
		position === 'wall'
			? `Stand with your back against a wall and place the ball between the wall and ${where}.`
			: `Sit or lie on the floor with the ball under ${where}.`;
	return [
		setUp,
		'Move slowly around until you find a tight, sore spot or a spasm.',
		'Lean or sink into it and hold the pressure for about a minute, breathing slowly.',
		'Move the ball a little and search for the next spot.',
		'Repeat for each spot, then switch sides.'
	];
}

type BuiltInDefinition = Omit<RoutineDefinition, 'id' | 'name'>;

function release(
	targets: string[],
	tool: RoutineTool,
	position: RoutinePosition,
	where: string
): BuiltInDefinition {
	return {
		kind: 'release',
		builtIn: true,
		basedOn: null,
		targets,
		tool,
		position,
		steps: releaseSteps(where, position),
		spotsPerSide: spotLimits.default,
		holdSeconds: holdLimits.release,
		sides: 'both',
		cautions: releaseCautions
	};
}

function stretch(targets: string[], position: RoutinePosition, steps: string[]): BuiltInDefinition {
	return {
		kind: 'stretch',
		builtIn: true,
		basedOn: null,
		targets,
		tool: 'none',
		position,
		steps,
		spotsPerSide: 2,
		holdSeconds: holdLimits.stretch,
		sides: 'both',
		cautions: stretchCautions
	};
}

const definitions: Record<BuiltInRoutineId, BuiltInDefinition> = {
	'release-tfl': release(
		bothSides('front-outer-hip', 'outer-thigh'),
		'lacrosse ball',
		'wall',
		'the front-outer side of your hip, just below the hip bone'
	),
	'release-quadratus-lumborum': release(
		bothSides('flank', 'lumbar-paraspinals'),
		'tennis ball',
		'floor',
		'the side of your waist, between the lowest rib and the top of the hip bone, lying on that side'
	),
	'release-piriformis': release(
		bothSides('deep-glute'),
		'tennis ball',
		'floor',
		'the middle of one buttock, with that ankle crossed over the other knee'
	),
	'release-glutes': release(
		bothSides('upper-glute', 'main-glute'),
		'lacrosse ball',
		'wall',
		'the upper and outer part of one buttock'
	),
	'release-hip-rotators': release(
		bothSides('deep-glute', 'sacroiliac'),
		'tennis ball',
		'floor',
		'the lower buttock, between the sit bone and the outer hip'
	),
	'stretch-tfl': stretch(bothSides('front-outer-hip', 'outer-thigh'), 'standing', [
		'Stand beside a wall for balance and cross the leg to stretch behind the other.',
		'Push that hip gently out to the side until you feel a pull at the front-outer hip.',
		'Hold, breathing slowly, then switch sides.'
	]),
	'stretch-quadratus-lumborum': stretch(bothSides('flank', 'lumbar-paraspinals'), 'standing', [
		'Stand tall and raise the arm on the side to stretch.',
		'Lean slowly away to the other side until you feel a pull along the flank.',
		'Hold, breathing into the stretched side, then switch sides.'
	]),
	'stretch-piriformis': stretch(bothSides('deep-glute'), 'floor', [
		'Lie on your back with both knees bent and cross one ankle over the other knee.',
		'Pull the lower thigh gently towards your chest until you feel the deep glute stretch.',
		'Hold, breathing slowly, then switch sides.'
	]),
	'stretch-glutes': stretch(bothSides('upper-glute', 'main-glute'), 'floor', [
		'Lie on your back and pull one knee towards the opposite shoulder.',
		'Stop where you feel a comfortable stretch in the buttock.',
		'Hold, breathing slowly, then switch sides.'
	]),
	'stretch-hip-rotators': stretch(bothSides('deep-glute', 'groin'), 'seated', [
		'Sit tall, cross one foot over the other knee and let the crossed knee fall outwards.',
		'Lean forward from the hips with a straight back until you feel the stretch deep in the hip.',
		'Hold, breathing slowly, then switch sides.'
	])
};

export const builtInRoutines: readonly RoutineDefinition[] = builtInRoutineIds.map((id) => ({
	id,
	name: builtInRoutineNames[id],
	...definitions[id]
}));

export function builtInRoutine(id: string): RoutineDefinition | undefined {
	return builtInRoutines.find((routine) => routine.id === id);
}

export const toolLabels: Record<RoutineTool, string> = {
	'tennis ball': 'Tennis ball',
	'lacrosse ball': 'Lacrosse ball',
	none: 'No tool'
};

export const positionLabels: Record<RoutinePosition, string> = {
	wall: 'Against a wall',
	floor: 'Lying on the floor',
	standing: 'Standing',
	seated: 'Seated'
};

/** An own routine as stored, seen as a definition. */
export function ownRoutineDefinition(routine: Routine): RoutineDefinition {
	return {
		id: routine.id,
		name: routine.name,
		kind: routine.kind,
		builtIn: false,
		basedOn: routine.basedOn,
		targets: [...routine.targets],
		tool: routine.tool,
		position: routine.position,
		steps: [...routine.steps],
		spotsPerSide: routine.spotsPerSide,
		holdSeconds: routine.holdSeconds,
		sides: routine.sides,
		cautions: [...routine.cautions],
		updatedAt: routine.updatedAt
	};
}

export interface RoutineInput {
	name: string;
	kind: RoutineKind;
	basedOn: string | null;
	targets: string[];
	tool: RoutineTool;
	position: RoutinePosition;
	steps: string[];
	spotsPerSide: unknown;
	holdSeconds: unknown;
	sides: RoutineSideChoice;
	cautions: string[];
	/** An own routine's version (its row's `updatedAt`), so an edit can tell it changed meanwhile. */
	updatedAt?: number;
}

export type ValidRoutine = Omit<RoutineInput, 'spotsPerSide' | 'holdSeconds'> & {
	spotsPerSide: number;
	holdSeconds: number;
};

export type RoutineField = 'name' | 'targets' | 'steps' | 'spotsPerSide' | 'holdSeconds' | 'sides';

const isWhole = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value);

export function holdProblem(value: unknown): string | null {
	if (!isWhole(value) || value < holdLimits.min || value > holdLimits.max) {
		return `Hold time must be a whole number of seconds from ${holdLimits.min} to ${holdLimits.max}.`;
	}
	return null;
}

export function spotsProblem(value: unknown): string | null {
	if (!isWhole(value) || value < spotLimits.min || value > spotLimits.max) {
		return `Spots per side must be a whole number from ${spotLimits.min} to ${spotLimits.max}.`;
	}
	return null;
}

export function validateRoutine(input: RoutineInput): Validated<ValidRoutine, RoutineField> {
	const errors: FieldErrors<RoutineField> = {};
	const name = input.name.trim();
	if (name.length === 0) errors.name = 'Give the routine a name.';
	else if ([...name].length > routineNameLimit) {
		errors.name = `The name can have at most ${routineNameLimit} characters.`;
	}
	if (input.targets.length === 0) errors.targets = 'Choose at least one body region.';
	const steps = input.steps.map((step) => step.trim()).filter((step) => step.length > 0);
	if (steps.length === 0) errors.steps = 'Write at least one step.';
	else if (steps.length > stepCountLimit) {
		errors.steps = `A routine can have at most ${stepCountLimit} steps.`;
	} else if (steps.some((step) => [...step].length > stepLimit)) {
		errors.steps = `Each step can have at most ${stepLimit} characters.`;
	}
	const spots = spotsProblem(input.spotsPerSide);
	if (spots) errors.spotsPerSide = spots;
	const hold = holdProblem(input.holdSeconds);
	if (hold) errors.holdSeconds = hold;
	if (input.sides !== 'both' && input.sides !== 'one') errors.sides = 'Choose both sides or one.';
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		value: {
			// Field by field, so extra properties of a definition (its id, builtIn) never leak in.
			kind: input.kind,
			basedOn: input.basedOn,
			tool: input.tool,
			position: input.position,
			sides: input.sides,
			name,
			targets: [...new Set(input.targets)],
			steps,
			cautions: input.cautions.map((caution) => caution.trim()).filter(Boolean),
			spotsPerSide: input.spotsPerSide as number,
			holdSeconds: input.holdSeconds as number
		}
	};
}
