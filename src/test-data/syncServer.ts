// A real CouchDB-compatible server for sync tests: pouchdb-server on 127.0.0.1 on a free port,
// started before the file's tests and stopped after them, or the CouchDB that
// UNKNOT_COUCHDB_URL names. Each call of `account()` makes a new account with its own database.
import { afterAll, beforeAll } from 'vitest';
import {
	allDocuments,
	createAccount,
	startSyncServer,
	type SyncServer
} from '../../scripts/sync-server.js';

export interface TestAccount {
	databaseUrl: string;
	username: string;
	password: string;
}

let accounts = 0;

export function useSyncServer() {
	let server: SyncServer | undefined;
	beforeAll(async () => {
		server = await startSyncServer();
	}, 90_000);
	afterAll(async () => {
		await server?.close();
	});
	const running = () => {
		if (!server) throw new Error('The sync server has not started.');
		return server;
	};
	return {
		get server() {
			return running();
		},
		async account(): Promise<TestAccount> {
			accounts += 1;
			const username = `person-${process.pid}-${accounts}-${Math.random().toString(36).slice(2, 8)}`;
			const password = `pw-${accounts}`;
			const databaseUrl = await createAccount(running(), username, password);
			return { databaseUrl, username, password };
		},
		/** Every live document in an account's database, read as the server's admin. */
		documents(account: TestAccount): Promise<Record<string, unknown>[]> {
			return allDocuments(running(), account.databaseUrl);
		}
	};
}
