import type { PainEntry } from '$lib/domain/records';
import { datedDefaults, defineFactory } from './factory';

/** A check-in: a moderate score with nothing else said. */
export const painEntryFactory = defineFactory<PainEntry>((sequence, overrides) => ({
	...datedDefaults(`painEntries-${sequence}`, overrides),
	score: 5,
	note: '',
	tags: [],
	redFlagCheck: null,
	redFlags: null
}));
