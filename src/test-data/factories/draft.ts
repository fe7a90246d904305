import type { Draft } from '$lib/domain/records';
import { defaultMoment, defineFactory } from './factory';

/** Unsaved input kept for a form; each built one has its own key unless the test names one. */
export const draftFactory = defineFactory<Draft>((sequence) => ({
	key: `drafts-${sequence}`,
	value: { note: 'half typed' },
	updatedAt: defaultMoment
}));
