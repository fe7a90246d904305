import type { Setting } from '$lib/domain/records';
import { defaultMoment, defineFactory } from './factory';

/** A stored setting; each built one has its own key unless the test names one. */
export const settingFactory = defineFactory<Setting>((sequence) => ({
	key: `settings-${sequence}`,
	value: true,
	updatedAt: defaultMoment
}));
