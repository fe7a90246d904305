// The journal's side of sync: setting sync up and off on this device, reading the outbox, marking
// what was handed on, and applying incoming rows. Every function takes the database it works on,
// so tests can run several devices side by side; the app passes database().

import { Dexie, type Table } from 'dexie';
import type { LocalDay } from '$lib/domain/day';
import { formatStamp, incomingWins, receiveStamp, type Stamp } from '$lib/domain/hlc';
import {
	isSyncedRow,
	splitSyncKey,
	syncedTableNames,
	syncKey,
	type SyncedTableName
} from '$lib/domain/syncTables';
import { rebuildRollupsOf } from './dayRollups';
import { deferRollups, takeDeferredDays } from './rollupMiddleware';
import { database } from './database';
import type { UnknotDatabase } from './schema';
import { skipSyncRecording } from './syncMiddleware';
import {
	outboxOrder,
	type SyncAccount,
	type SyncClock,
	type SyncInbound,
	type SyncKeys,
	type SyncRow,
	type SyncUnsent
} from './syncTypes';

export type { SyncAccount, SyncKeys } from './syncTypes';

/** A journal database: the app's one, or a simulated device's in tests. */
export type Journal = UnknotDatabase;

/** The app's journal, for the sync engine, which works on whichever journal it is given. */
export function syncJournal(): Promise<Journal> {
	return database();
}

/** A row as it travels: which row, its stamp, and its content, or null when it was erased. */
export interface RowChange {
	table: SyncedTableName;
	rowKey: string;
	stamp: Stamp;
	row: Record<string, unknown> | null;
}

function syncedTables(db: UnknotDatabase): Table<Record<string, unknown>, string>[] {
	return syncedTableNames.map((name) => db.table(name));
}

function rowKeyOf(table: SyncedTableName, row: Record<string, unknown>): string {
	return String(table === 'settings' ? row.key : row.id);
}

/**
 * From this many rows a batch reads the rows of a span (the keys a table holds, the rows of some
 * days) in one request instead of each row by key: a first sync's batches are mostly rows the
 * other side has never seen, or nearly every row of their days.
 */
const listKeysFrom = 200;

export async function readAccount(db: UnknotDatabase): Promise<SyncAccount | undefined> {
	return (await db.syncMeta.get('account')) as SyncAccount | undefined;
}

export async function readKeys(db: UnknotDatabase): Promise<SyncKeys | undefined> {
	return (await db.syncMeta.get('keys')) as SyncKeys | undefined;
}

export async function updateAccount(db: UnknotDatabase, change: Partial<SyncAccount>) {
	await db.transaction('rw', db.syncMeta, async () => {
		const account = await readAccount(db);
		if (account) await db.syncMeta.put({ ...account, ...change, key: 'account' });
	});
}

/**
 * Turns sync on for this device: the account and keys are stored, and every synced row already
 * in the journal is stamped and put in the outbox, all in one transaction, so the journal this
 * device had before is merged into the synced one. A row keeps its own last change as its stamp's
 * time, so when two devices both hold a row (a setting), the one changed last wins.
 */
export async function turnSyncOn(
	db: UnknotDatabase,
	account: Omit<SyncAccount, 'key'>,
	keys: Omit<SyncKeys, 'key'>,
	now: number
) {
	await db.transaction('rw', [...syncedTables(db), db.syncRows, db.syncMeta], async (tx) => {
		skipSyncRecording(tx.idbtrans);
		await db.syncRows.clear();
		await db.syncMeta.clear();
		const stamped: SyncRow[] = [];
		let newest = 0;
		for (const name of syncedTableNames) {
			const rows = await db.table<Record<string, unknown>, string>(name).toArray();
			for (const row of rows) {
				const rowKey = rowKeyOf(name, row);
				if (!isSyncedRow(name, rowKey)) continue;
				const changed = typeof row.updatedAt === 'number' ? row.updatedAt : now;
				const wall = Math.max(0, Math.min(changed, now));
				newest = Math.max(newest, wall);
				const key = syncKey(name, rowKey);
				stamped.push({
					key,
					stamp: formatStamp({ wall, counter: 0, device: account.deviceId }),
					pending: 1,
					order: outboxOrder(key, row.day)
				});
			}
		}
		await db.syncRows.bulkPut(stamped);
		const clock: SyncClock = {
			key: 'clock',
			stamp: formatStamp({ wall: Math.max(newest, now), counter: 0, device: account.deviceId })
		};
		await db.syncMeta.bulkPut([{ ...account, key: 'account' }, { ...keys, key: 'keys' }, clock]);
	});
}

/** Turns sync off on this device: the journal stays as it is; account, keys and outbox go. */
export async function turnSyncOff(db: UnknotDatabase) {
	await db.transaction('rw', db.syncRows, db.syncMeta, async () => {
		await db.syncRows.clear();
		await db.syncMeta.clear();
	});
}

const outbox = (db: UnknotDatabase) =>
	db.syncRows.where('[pending+order]').between([1, Dexie.minKey], [1, Dexie.maxKey]);

/** How many rows wait in the outbox, not yet sealed into the local copy. */
export async function pendingCount(db: UnknotDatabase): Promise<number> {
	return outbox(db).count();
}

/** Whether anything waits in the outbox: cheaper than counting, for watching it. */
export async function outboxHasRows(db: UnknotDatabase): Promise<boolean> {
	return (await outbox(db).first()) !== undefined;
}

async function readUnsent(db: UnknotDatabase): Promise<SyncUnsent> {
	return (
		((await db.syncMeta.get('unsent')) as SyncUnsent | undefined) ?? {
			key: 'unsent',
			batches: []
		}
	);
}

/** How many local changes are not yet known to be on the server: the outbox and the unsent. */
export async function waitingCount(db: UnknotDatabase): Promise<number> {
	return db.transaction('r', db.syncRows, db.syncMeta, async () => {
		const unsent = await readUnsent(db);
		const sealed = unsent.batches.reduce((sum, [, rows]) => sum + rows, 0);
		return (await pendingCount(db)) + sealed;
	});
}

/**
 * Many waiting rows of a table with days, read by their days in one request when those days
 * hold not many more rows than wanted (a first sync sends nearly every row): one read of each
 * row is the cost otherwise. Rows not found there (written since to another day) are read by key.
 */
async function rowsOfDays(
	table: Table<Record<string, unknown>, string>,
	items: readonly { row: SyncRow; rowKey: string }[]
): Promise<Map<string, Record<string, unknown> | undefined>> {
	const found = new Map<string, Record<string, unknown> | undefined>();
	if (items.length < listKeysFrom || !table.schema.idxByName.day) return found;
	const days = items
		.map((item) => item.row.order?.split('|')[0] ?? '')
		.filter(Boolean)
		.sort();
	if (days.length < listKeysFrom) return found;
	const span = table.where('day').between(days[0]!, days.at(-1)!, true, true);
	if ((await span.count()) > 2 * items.length) return found;
	const key = table.schema.primKey.keyPath as string;
	for (const row of await span.toArray()) found.set(String(row[key]), row);
	return found;
}

export interface OutboxPage {
	changes: RowChange[];
	/** Where the next page starts; pass it as `after`. */
	next: string;
}

/**
 * The next waiting rows in sending order (by day) after `after`, with their content read now.
 */
export async function readOutbox(
	db: UnknotDatabase,
	limit: number,
	after = ''
): Promise<OutboxPage> {
	return db.transaction('r', [...syncedTables(db), db.syncRows], async () => {
		// The index holds only waiting rows (the others have no `order`), in sending order.
		const rows = await db.syncRows
			.where('[pending+order]')
			.between([1, after], [1, Dexie.maxKey], false, true)
			.limit(limit)
			.toArray();
		const byTable = new Map<SyncedTableName, { row: SyncRow; rowKey: string }[]>();
		for (const row of rows) {
			const split = splitSyncKey(row.key);
			if (!split) continue;
			const list = byTable.get(split.table) ?? [];
			list.push({ row, rowKey: split.rowKey });
			byTable.set(split.table, list);
		}
		const content = new Map<string, Record<string, unknown> | null>();
		for (const [name, items] of byTable) {
			const table = db.table<Record<string, unknown>, string>(name);
			const byKey = await rowsOfDays(table, items);
			const missing = items.filter((item) => !byKey.has(item.rowKey));
			const stored =
				missing.length > 0 ? await table.bulkGet(missing.map((item) => item.rowKey)) : [];
			missing.forEach((item, index) => byKey.set(item.rowKey, stored[index]));
			for (const item of items) content.set(item.row.key, byKey.get(item.rowKey) ?? null);
		}
		const changes = rows.flatMap((row) => {
			const split = splitSyncKey(row.key);
			if (!split) return [];
			return [{ ...split, stamp: row.stamp, row: content.get(row.key) ?? null }];
		});
		return { changes, next: rows.at(-1)?.order ?? after };
	});
}

/**
 * Takes rows out of the outbox once they are sealed into the local copy, up to its position
 * `seq`, unless they were written again since (then they stay in the outbox). They count as
 * unsent until replication has passed `seq`.
 */
export async function markSealed(
	db: UnknotDatabase,
	sealed: readonly { key: string; stamp: Stamp }[],
	seq: number,
	page?: { after: string; next: string }
) {
	if (sealed.length === 0) return;
	await db.transaction('rw', db.syncRows, db.syncMeta, async () => {
		const stored = page
			? await waitingInPage(db, page, sealed)
			: await db.syncRows.bulkGet(sealed.map((item) => item.key));
		const done = stored.filter(
			(row, index): row is SyncRow =>
				row !== undefined && row.pending === 1 && row.stamp === sealed[index]!.stamp
		);
		await db.syncRows.bulkPut(done.map(({ key, stamp }) => ({ key, stamp })));
		const unsent = await readUnsent(db);
		unsent.batches.push([seq, done.length]);
		await db.syncMeta.put(unsent);
	});
}

/**
 * The rows of an outbox page as they are now, read in one request over the page's span of the
 * sending order. A row written again since has a new stamp (and order): it counts as not found.
 */
async function waitingInPage(
	db: UnknotDatabase,
	page: { after: string; next: string },
	sealed: readonly { key: string }[]
): Promise<(SyncRow | undefined)[]> {
	const rows = await db.syncRows
		.where('[pending+order]')
		.between([1, page.after], [1, page.next], false, true)
		.toArray();
	const byKey = new Map(rows.map((row) => [row.key, row]));
	return sealed.map((item) => byKey.get(item.key));
}

/** Replication has sent the local copy up to `seq` to the server: rows sealed before are synced. */
export async function markPushed(db: UnknotDatabase, seq: number) {
	await db.transaction('rw', db.syncMeta, async () => {
		const unsent = await readUnsent(db);
		const left = unsent.batches.filter(([sealedAt]) => sealedAt > seq);
		if (left.length !== unsent.batches.length) await db.syncMeta.put({ ...unsent, batches: left });
	});
}

/** Which of `keys` a table holds, read as keys only, in one request over their span. */
async function heldKeys(table: Table<unknown, string>, keys: readonly string[]) {
	const sorted = [...keys].sort();
	const stored = await table
		.where(':id')
		.between(sorted[0]!, sorted.at(-1)!, true, true)
		.primaryKeys();
	const wanted = new Set(keys);
	return new Set(stored.filter((key) => wanted.has(key)));
}

/** The stamps this device holds for some rows. */
export async function storedStamps(
	db: UnknotDatabase,
	keys: readonly string[]
): Promise<Map<string, SyncRow>> {
	const held = keys.length >= listKeysFrom ? [...(await heldKeys(db.syncRows, keys))] : [...keys];
	const rows = held.length > 0 ? await db.syncRows.bulkGet(held) : [];
	return new Map(rows.flatMap((row) => (row ? [[row.key, row] as const] : [])));
}

export interface ApplyReport {
	/** Rows written or erased because they were newer than this device's. */
	applied: number;
	/** Rows this device already had, or held in a newer version. */
	ignored: number;
}

/**
 * Applies a batch of incoming rows in ONE transaction: each row replaces the stored one only when
 * its stamp is newer (the merge rule), a newer incoming row also replaces a waiting local change,
 * the day rollups of every touched day are rebuilt, and `since` (how far the incoming documents
 * were read) is saved with them, so a batch is applied whole or not at all. Nothing written here
 * goes to the outbox: incoming rows are never echoed back.
 */
export async function applyIncoming(
	db: UnknotDatabase,
	changes: readonly RowChange[],
	since?: string | number
): Promise<ApplyReport> {
	return db.transaction(
		'rw',
		[...syncedTables(db), db.syncRows, db.syncMeta, db.dayRollups],
		async (tx) => {
			skipSyncRecording(tx.idbtrans);
			deferRollups(tx.idbtrans);
			// Within a batch, the newest version of a row is the one that counts.
			const newest = new Map<string, RowChange>();
			for (const change of changes) {
				const key = syncKey(change.table, change.rowKey);
				const seen = newest.get(key);
				if (!seen || seen.stamp < change.stamp) newest.set(key, change);
			}
			const stored = await storedStamps(db, [...newest.keys()]);
			const winners = [...newest.entries()].filter(([key, change]) =>
				incomingWins(change.stamp, stored.get(key)?.stamp)
			);
			const byTable = new Map<SyncedTableName, RowChange[]>();
			for (const [, change] of winners) {
				const list = byTable.get(change.table) ?? [];
				list.push(change);
				byTable.set(change.table, list);
			}
			for (const [name, list] of byTable) {
				const table = db.table<Record<string, unknown>, string>(name);
				const puts = list.flatMap((change) => (change.row ? [change.row] : []));
				const erased = list.flatMap((change) => (change.row ? [] : [change.rowKey]));
				// Rows the table does not hold are added: a put first reads the row it replaces (for
				// the rollup of its old day), one read per row for a journal arriving whole.
				const held =
					puts.length >= listKeysFrom
						? await heldKeys(
								table,
								puts.map((row) => rowKeyOf(name, row))
							)
						: null;
				const adds = held ? puts.filter((row) => !held.has(rowKeyOf(name, row))) : [];
				const replaced = held ? puts.filter((row) => held.has(rowKeyOf(name, row))) : puts;
				if (adds.length > 0) await table.bulkAdd(adds);
				if (replaced.length > 0) await table.bulkPut(replaced);
				if (erased.length > 0) await table.bulkDelete(erased);
			}
			await db.syncRows.bulkPut(winners.map(([key, change]) => ({ key, stamp: change.stamp })));
			const clock = (await db.syncMeta.get('clock')) as SyncClock | undefined;
			let next = clock?.stamp ?? null;
			for (const change of newest.values()) next = receiveStamp(next, change.stamp);
			const meta: (SyncClock | SyncInbound)[] = [];
			if (next !== null && next !== clock?.stamp) meta.push({ key: 'clock', stamp: next });
			if (since !== undefined) meta.push({ key: 'inbound', since });
			if (meta.length > 0) await db.syncMeta.bulkPut(meta);
			const days: Set<LocalDay> = takeDeferredDays(tx.idbtrans);
			await rebuildRollupsOf(tx, days);
			return { applied: winners.length, ignored: newest.size - winners.length };
		}
	);
}

/** Moves how far the incoming documents are applied past documents with nothing to apply. */
export async function saveInboundSince(db: UnknotDatabase, since: string | number) {
	const inbound: SyncInbound = { key: 'inbound', since };
	await db.syncMeta.put(inbound);
}

/** How far the incoming documents have been applied, or undefined before the first batch. */
export async function readInboundSince(db: UnknotDatabase): Promise<string | number | undefined> {
	return ((await db.syncMeta.get('inbound')) as SyncInbound | undefined)?.since;
}
