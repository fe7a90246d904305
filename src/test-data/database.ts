// Test helpers for the real database on fake-indexeddb: a clean journal before each test.
import { beforeEach } from 'vitest';
import { database, deleteDatabase } from '$lib/db/database';

/** Gives every test in the file an empty, open database. */
export function useCleanDatabase() {
	beforeEach(async () => {
		await deleteDatabase();
		await database().open();
	});
}
