// Every routine's name by id, the built-ins' and the user's own: for Today's plan card, which
// shows no more of a routine than its name (routines.ts reads whole definitions, with the
// catalogue's steps and the checks of a routine form behind them).

import { builtInRoutineNames } from '$lib/domain/routineNames';
import { database } from './database';
import { isLive } from './rows';

export async function routineNames(): Promise<Map<string, string>> {
	const own = await (await database()).routines.filter(isLive).toArray();
	return new Map([
		...Object.entries(builtInRoutineNames),
		...own.map((routine) => [routine.id, routine.name] as const)
	]);
}
