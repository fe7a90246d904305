// The journal as a whole, for the layers above the repositories: open it early, ask whether one
// exists without creating it, follow whether it is open, and watch reads as it changes.

import type { liveQuery } from 'dexie';
import { database, journalMayExist, onStatus, type JournalStatus } from './database';

export { journalMayExist, type JournalStatus };

/** Opens the journal now rather than at its first read, so a storage problem shows at once. */
export function openJournal(): Promise<unknown> {
	return database();
}

/** Follows whether the journal is open, cannot open, or stepped aside for a newer version. */
export function onJournalStatus(listener: (status: JournalStatus) => void): () => void {
	return onStatus(listener);
}

/**
 * Dexie's liveQuery (a read that runs again when any tab writes what it read), loaded with the
 * database library rather than with the page. It resolves once the database is there too: a
 * query that first waited for the library's code would lose track of what it reads.
 */
export async function loadLiveQuery(): Promise<typeof liveQuery> {
	// The database first: it waits a task after hydration, and brings Dexie with it.
	await database();
	return (await import('dexie')).liveQuery;
}
