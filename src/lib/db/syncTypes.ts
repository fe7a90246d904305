// The device-only records that sync keeps beside the journal (schema version 4). None of them is
// backed up or synced: they describe this device's connection, keys and progress.

import type { EpochMs } from '$lib/domain/day';
import type { Stamp } from '$lib/domain/hlc';

/**
 * The clock stamp of every synced row this device knows, keyed `table/rowKey`. `pending` (1) marks
 * a local write waiting in the outbox: written by the database middleware in the same transaction
 * as the row itself, and cleared once the row is sealed into the local copy.
 */
export interface SyncRow {
	key: string;
	stamp: Stamp;
	pending?: 1;
	/**
	 * In the outbox: the row's day, then its key. Rows are sent in this order, so another device
	 * receiving a whole journal gets it a few days at a time and rebuilds few rollups per batch.
	 */
	order?: string;
}

/** Where a row stands in the outbox's sending order. */
export function outboxOrder(key: string, day: unknown): string {
	return `${typeof day === 'string' ? day : ''}|${key}`;
}

/** How this device reaches the person's server, kept only on this device. */
export interface SyncAccount {
	key: 'account';
	/** The database's address, e.g. https://couch.example.org/userdb-616e6e. */
	databaseUrl: string;
	username: string;
	password: string;
	deviceId: string;
	paused: boolean;
	setUpAt: EpochMs;
}

/** The journal's working keys, stored as browser key objects that cannot be read back out. */
export interface SyncKeys {
	key: 'keys';
	journalId: string;
	documents: CryptoKey;
	ids: CryptoKey;
}

/** This device's clock: the newest stamp it has written or received. */
export interface SyncClock {
	key: 'clock';
	stamp: Stamp;
}

/** How far the local copy of the server's documents has been applied to the journal. */
export interface SyncInbound {
	key: 'inbound';
	since: string | number;
}

/**
 * Rows sealed into the local copy and not yet known to be on the server: for each batch, the local
 * copy's position after it and how many rows it held. Replication passing a position settles the
 * batches before it. One record instead of a mark on every row keeps a first sync fast.
 */
export interface SyncUnsent {
	key: 'unsent';
	batches: [seq: number, rows: number][];
}

export type SyncMeta = SyncAccount | SyncKeys | SyncClock | SyncInbound | SyncUnsent;
