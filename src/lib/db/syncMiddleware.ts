// A Dexie DBCore middleware that keeps the sync outbox: while sync is set up, every write to a
// synced table stamps each written row with this device's hybrid logical clock and marks it
// pending in `syncRows`, inside the same transaction as the write. A page closed right after a
// save therefore still syncs it, and no repository needs to know about sync.

import type {
	DBCore,
	DBCoreMutateRequest,
	DBCoreTable,
	DBCoreTransaction,
	Middleware
} from 'dexie';
import { Dexie } from 'dexie';
import type { EpochMs } from '$lib/domain/day';
import { nextStamp, type Stamp } from '$lib/domain/hlc';
import { isSyncedRow, isSyncedTable, syncKey } from '$lib/domain/syncTables';
import { outboxOrder, type SyncAccount, type SyncClock, type SyncRow } from './syncTypes';

export const syncRowsTable = 'syncRows';
export const syncMetaTable = 'syncMeta';

const DexiePromise = Dexie.Promise;

/** Transactions that must not be recorded: incoming changes, and erasing this device's copy. */
const unrecorded = new WeakSet<object>();

/** Writes in `transaction` (a Dexie transaction's `idbtrans`) are not put in the outbox. */
export function skipSyncRecording(transaction: object) {
	unrecorded.add(transaction);
}

interface RecordingState {
	deviceId: string;
	clock: Stamp | null;
}

/** Read once per transaction: whether sync is set up, and the clock to stamp from. */
const states = new WeakMap<object, Promise<RecordingState | null>>();

export function createSyncMiddleware(now: () => EpochMs): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: 'syncOutbox',
		create(down) {
			// Fixture databases opened at an older version have no sync tables: nothing to keep.
			if (!down.schema.tables.some((table) => table.name === syncRowsTable)) return down;
			const meta = down.table(syncMetaTable);
			const rows = down.table(syncRowsTable);

			function stateOf(trans: DBCoreTransaction): Promise<RecordingState | null> {
				let state = states.get(trans);
				if (!state) {
					state = meta
						.getMany({ trans, keys: ['account', 'clock'] })
						.then(([account, clock]: (SyncAccount | SyncClock | undefined)[]) =>
							account
								? {
										deviceId: (account as SyncAccount).deviceId,
										clock: (clock as SyncClock | undefined)?.stamp ?? null
									}
								: null
						);
					states.set(trans, state);
				}
				return state;
			}

			// Lower layers read Dexie's zone, which native `await` loses: chain Dexie promises.
			function keysOf(table: DBCoreTable, request: DBCoreMutateRequest): Promise<unknown[]> {
				switch (request.type) {
					case 'add':
					case 'put': {
						const extract = table.schema.primaryKey.extractKey;
						return DexiePromise.resolve(
							request.keys ?? (extract ? request.values.map(extract) : [])
						);
					}
					case 'delete':
						return DexiePromise.resolve(request.keys);
					case 'deleteRange': {
						const query = { index: table.schema.primaryKey, range: request.range };
						return table
							.query({ trans: request.trans, query, values: false })
							.then(({ result }) => result);
					}
				}
			}

			return {
				...down,
				transaction(stores, mode, options) {
					const widened =
						mode === 'readwrite' && stores.some(isSyncedTable)
							? [...new Set([...stores, syncMetaTable, syncRowsTable])]
							: stores;
					return down.transaction(widened, mode, options);
				},
				table(name) {
					const table = down.table(name);
					if (!isSyncedTable(name)) return table;
					return {
						...table,
						mutate(request) {
							const trans = request.trans;
							if (unrecorded.has(trans)) return table.mutate(request);
							return stateOf(trans).then((state) => {
								if (!state) return table.mutate(request);
								return keysOf(table, request).then((keys) =>
									table.mutate(request).then((response) => {
										const failed = response.failures ?? {};
										const written =
											request.type === 'add' || request.type === 'put' ? request.values : [];
										const time = now();
										const values: SyncRow[] = [];
										keys.forEach((rowKey, index) => {
											if (typeof rowKey !== 'string' || index in failed) return;
											if (!isSyncedRow(name, rowKey)) return;
											const key = syncKey(name, rowKey);
											const day = (written[index] as { day?: unknown } | undefined)?.day;
											state.clock = nextStamp(state.clock, time, state.deviceId);
											values.push({
												key,
												stamp: state.clock,
												pending: 1,
												order: outboxOrder(key, day)
											});
										});
										if (values.length === 0) return response;
										const clock: SyncClock = { key: 'clock', stamp: state.clock! };
										return DexiePromise.all([
											rows.mutate({ type: 'put', trans, values }),
											meta.mutate({ type: 'put', trans, values: [clock] })
										]).then(() => response);
									})
								);
							});
						}
					};
				}
			};
		}
	};
}
