import type { Routine } from '$lib/domain/records';
import { defineFactory, storedDefaults } from './factory';

/** An own release routine: a ball against the wall on both glutes. */
export const routineFactory = defineFactory<Routine>((sequence, overrides) => ({
	...storedDefaults(`routines-${sequence}`, overrides),
	name: `Own routine ${sequence}`,
	kind: 'release',
	basedOn: null,
	targets: ['left-main-glute', 'right-main-glute'],
	tool: 'tennis ball',
	position: 'wall',
	steps: ['Lean on the ball', 'Breathe out slowly'],
	spotsPerSide: 3,
	holdSeconds: 60,
	sides: 'both',
	cautions: []
}));
