// The one shared database, opened lazily and only in the browser (prerendering has no IndexedDB).
// Only the repositories in this folder import it.

import { currentSchemaVersion, databaseName, UnknotDatabase } from './schema';
import { keepCopyDuringUpgrades } from './preUpgrade';
import { databaseStatus } from '$lib/state/databaseStatus.svelte';

let shared: UnknotDatabase | null = null;

export function database(): UnknotDatabase {
	if (shared) return shared;
	const db = new UnknotDatabase();
	// An upgrade of real data runs only after a copy of that data is kept aside.
	keepCopyDuringUpgrades(db, currentSchemaVersion);
	db.on('versionchange', () => {
		// A newer version of Unknot opened in another tab: step aside instead of blocking it.
		db.close();
		databaseStatus.reportNewerVersion();
		return false;
	});
	db.open().then(
		() => databaseStatus.reportOpen(),
		(error: unknown) => databaseStatus.reportOpenFailure(error)
	);
	shared = db;
	return db;
}

/**
 * Whether this browser may hold a journal, asked without opening (and so creating) it. False only
 * when the browser can list its databases and this one is not among them; true when unsure.
 */
export async function journalMayExist(): Promise<boolean> {
	if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
	const stored = await indexedDB.databases();
	return stored.some((found) => found.name === databaseName);
}

/** Closes and forgets the shared database; the next call to database() opens it again. */
export function closeDatabase() {
	shared?.close();
	shared = null;
}

/** For tests and "Delete all my data": removes the whole database. */
export async function deleteDatabase() {
	const db = database();
	db.close();
	await db.delete();
	shared = null;
}
