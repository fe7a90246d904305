// Starting the day's plan from Today's card. The routine catalogue and the guided session behind
// this load only on the tap: a Today with a plan due draws its Start button from the routines'
// names alone.

import { allRoutines } from '$lib/db/routines';
import { planRunRoutines } from '$lib/domain/guidedRun';
import { guidedSession } from '$lib/state/guidedSession.svelte';

/** Starts the routines of the plan not done yet as one guided session; false if none is left. */
export async function startPlanRun(
	routineIds: readonly string[],
	doneIds: ReadonlySet<string>
): Promise<boolean> {
	const toDo = planRunRoutines(routineIds, doneIds, await allRoutines());
	if (toDo.length === 0) return false;
	await guidedSession.start(toDo, { fromPlan: true });
	return true;
}
