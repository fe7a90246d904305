// Test helpers for the real database on fake-indexeddb: a clean journal before each test.
import { afterEach, beforeEach } from 'vitest';
import { closeDatabase, database, deleteDatabase } from '$lib/db/database';

/** Gives every test in the file an empty database, deleted again afterwards. */
export function useCleanDatabase() {
	beforeEach(async () => {
		await deleteDatabase();
		await database().open();
	});
	afterEach(async () => {
		await deleteDatabase();
		closeDatabase();
	});
}
