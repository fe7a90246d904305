// The e2e suite's sync server: each worker that runs a sync spec starts its own pouchdb-server on
// 127.0.0.1 on a free port (or uses UNKNOT_COUCHDB_URL) and stops it when the worker ends.
import { test as base } from './fixtures';
import {
	allDocuments,
	createAccount,
	startSyncServer,
	type SyncServer
} from '../scripts/sync-server.js';

export { expect } from './fixtures';

export interface Account {
	username: string;
	password: string;
	databaseUrl: string;
}

let made = 0;

export const test = base.extend<
	{ account: Account },
	{ syncServer: SyncServer & { documents(account: Account): Promise<Record<string, unknown>[]> } }
>({
	syncServer: [
		// Playwright wants the fixtures object destructured; this one needs none of them.
		async ({ browserName: _browserName }, use) => {
			const server = await startSyncServer();
			await use({
				...server,
				documents: (account: Account) => allDocuments(server, account.databaseUrl)
			});
			await server.close();
		},
		{ scope: 'worker', timeout: 90_000 }
	],
	account: async ({ syncServer }, use) => {
		made += 1;
		const username = `person${process.pid}x${made}`;
		const password = `password-${made}`;
		const databaseUrl = await createAccount(syncServer, username, password);
		await use({ username, password, databaseUrl });
	}
});
