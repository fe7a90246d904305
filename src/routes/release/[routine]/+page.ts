// One routine's page. The built-in routines are prerendered (and precached for offline use); an
// own routine's address is served by the app's fallback page and read from the journal.
import { builtInRoutineIds } from '$lib/domain/routines';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => builtInRoutineIds.map((routine) => ({ routine }));

export const load: PageLoad = ({ params }) => ({ routineId: params.routine });
