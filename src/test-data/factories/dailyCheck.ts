import type { DailyCheck } from '$lib/domain/records';
import { datedDefaults, defineFactory } from './factory';

/** A PEG check (pain, enjoyment, activity), each item at 5. */
export const dailyCheckFactory = defineFactory<DailyCheck>((sequence, overrides) => ({
	...datedDefaults(`dailyChecks-${sequence}`, overrides),
	pain: 5,
	enjoyment: 5,
	activity: 5
}));
