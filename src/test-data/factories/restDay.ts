import type { RestDay } from '$lib/domain/records';
import { datedDefaults, defineFactory } from './factory';

/** A planned day marked as rest; give it the `planId` of the plan it belongs to. */
export const restDayFactory = defineFactory<RestDay>((sequence, overrides) => ({
	...datedDefaults(`restDays-${sequence}`, overrides),
	planId: 'plan-none'
}));
