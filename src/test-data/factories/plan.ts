import type { Plan } from '$lib/domain/records';
import { defineFactory, storedDefaults } from './factory';

/** An active plan: the piriformis stretch on Monday, Wednesday and Friday, before bed. */
export const planFactory = defineFactory<Plan>((sequence, overrides) => ({
	...storedDefaults(`plans-${sequence}`, overrides),
	routineIds: ['stretch-piriformis'],
	schedule: { type: 'weekdays', weekdays: [1, 3, 5] },
	preferredTime: 'before-bed',
	active: true
}));
