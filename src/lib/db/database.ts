// The one shared database, opened lazily and only in the browser (prerendering has no IndexedDB).
// Only modules in this folder import it (an ESLint rule keeps it so); the layers above reach the
// journal through the repositories, and its open state through onJournalStatus in journal.ts.

import { currentSchemaVersion, databaseName, UnknotDatabase } from './schema';
import { keepCopyDuringUpgrades } from './preUpgrade';

/** What the database tells those who listen: it opened, it cannot open, or it stepped aside. */
export type JournalStatus =
	{ state: 'open' } | { state: 'unavailable'; detail: string } | { state: 'newer-version' };

type StatusListener = (status: JournalStatus) => void;

const listeners = new Set<StatusListener>();
let latestStatus: JournalStatus | null = null;

function publish(status: JournalStatus) {
	latestStatus = status;
	for (const listener of listeners) listener(status);
}

/** Calls `listener` with the latest status at once (if any) and on every change; returns stop. */
export function onStatus(listener: StatusListener): () => void {
	listeners.add(listener);
	if (latestStatus) listener(latestStatus);
	return () => listeners.delete(listener);
}

let shared: UnknotDatabase | null = null;

export function database(): UnknotDatabase {
	if (shared) return shared;
	const db = new UnknotDatabase();
	// An upgrade of real data runs only after a copy of that data is kept aside.
	keepCopyDuringUpgrades(db, currentSchemaVersion);
	db.on('versionchange', () => {
		// A newer version of Unknot opened in another tab: step aside instead of blocking it.
		db.close();
		publish({ state: 'newer-version' });
		return false;
	});
	db.open().then(
		() => publish({ state: 'open' }),
		(error: unknown) =>
			publish({
				state: 'unavailable',
				detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error)
			})
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

/** For tests and "Delete all my data": removes the whole database. */
export async function deleteDatabase() {
	const db = database();
	db.close();
	await db.delete();
	shared = null;
}
