// A CouchDB-compatible server on loopback for trying and testing sync: pouchdb-server, started on
// 127.0.0.1 on a free port with its files in a temporary folder, and stopped by whoever started
// it. When UNKNOT_COUCHDB_URL names a real CouchDB (with an admin's name and password in it, e.g.
// http://admin:secret@127.0.0.1:5984), nothing is started and that server is used instead.
//
// As a command (`npm run sync-server`, options --port=N and --user=NAME --password=WORD), it
// starts a server, makes one account and prints what to type in Settings → Sync.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverBin = join(root, 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');
const admin = { username: 'admin', password: 'unknot-test-admin' };

/** A port nobody listens on right now, chosen by the system. @returns {Promise<number>} */
export function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
			probe.close(() => resolve(port));
		});
	});
}

/** @param {{ username: string, password: string }} credentials */
function basic({ username, password }) {
	return 'Basic ' + Buffer.from(`${username}:${password}`).toString('base64');
}

/**
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} deadline
 */
async function waitUntilAnswering(url, child, deadline) {
	for (;;) {
		if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode})`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) throw new Error(`pouchdb-server did not answer at ${url}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/**
 * @typedef {object} SyncServer
 * @property {string} url the server's address, without credentials, ending without a slash
 * @property {{ username: string, password: string }} admin
 * @property {() => Promise<void>} stop stops the server (its files are kept until `close`)
 * @property {() => Promise<void>} restart starts it again on the same port with the same files
 * @property {() => Promise<void>} close stops it and removes its files
 */

/**
 * Starts pouchdb-server on 127.0.0.1, or uses UNKNOT_COUCHDB_URL.
 * @param {{ port?: number, verbose?: boolean }} [options]
 * @returns {Promise<SyncServer>}
 */
export async function startSyncServer({ port, verbose = false } = {}) {
	const external = process.env.UNKNOT_COUCHDB_URL;
	if (external) {
		const address = new URL(external);
		const credentials = {
			username: decodeURIComponent(address.username),
			password: decodeURIComponent(address.password)
		};
		address.username = '';
		address.password = '';
		const url = address.href.replace(/\/$/, '');
		const refuse = async () => {
			throw new Error('A server named by UNKNOT_COUCHDB_URL cannot be stopped by the tests.');
		};
		return { url, admin: credentials, stop: refuse, restart: refuse, close: async () => {} };
	}

	const chosenPort = port ?? (await freePort());
	const folder = mkdtempSync(join(tmpdir(), 'unknot-sync-server-'));
	const url = `http://127.0.0.1:${chosenPort}`;
	/** @type {import('node:child_process').ChildProcess | null} */
	let child = null;

	async function start() {
		child = spawn(
			process.execPath,
			[
				serverBin,
				'--host',
				'127.0.0.1',
				'--port',
				String(chosenPort),
				'--dir',
				join(folder, 'data'),
				'--config',
				join(folder, 'config.json'),
				'--no-stdout-logs',
				'--no-color'
			],
			{ cwd: folder, stdio: verbose ? 'inherit' : 'ignore' }
		);
		await waitUntilAnswering(
			url,
			/** @type {import('node:child_process').ChildProcess} */ (child),
			Date.now() + 60_000
		);
	}

	async function stop() {
		const running = child;
		child = null;
		if (!running || running.exitCode !== null) return;
		await new Promise((resolve) => {
			running.once('exit', resolve);
			running.kill('SIGTERM');
		});
	}

	await start();
	// An admin ends the "admin party": from here on, every request needs a valid account.
	const made = await fetch(`${url}/_config/admins/${admin.username}`, {
		method: 'PUT',
		body: JSON.stringify(admin.password)
	});
	if (!made.ok) throw new Error(`Could not make the admin: ${made.status}`);

	return {
		url,
		admin,
		stop,
		restart: start,
		close: async () => {
			await stop();
			rmSync(folder, { recursive: true, force: true });
		}
	};
}

/** The per-person database name CouchDB's couch_peruser gives an account. @param {string} username */
export function personalDatabaseName(username) {
	return 'userdb-' + Buffer.from(username, 'utf8').toString('hex');
}

/**
 * Makes an account and its own database, readable and writable by it alone (what couch_peruser
 * does on a real CouchDB; done by hand when the server does not).
 * @param {SyncServer} server
 * @param {string} username
 * @param {string} password
 * @returns {Promise<string>} the database's address
 */
export async function createAccount(server, username, password) {
	const headers = { Authorization: basic(server.admin), 'Content-Type': 'application/json' };
	const user = await fetch(
		`${server.url}/_users/org.couchdb.user:${encodeURIComponent(username)}`,
		{
			method: 'PUT',
			headers,
			body: JSON.stringify({ name: username, password, roles: [], type: 'user' })
		}
	);
	if (!user.ok && user.status !== 409) {
		throw new Error(`Could not make ${username}: ${user.status}`);
	}
	const database = `${server.url}/${personalDatabaseName(username)}`;
	// couch_peruser makes the database a moment after the account; otherwise make it here.
	let exists = false;
	for (let attempt = 0; attempt < 10 && !exists; attempt += 1) {
		exists = (await fetch(database, { headers })).ok;
		if (!exists && attempt < 9) await new Promise((resolve) => setTimeout(resolve, 100));
	}
	if (!exists) {
		const created = await fetch(database, { method: 'PUT', headers });
		if (!created.ok && created.status !== 412) {
			throw new Error(`Could not make the database of ${username}: ${created.status}`);
		}
	}
	const security = await fetch(`${database}/_security`, {
		method: 'PUT',
		headers,
		body: JSON.stringify({
			admins: { names: [], roles: [] },
			members: { names: [username], roles: [] }
		})
	});
	if (!security.ok) throw new Error(`Could not protect the database of ${username}`);
	return database;
}

/**
 * Every document in a database, read as the admin, deleted ones left out.
 * @param {SyncServer} server
 * @param {string} databaseUrl
 * @returns {Promise<Record<string, unknown>[]>}
 */
export async function allDocuments(server, databaseUrl) {
	const response = await fetch(`${databaseUrl}/_all_docs?include_docs=true`, {
		headers: { Authorization: basic(server.admin) }
	});
	if (!response.ok) throw new Error(`Could not read ${databaseUrl}: ${response.status}`);
	const body = /** @type {{ rows: { doc: Record<string, unknown> }[] }} */ (await response.json());
	return body.rows.map((row) => row.doc);
}

async function main() {
	/** @param {string} name @param {string} fallback */
	const option = (name, fallback) =>
		process.argv.find((argument) => argument.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
	const port = Number(option('port', '5984'));
	const username = option('user', 'me');
	const password = option('password', 'unknot-sync');
	const server = await startSyncServer({ port });
	await createAccount(server, username, password);
	console.log(`A sync server runs on ${server.url} (stop it with Ctrl+C; its data goes with it).

In Unknot, Settings → Sync, in each browser:
  Server address: ${server.url}
  User name:      ${username}
  Password:       ${password}
then choose a passphrase in the first browser; the second joins with the same passphrase.`);
	const quit = () => {
		void server.close().then(() => process.exit(0));
	};
	process.on('SIGINT', quit);
	process.on('SIGTERM', quit);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	main().catch((error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
