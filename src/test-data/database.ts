// Test helpers for the real database on fake-indexeddb: a clean journal before each test, and
// the database itself for tests outside the data layer that seed or inspect rows.
import { beforeEach } from 'vitest';
import { database, deleteDatabase } from '$lib/db/database';

/** Gives every test in the file an empty, open database. */
export function useCleanDatabase() {
	beforeEach(async () => {
		await deleteDatabase();
		await (await database()).open();
	});
}

/** The shared database, for seeding and checking rows directly in a test. */
export const testDatabase = database;

/** Removes the whole database, as if this browser had never opened the journal. */
export const deleteTestDatabase = deleteDatabase;
