// Editing an own routine: only own routines are edited, and their ids exist only in the journal,
// so this address is never prerendered; the app's fallback page serves it.
import type { PageLoad } from './$types';

export const prerender = false;

export const load: PageLoad = ({ params }) => ({ routineId: params.routine });
