// Routines: the built-in catalogue merged with the user's own, which are stored here.

import type { EpochMs } from '$lib/domain/day';
import {
	builtInRoutine,
	builtInRoutines,
	ownRoutineDefinition,
	routineNameLimit,
	validateRoutine,
	type RoutineDefinition,
	type RoutineInput
} from '$lib/domain/routines';
import { database } from './database';
import { GoneError, ValidationError, guardWrite } from './errors';
import { checkUnchangedSince, isLive, newRow, type EditedVersion } from './rows';
import type { Routine } from './types';

export async function ownRoutines(): Promise<Routine[]> {
	const routines = await (await database()).routines.filter(isLive).toArray();
	return routines.sort((a, b) => a.name.localeCompare(b.name));
}

/** Built-ins first, in catalogue order, then the user's own by name. */
export async function allRoutines(): Promise<RoutineDefinition[]> {
	const own = await ownRoutines();
	return [...builtInRoutines, ...own.map(ownRoutineDefinition)];
}

/** A built-in or a live own routine. */
export async function findRoutine(id: string): Promise<RoutineDefinition | undefined> {
	const builtIn = builtInRoutine(id);
	if (builtIn) return builtIn;
	const own = await (await database()).routines.get(id);
	return own && isLive(own) ? ownRoutineDefinition(own) : undefined;
}

export async function createRoutine(input: RoutineInput, now: EpochMs = Date.now()) {
	const checked = validateRoutine(input);
	if (!checked.ok) throw new ValidationError(checked.errors);
	const routine: Routine = { ...newRow(now), ...checked.value };
	const db = await database();
	await guardWrite(() => db.transaction('rw', db.routines, () => db.routines.add(routine)));
	return routine;
}

export async function updateRoutine(
	id: string,
	input: RoutineInput,
	now: EpochMs = Date.now(),
	edited: EditedVersion = {}
) {
	if (builtInRoutine(id)) {
		throw new ValidationError({
			name: 'A built-in routine cannot be changed: duplicate it first.'
		});
	}
	const checked = validateRoutine(input);
	if (!checked.ok) throw new ValidationError(checked.errors);
	const db = await database();
	return guardWrite(() =>
		db.transaction('rw', db.routines, async () => {
			const existing = await db.routines.get(id);
			if (!existing || !isLive(existing)) {
				throw new GoneError('Not saved: this routine no longer exists (it was deleted).');
			}
			checkUnchangedSince(existing, edited, 'routine');
			const updated: Routine = { ...existing, ...checked.value, updatedAt: now };
			await db.routines.put(updated);
			return updated;
		})
	);
}

/** A copy the user can change: of a built-in or of an own routine. */
export async function duplicateRoutine(id: string, now: EpochMs = Date.now()) {
	const source = await findRoutine(id);
	if (!source) throw new GoneError('Not copied: this routine no longer exists (it was deleted).');
	const name = `${source.name} (copy)`;
	return createRoutine(
		{
			...source,
			name: [...name].length > routineNameLimit ? source.name : name,
			basedOn: source.id
		},
		now
	);
}

/** Soft delete, so "Undo" can bring it back exactly. */
export async function deleteRoutine(id: string, now: EpochMs = Date.now()) {
	if (builtInRoutine(id)) {
		throw new ValidationError({ name: 'A built-in routine cannot be deleted.' });
	}
	const db = await database();
	await guardWrite(() =>
		db.transaction('rw', db.routines, () =>
			db.routines.update(id, { deletedAt: now, updatedAt: now })
		)
	);
}

export async function restoreRoutine(id: string, now: EpochMs = Date.now()) {
	const db = await database();
	await guardWrite(() =>
		db.transaction('rw', db.routines, () =>
			db.routines.update(id, { deletedAt: null, updatedAt: now })
		)
	);
}
