// The journal as a whole, for the layers above the repositories: open it early, ask whether one
// exists without creating it, and follow whether it is open.

import { database, journalMayExist, onStatus, type JournalStatus } from './database';

export { journalMayExist, type JournalStatus };

/** Opens the journal now rather than at its first read, so a storage problem shows at once. */
export function openJournal() {
	database();
}

/** Follows whether the journal is open, cannot open, or stepped aside for a newer version. */
export function onJournalStatus(listener: (status: JournalStatus) => void): () => void {
	return onStatus(listener);
}
