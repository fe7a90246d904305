// Schema version 4, as it shipped: sync's device-only tables. `syncRows` holds each synced row's
// clock stamp and, while it waits to be sent, its outbox mark; `syncMeta` holds this device's
// account, keys, clock and progress. Frozen on purpose: later versions add their own module.
//
// No upgrade function: both tables start empty, and nothing in them describes rows that already
// exist. Setting sync up (or joining) stamps the journal's rows then (`turnSyncOn`), so a journal
// upgraded from version 3 and one started at version 4 sync alike.

export const version4Stores = {
	syncRows: 'key, [pending+order]',
	syncMeta: 'key'
} as const;
