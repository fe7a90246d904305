// Simulated devices for sync tests: each has its own journal (a real Dexie database on
// fake-indexeddb, with its own clock), its own local PouchDB copy, and talks to the real test
// server over HTTP. Nothing is mocked.
import PouchDB, { type Database, type DatabaseOptions } from 'pouchdb-browser';
import { UnknotDatabase } from '$lib/db/schema';
import { turnSyncOn } from '$lib/db/syncStore';
import { openRemote } from '$lib/sync/account';
import type { JournalKeys } from '$lib/sync/crypto';
import { SyncEngine } from '$lib/sync/engine';
import type { TestAccount } from './syncServer';

export interface Device {
	name: string;
	db: UnknotDatabase;
	engine: SyncEngine;
	/** The device's local encrypted copy. */
	local: Database;
	/** Moves this device's wall clock. */
	setClock(at: number): void;
	/** Stops the engine and deletes this device's databases. */
	remove(): Promise<void>;
}

let made = 0;

/** A journal of its own for a simulated device, with its own clock. */
export async function openDeviceJournal(name: string, now: () => number): Promise<UnknotDatabase> {
	const db = new UnknotDatabase(name, undefined, { now });
	await db.open();
	return db;
}

export async function makeDevice(
	name: string,
	account: TestAccount,
	keys: JournalKeys,
	{
		clock = Date.now(),
		fetch,
		batchSize = 50
	}: { clock?: number; fetch?: DatabaseOptions['fetch']; batchSize?: number } = {}
): Promise<Device> {
	made += 1;
	let now = clock;
	const unique = `${name}-${process.pid}-${made}`;
	const db = new UnknotDatabase(`journal-${unique}`, undefined, { now: () => now });
	await db.open();
	const local = new PouchDB(`copy-${unique}`);
	const remote = openRemote(account, fetch);
	await turnSyncOn(
		db,
		{
			...account,
			deviceId: name.toLowerCase().replace(/[^0-9a-z]/g, ''),
			paused: false,
			setUpAt: now
		},
		keys,
		now
	);
	const engine = new SyncEngine({ db, local, remote, keys, now: () => now, batchSize });
	return {
		name,
		db,
		engine,
		local,
		setClock(at: number) {
			now = at;
		},
		async remove() {
			await engine.stop();
			db.close();
			await db.delete();
			await local.destroy();
		}
	};
}
