// Sync as the app runs it: setting up a journal on the person's server or joining one, running
// the engine in one tab at a time, and turning sync off or erasing everywhere. This module and
// everything it imports (PouchDB included) load only once sync is being set up or is on.

import PouchDB, { type Database } from 'pouchdb-browser';
import { eraseAllData } from '$lib/db/backup';
import {
	readAccount,
	readKeys,
	syncJournal,
	turnSyncOff,
	turnSyncOn,
	updateAccount,
	type SyncAccount
} from '$lib/db/syncStore';
import { readRecoveryKey } from '$lib/domain/recoveryKey';
import {
	changeServerPassphrase,
	databaseUrlFor,
	eraseServerJournal,
	joinJournal,
	openRemote,
	readKeyDocument,
	serverOrigin,
	setUpJournal,
	type Credentials
} from './account';
import { SyncEngine, type EngineStatus } from './engine';
import { allowServer, endSetup, forgetServer } from '$lib/services/syncPolicy';
import { SyncError, type SyncProblem } from './problems';

export type { EngineStatus, SyncProblem };

/** The local PouchDB copy of the encrypted documents (IndexedDB "_pouch_unknot-sync"). */
const localCopyName = 'unknot-sync';

export interface Connection {
	serverAddress: string;
	username: string;
	password: string;
}

function credentialsOf(connection: Connection): Credentials {
	return {
		databaseUrl: databaseUrlFor(connection.serverAddress, connection.username),
		username: connection.username.trim(),
		password: connection.password
	};
}

function newDeviceId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether the server answers for this account, and whether it already holds a journal. */
export async function checkConnection(connection: Connection): Promise<{ hasJournal: boolean }> {
	const document = await readKeyDocument(openRemote(credentialsOf(connection)));
	return { hasJournal: document !== null };
}

async function store(
	credentials: Credentials,
	keys: Awaited<ReturnType<typeof joinJournal>>['keys']
) {
	const now = Date.now();
	await turnSyncOn(
		await syncJournal(),
		{ ...credentials, deviceId: newDeviceId(), paused: false, setUpAt: now },
		keys,
		now
	);
	allowServer(serverOrigin(credentials.databaseUrl));
	endSetup();
}

/** Makes a new journal on the server; returns the recovery key, to be shown once. */
export async function setUp(connection: Connection, passphrase: string): Promise<string> {
	const credentials = credentialsOf(connection);
	const journal = await setUpJournal(openRemote(credentials), passphrase, Date.now());
	await store(credentials, journal.keys);
	return journal.recoveryKey;
}

/** Joins the journal on the server with the passphrase or the printed recovery key. */
export async function join(
	connection: Connection,
	secret: { passphrase: string } | { recoveryKey: string }
): Promise<void> {
	const credentials = credentialsOf(connection);
	let opened: { passphrase: string } | { recoveryKey: Uint8Array };
	if ('recoveryKey' in secret) {
		const read = readRecoveryKey(secret.recoveryKey);
		if (!read.ok) throw new SyncError('wrongRecoveryKey');
		opened = { recoveryKey: read.secret };
	} else {
		opened = secret;
	}
	const { keys } = await joinJournal(openRemote(credentials), opened);
	await store(credentials, keys);
}

export interface AccountSummary {
	databaseUrl: string;
	origin: string;
	username: string;
	paused: boolean;
	setUpAt: number;
}

export async function accountSummary(): Promise<AccountSummary | null> {
	const account = await readAccount(await syncJournal());
	if (!account) return null;
	return {
		databaseUrl: account.databaseUrl,
		origin: serverOrigin(account.databaseUrl),
		username: account.username,
		paused: account.paused,
		setUpAt: account.setUpAt
	};
}

/** Runs the engine while this tab holds the sync lock; other tabs wait their turn. */
export class SyncRunner {
	#engine: SyncEngine | null = null;
	#local: Database | null = null;
	#release: (() => void) | null = null;
	#listeners = new Set<(status: EngineStatus | null, leader: boolean) => void>();
	#leader = false;

	subscribe(listener: (status: EngineStatus | null, leader: boolean) => void) {
		this.#listeners.add(listener);
		listener(this.#engine?.status ?? null, this.#leader);
		return () => this.#listeners.delete(listener);
	}

	#tell(status: EngineStatus | null) {
		for (const listener of this.#listeners) listener(status, this.#leader);
	}

	get engine() {
		return this.#engine;
	}

	/** Starts syncing in this tab, or waits until no other tab does. */
	async start(): Promise<void> {
		if (this.#release) return;
		const held = new Promise<void>((resolve) => (this.#release = resolve));
		const run = async () => {
			this.#leader = true;
			try {
				await this.#run();
				await held;
			} finally {
				await this.#shutDown();
				this.#leader = false;
				this.#tell(null);
			}
		};
		if (typeof navigator !== 'undefined' && navigator.locks) {
			void navigator.locks.request('unknot-sync', run);
		} else {
			void run();
		}
	}

	async #run() {
		const db = await syncJournal();
		const [account, keys] = await Promise.all([readAccount(db), readKeys(db)]);
		if (!account || !keys || account.paused) {
			this.#tell(null);
			return;
		}
		this.#local = new PouchDB(localCopyName);
		this.#engine = new SyncEngine({
			db,
			local: this.#local,
			remote: openRemote(account),
			keys
		});
		this.#engine.subscribe((status) => this.#tell(status));
		await this.#engine.start();
	}

	async #shutDown() {
		const engine = this.#engine;
		this.#engine = null;
		await engine?.stop();
		await this.#local?.close().catch(() => undefined);
		this.#local = null;
	}

	/** Stops syncing in this tab and lets another take over. */
	async stop(): Promise<void> {
		const release = this.#release;
		this.#release = null;
		const engine = this.#engine;
		release?.();
		await engine?.stop();
	}

	syncNow() {
		this.#engine?.retryNow();
	}
}

export const runner = new SyncRunner();

export async function pause(): Promise<void> {
	await updateAccount(await syncJournal(), { paused: true });
	await runner.stop();
}

export async function resume(): Promise<void> {
	await updateAccount(await syncJournal(), { paused: false });
	await runner.start();
}

async function destroyLocalCopy() {
	await new PouchDB(localCopyName).destroy().catch(() => undefined);
}

/** Sync off on this device: the journal stays here; the server and other devices keep theirs. */
export async function turnOff(): Promise<void> {
	await runner.stop();
	await turnSyncOff(await syncJournal());
	await destroyLocalCopy();
	forgetServer();
}

/** Erases the journal from this device only, after turning sync off here. */
export async function eraseThisDevice(): Promise<void> {
	await turnOff();
	await eraseAllData();
}

/** Erases the journal on the server, then here; other devices erase theirs when they next sync. */
export async function eraseEverywhere(): Promise<void> {
	const db = await syncJournal();
	const [account, keys] = await Promise.all([readAccount(db), readKeys(db)]);
	if (!account || !keys) throw new SyncError('noJournal');
	await runner.stop();
	try {
		await eraseServerJournal(openRemote(account), keys, Date.now());
	} catch (error) {
		// Nothing was erased here: the journal keeps syncing as before.
		if (!account.paused) await runner.start();
		throw error;
	}
	await eraseThisDevice();
}

/** After another device erased the journal everywhere: this device follows. */
export async function followErasure(): Promise<void> {
	await eraseThisDevice();
}

export async function changePassphrase(
	current: { passphrase: string } | { recoveryKey: string },
	newPassphrase: string
): Promise<void> {
	const account = await readAccount(await syncJournal());
	if (!account) throw new SyncError('noJournal');
	let opened: { passphrase: string } | { recoveryKey: Uint8Array };
	if ('recoveryKey' in current) {
		const read = readRecoveryKey(current.recoveryKey);
		if (!read.ok) throw new SyncError('wrongRecoveryKey');
		opened = { recoveryKey: read.secret };
	} else {
		opened = current;
	}
	await changeServerPassphrase(openRemote(account), opened, newPassphrase, Date.now());
}

export type { SyncAccount };
