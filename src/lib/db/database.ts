// The one shared database, opened lazily and only in the browser (prerendering has no IndexedDB).
// Dexie and the schema are loaded by the first call, in chunks of their own: a screen paints and
// its forms work before the database library has arrived, and every repository awaits
// database(), so a save pressed meanwhile is written once it has. Only modules in this folder
// import this file (an ESLint rule keeps it so); the layers above reach the journal through the
// repositories, and its open state through onJournalStatus in journal.ts.

import { nextTask } from '$lib/domain/nextTask';
import { databaseName } from './databaseName';
import type { UnknotDatabase } from './schema';

/** What the database tells those who listen: it opened, it cannot open, or it stepped aside. */
export type JournalStatus =
	{ state: 'open' } | { state: 'unavailable'; detail: string } | { state: 'newer-version' };

type StatusListener = (status: JournalStatus) => void;

const listeners = new Set<StatusListener>();
let latestStatus: JournalStatus | null = null;

function publish(status: JournalStatus) {
	latestStatus = status;
	for (const listener of listeners) listener(status);
}

/** Calls `listener` with the latest status at once (if any) and on every change; returns stop. */
export function onStatus(listener: StatusListener): () => void {
	listeners.add(listener);
	if (latestStatus) listener(latestStatus);
	return () => listeners.delete(listener);
}

let shared: Promise<UnknotDatabase> | null = null;

/** The shared database: the one entry point of every read and write. */
export function database(): Promise<UnknotDatabase> {
	shared ??= createDatabase().catch((error: unknown) => {
		// Its code could not be fetched (offline before the service worker had it): the next
		// read or write tries again instead of failing for good.
		shared = null;
		throw error;
	});
	return shared;
}

async function createDatabase(): Promise<UnknotDatabase> {
	// Never in the task that hydrates the page, where the first reads ask for it: the screen and
	// its forms come first, and the library's download and start-up follow in tasks of their own.
	await nextTask();
	const [{ currentSchemaVersion, UnknotDatabase }, { keepCopyDuringUpgrades }] = await Promise.all([
		import('./schema'),
		import('./preUpgrade')
	]);
	const db = new UnknotDatabase();
	// An upgrade of real data runs only after a copy of that data is kept aside.
	keepCopyDuringUpgrades(db, currentSchemaVersion);
	openInTurn(db, UnknotDatabase.Promise);
	db.on('versionchange', () => {
		// A newer version of Unknot opened in another tab: step aside instead of blocking it.
		db.close();
		publish({ state: 'newer-version' });
		return false;
	});
	db.open().then(
		() => publish({ state: 'open' }),
		(error: unknown) =>
			publish({
				state: 'unavailable',
				detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error)
			})
	);
	return db;
}

/** Held by a page while it opens the journal; see openInTurn. */
const openingLock = 'unknot-opening-the-journal';

/**
 * Pages open the journal one at a time, each holding a Web Lock while it does. A page frozen in
 * the back/forward cache in the middle of opening (creating or upgrading the database) would
 * hold up every other page's open, and so every read and write, until it came back: Chromium
 * does not evict a frozen page for that, but it does evict one that holds a lock another page
 * asks for. A page that goes on opening normally only makes the next one wait its turn, as
 * IndexedDB itself would.
 *
 * An open journal needs nothing more: Dexie 4 closes its connections when a page goes into the
 * cache (so a frozen page holds no connection against an upgrade; transactions still running
 * then make Chromium evict the page), opens them again at the next read, and re-runs every live
 * query when the page comes back (tests/back-forward-cache.spec.ts).
 */
function openInTurn(db: UnknotDatabase, DexiePromise: typeof UnknotDatabase.Promise) {
	if (typeof navigator === 'undefined' || !navigator.locks) return;
	const open = db.open.bind(db);
	db.open = () =>
		db.isOpen() ? open() : DexiePromise.resolve(navigator.locks.request(openingLock, () => open()));
}

/**
 * Whether this browser may hold a journal, asked without opening (and so creating) it, and
 * without loading Dexie. False only when the browser can list its databases and this one is not
 * among them; true when unsure.
 */
export async function journalMayExist(): Promise<boolean> {
	if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
	const stored = await indexedDB.databases();
	return stored.some((found) => found.name === databaseName);
}

/** For tests and "Delete all my data": removes the whole database. */
export async function deleteDatabase() {
	const db = await database();
	db.close();
	await db.delete();
	shared = null;
}
