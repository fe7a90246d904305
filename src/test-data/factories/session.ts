import type { Session } from '$lib/domain/records';
import { datedDefaults, defineFactory } from './factory';

/** A finished release session of the built-in glute routine: two spots held a minute each. */
export const sessionFactory = defineFactory<Session>((sequence, overrides) => ({
	...datedDefaults(`sessions-${sequence}`, overrides),
	kind: 'release',
	routineId: 'release-glutes',
	routineName: 'Glute release',
	treatments: [],
	otherTreatment: '',
	regionIds: [],
	sides: [],
	spotsPlanned: 2,
	spotsDone: 2,
	holdSeconds: 60,
	endAt: null,
	painBefore: null,
	painAfter: null,
	note: '',
	status: 'finished'
}));
