// The benchmark's sync figures, on loopback against a pouchdb-server the bench starts itself
// (scripts/sync-server.js): the first sync of a journal up from device A, down to device B, and
// one new entry from A until B shows it. Everything goes through the screens, as a person does.

import { createAccount, startSyncServer } from '../scripts/sync-server.js';

const passphrase = 'bench passphrase, long enough';

/**
 * Times inside the page from a click on `button` until Settings → Sync says "Synced at".
 * @param {import('@playwright/test').Page} page @param {string} button
 */
async function timeUntilSynced(page, button) {
	await page.evaluate((name) => {
		const times = /** @type {Record<string, number>} */ ({});
		Object.assign(window, { benchSync: times });
		document.addEventListener(
			'click',
			(event) => {
				const target = /** @type {HTMLElement} */ (event.target);
				if (target.closest('button')?.textContent?.trim() === name) {
					times.start = performance.now();
				}
			},
			{ capture: true }
		);
		new MutationObserver(() => {
			const status = document.querySelector('#sync [role="status"][data-sync-state]');
			if (times.start && !times.synced && /^\s*Synced at/.test(status?.textContent ?? '')) {
				times.synced = performance.now();
			}
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	}, button);
	await page.getByRole('button', { name: button }).click();
	await page.waitForFunction(() => /** @type {any} */ (window).benchSync.synced, null, {
		timeout: 600_000,
		polling: 250
	});
	return page.evaluate(() => {
		const times = /** @type {any} */ (window).benchSync;
		return times.synced - times.start;
	});
}

/**
 * Settings → Sync up to the passphrase step, on a page whose journal is already there.
 * @param {import('@playwright/test').Page} page @param {string} origin
 * @param {{ url: string }} server @param {{ username: string, password: string }} account
 */
async function connect(page, origin, server, account) {
	await page.goto(`${origin}/settings`);
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
	await page.getByLabel('Server address').fill(server.url);
	const loaded = page.waitForEvent('load');
	await page.getByRole('button', { name: 'Continue' }).click();
	await loaded;
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
	await page.getByLabel('User name').fill(account.username);
	await page.getByLabel('Password', { exact: true }).fill(account.password);
	await page.getByRole('button', { name: 'Connect' }).click();
}

/** Rows of the synced tables in the page's journal, read raw. @param {import('@playwright/test').Page} page */
function journalRows(page) {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const request = indexedDB.open('unknot');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const names = [
						'painEntries',
						'bodyMarks',
						'dailyChecks',
						'sessions',
						'routines',
						'plans',
						'restDays'
					];
					const transaction = db.transaction(names, 'readonly');
					let total = 0;
					for (const name of names) {
						transaction.objectStore(name).count().onsuccess = (event) => {
							total += /** @type {IDBRequest<number>} */ (event.target).result;
						};
					}
					transaction.oncomplete = () => {
						db.close();
						resolve(total);
					};
				};
			})
	);
}

/**
 * One run: A imports the journal (the reference for the ratios), sets sync up and sends it all;
 * B joins and receives it all; then A logs one entry and B's Today shows it.
 * @param {object} options
 * @param {import('@playwright/test').Browser} options.browser
 * @param {() => Promise<import('@playwright/test').BrowserContext>} options.newContext
 * @param {(page: import('@playwright/test').Page, file: string) => Promise<{ checkMs: number, restoreMs: number }>} options.importJournal
 * @param {string} options.origin @param {string} options.file @param {number} options.rows
 * @param {import('../scripts/sync-server.js').SyncServer} options.server
 * @param {number} options.index
 */
async function syncRun({ newContext, importJournal, origin, file, rows, server, index }) {
	const account = { username: `bench${index}x${Date.now()}`, password: 'bench-password' };
	await createAccount(server, account.username, account.password);
	const a = await newContext();
	const b = await newContext();
	try {
		const pageA = await a.newPage();
		const imported = await importJournal(pageA, file);
		const importMs = imported.checkMs + imported.restoreMs;

		await connect(pageA, origin, server, account);
		await pageA.getByLabel('Passphrase', { exact: true }).fill(passphrase);
		await pageA.getByLabel('Passphrase again').fill(passphrase);
		await pageA.getByRole('button', { name: 'Set up sync' }).click();
		await pageA.getByLabel('I have saved my recovery key').check();
		const uploadMs = await timeUntilSynced(pageA, 'Start syncing');

		const pageB = await b.newPage();
		await connect(pageB, origin, server, account);
		await pageB.getByLabel('Passphrase', { exact: true }).fill(passphrase);
		const downloadMs = await timeUntilSynced(pageB, 'Join');
		const received = await journalRows(pageB);
		if (received !== rows) throw new Error(`B received ${received} rows of ${rows}`);

		// One new entry, from A's Save to B's Today showing it (both pages open, live sync).
		await pageB.goto(`${origin}/`);
		await pageA.goto(`${origin}/`);
		for (const page of [pageA, pageB]) {
			await page.waitForFunction(() => performance.getEntriesByName('today:ready').length > 0);
		}
		const note = `Bench entry ${index} ${Date.now()}`;
		await pageA.getByText('Note, tags and time', { exact: true }).click();
		await pageA.getByLabel('Note', { exact: true }).fill(note);
		await pageA
			.getByRole('radiogroup', { name: 'Pain now' })
			.getByRole('radio', { name: /^6,/ })
			.check();
		const shown = pageB.getByText(note).first().waitFor({ timeout: 60_000 });
		const saved = Date.now();
		await pageA.getByRole('button', { name: 'Save', exact: true }).click();
		await shown;
		const entryMs = Date.now() - saved;
		return { syncImportMs: importMs, uploadMs, downloadMs, entryMs };
	} finally {
		await a.close();
		await b.close();
	}
}

/**
 * The sync figures of one journal, `runs` times, each with fresh devices and a fresh account.
 * @param {Omit<Parameters<typeof syncRun>[0], 'server' | 'index'> & { runs: number }} options
 */
export async function syncFigures(options) {
	const server = await startSyncServer();
	/** @type {Record<string, number[]>} */ const samples = {};
	try {
		for (let index = 0; index < options.runs; index += 1) {
			const figures = await syncRun({ ...options, server, index });
			for (const [name, value] of Object.entries(figures)) (samples[name] ??= []).push(value);
			process.stdout.write(`  sync run ${index + 1}/${options.runs} done\n`);
		}
	} finally {
		await server.close();
	}
	return samples;
}
