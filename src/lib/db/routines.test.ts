import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { localMoment } from '../../test-data/time';
import { builtInRoutines, type RoutineInput } from '$lib/domain/routines';
import { database } from './database';
import { ChangedElsewhereError, ValidationError } from './errors';
import { routineNames } from './routineNames';
import {
	allRoutines,
	createRoutine,
	deleteRoutine,
	duplicateRoutine,
	findRoutine,
	restoreRoutine,
	updateRoutine
} from './routines';

useCleanDatabase();

const now = localMoment(25, 12);
const input: RoutineInput = {
	name: 'Evening flank',
	kind: 'release',
	basedOn: null,
	targets: ['left-flank'],
	tool: 'tennis ball',
	position: 'wall',
	steps: ['Lean on the ball'],
	spotsPerSide: 2,
	holdSeconds: 45,
	sides: 'one',
	cautions: []
};

describe('routines', () => {
	it("names every routine as its definition does, own ones while they are live (Today's plan card)", async () => {
		const own = await createRoutine(input, now);
		const gone = await createRoutine({ ...input, name: 'Deleted flank' }, now);
		await deleteRoutine(gone.id, now);
		const names = await routineNames();
		const definitions = await allRoutines();
		expect([...names.entries()]).toEqual(definitions.map((routine) => [routine.id, routine.name]));
		expect(names.get(own.id)).toBe('Evening flank');
		expect(names.has(gone.id)).toBe(false);
	});

	it('lists built-ins and own routines together', async () => {
		const own = await createRoutine(input, now);
		const all = await allRoutines();
		expect(all).toHaveLength(builtInRoutines.length + 1);
		expect(all.at(-1)).toMatchObject({ id: own.id, builtIn: false, name: 'Evening flank' });
	});

	it('duplicates a built-in as an own routine that can be changed', async () => {
		const copy = await duplicateRoutine('release-piriformis', now);
		expect(copy).toMatchObject({ basedOn: 'release-piriformis', holdSeconds: 60 });
		expect(copy.name).toMatch(/\(copy\)$/);
		await updateRoutine(copy.id, { ...copy, holdSeconds: 90 }, now + 1);
		expect(await findRoutine(copy.id)).toMatchObject({ holdSeconds: 90, builtIn: false });
		expect(await findRoutine('release-piriformis')).toMatchObject({ holdSeconds: 60 });
	});

	it('refuses to delete or change a built-in', async () => {
		await expect(deleteRoutine('release-tfl', now)).rejects.toBeInstanceOf(ValidationError);
		await expect(updateRoutine('release-tfl', input, now)).rejects.toBeInstanceOf(ValidationError);
		expect(await findRoutine('release-tfl')).toBeDefined();
	});

	it('deletes softly and restores on undo', async () => {
		const own = await createRoutine(input, now);
		await deleteRoutine(own.id, now + 1);
		expect(await findRoutine(own.id)).toBeUndefined();
		expect((await (await database()).routines.get(own.id))?.deletedAt).toBe(now + 1);
		await restoreRoutine(own.id, now + 2);
		expect(await findRoutine(own.id)).toMatchObject({ name: 'Evening flank' });
	});

	it('refuses bad input and stores nothing', async () => {
		const attempt = createRoutine({ ...input, name: ' ', holdSeconds: 10, spotsPerSide: 12 }, now);
		const error = (await attempt.catch((caught: unknown) => caught)) as ValidationError;
		expect(Object.keys(error.fieldErrors).sort()).toEqual(['holdSeconds', 'name', 'spotsPerSide']);
		expect(await (await database()).routines.count()).toBe(0);
	});
});

describe('a routine edit saved over a change made elsewhere', () => {
	it('is refused while the routine changed since the editor read it', async () => {
		const own = await createRoutine(input, now);
		await updateRoutine(own.id, { ...input, holdSeconds: 90 }, now + 1, {
			updatedAt: own.updatedAt
		});
		await expect(
			updateRoutine(own.id, { ...input, holdSeconds: 45 }, now + 2, { updatedAt: own.updatedAt })
		).rejects.toBeInstanceOf(ChangedElsewhereError);
		expect(await findRoutine(own.id)).toMatchObject({ holdSeconds: 90, updatedAt: now + 1 });
	});
});
