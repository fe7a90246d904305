// Sync in real Chromium: two browser contexts are two devices, syncing through a pouchdb-server
// the worker started on 127.0.0.1 (tests/syncServer.ts).
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { expect, test, type Account } from './syncServer';
import { checkIn, storedRows } from './helpers';
import { backupOf, jsonFile, openSettings, painEntry } from './backupFiles';

// Two devices syncing through a server take several waits for replication; on a busy shared
// machine those add up past the default test timeout, while each still waits for an end state.
test.describe.configure({ timeout: 180_000 });

const passphrase = 'otter river lantern moss';

interface Device {
	context: BrowserContext;
	page: Page;
	/** Every address this device's pages requested. */
	requests: string[];
}

async function device(browser: Browser, testInfo: TestInfo): Promise<Device> {
	const use = testInfo.project.use;
	const context = await browser.newContext({
		baseURL: use.baseURL,
		locale: use.locale,
		timezoneId: use.timezoneId,
		storageState: use.storageState as Exclude<typeof use.storageState, string>
	});
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	const page = await context.newPage();
	return { context, page, requests };
}

async function waitForApp(page: Page) {
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
}

/** Settings → Sync, step 1: the address; the page reloads to let requests go there. */
async function chooseServer(page: Page, account: Account) {
	await openSettings(page);
	const server = new URL(account.databaseUrl).origin;
	await page.getByLabel('Server address').fill(server);
	const reloaded = page.waitForEvent('load');
	await page.getByRole('button', { name: 'Continue' }).click();
	await reloaded;
	await waitForApp(page);
	await page.getByLabel('User name').fill(account.username);
	await page.getByLabel('Password', { exact: true }).fill(account.password);
	await page.getByRole('button', { name: 'Connect' }).click();
}

const synced = (page: Page) =>
	page
		.locator('#sync')
		.getByRole('status')
		.filter({ hasText: /^\s*Synced at/ });

async function setUpSync(page: Page, account: Account): Promise<string> {
	await chooseServer(page, account);
	await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
	await page.getByLabel('Passphrase again').fill(passphrase);
	await page.getByRole('button', { name: 'Set up sync' }).click();
	const key = page.getByLabel('Recovery key', { exact: true });
	await expect(key).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);
	const recoveryKey = (await key.textContent())!.trim();
	await page.getByRole('button', { name: 'Start syncing' }).click();
	await expect(page.getByText('Save the recovery key first, then tick the box.')).toBeVisible();
	await page.getByLabel('I have saved my recovery key').check();
	await page.getByRole('button', { name: 'Start syncing' }).click();
	await expect(synced(page)).toBeVisible({ timeout: 30_000 });
	return recoveryKey;
}

async function joinSync(page: Page, account: Account, secret = passphrase) {
	await chooseServer(page, account);
	await expect(page.getByRole('heading', { name: 'Join your journal' })).toBeVisible();
	await page.getByLabel('Passphrase', { exact: true }).fill(secret);
	await page.getByRole('button', { name: 'Join' }).click();
}

async function journalOf(page: Page) {
	const byId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
		String(a.id ?? a.day) < String(b.id ?? b.day) ? -1 : 1;
	return {
		painEntries: (await storedRows(page, 'painEntries')).sort(byId),
		dayRollups: (await storedRows(page, 'dayRollups')).sort(byId)
	};
}

async function historyText(page: Page) {
	await page.goto('/history');
	const list = page.locator('main');
	await expect(list.getByText('Walked the dog')).toBeVisible();
	return (await list.innerText()).replace(/\s+/g, ' ');
}

async function insightsTable(page: Page) {
	await page.goto('/insights');
	await page.getByRole('button', { name: 'Show as table' }).click();
	const table = page.getByRole('table');
	await expect(table).toBeVisible();
	return table.innerText();
}

test('set up on A, join on B, edit offline on both, reconnect: both journals match and the server holds only ciphertext', async ({
	browser,
	account,
	syncServer
}, testInfo) => {
	const a = await device(browser, testInfo);
	const b = await device(browser, testInfo);
	// Sync converges when replication has caught up, which on a busy machine takes longer than an
	// assertion's default wait: this waits for the same end state, not for a speed.
	const converged = { timeout: 60_000 };
	const server = new URL(account.databaseUrl).origin;

	await a.page.goto('/');
	await a.page.getByText('Note, tags and time', { exact: true }).click();
	await a.page.getByLabel('Note', { exact: true }).fill('Walked the dog');
	await checkIn(a.page, 4);
	await expect(a.page.getByRole('status').filter({ hasText: 'Saved: pain 4' })).toBeVisible();
	await setUpSync(a.page, account);

	await b.page.goto('/');
	await checkIn(b.page, 2);
	await joinSync(b.page, account);
	await expect(synced(b.page)).toBeVisible({ timeout: 30_000 });
	await expect
		.poll(async () => (await storedRows(b.page, 'painEntries')).length, converged)
		.toBe(2);
	await a.page.getByRole('button', { name: 'Sync now' }).click();
	await expect
		.poll(async () => (await storedRows(a.page, 'painEntries')).length, converged)
		.toBe(2);

	// Both offline: each logs an entry of its own.
	await a.context.setOffline(true);
	await b.context.setOffline(true);
	for (const [side, note, score] of [
		[a, 'A offline: hip tight', 7],
		[b, 'B offline: calmer', 3]
	] as const) {
		await side.page.goto('/');
		await side.page.getByText('Note, tags and time', { exact: true }).click();
		await side.page.getByLabel('Note', { exact: true }).fill(note);
		await checkIn(side.page, score);
		await expect(side.page.locator('[data-sync-indicator]')).toContainText(/waiting|offline/);
	}
	await a.context.setOffline(false);
	await b.context.setOffline(false);
	for (const side of [a, b]) {
		await openSettings(side.page);
		await side.page.getByRole('button', { name: 'Sync now' }).click();
	}
	await expect
		.poll(async () => (await storedRows(a.page, 'painEntries')).length, converged)
		.toBe(4);
	await expect
		.poll(async () => (await storedRows(b.page, 'painEntries')).length, converged)
		.toBe(4);
	await expect.poll(async () => journalOf(b.page), converged).toEqual(await journalOf(a.page));
	expect(await historyText(b.page)).toBe(await historyText(a.page));
	expect(await insightsTable(b.page)).toBe(await insightsTable(a.page));

	// The server holds ciphertext only: no note, tag, day, table or field name.
	const documents = await syncServer.documents(account);
	expect(documents.length).toBe(5);
	const everything = JSON.stringify(documents);
	const entries = await storedRows(a.page, 'painEntries');
	const forbidden = [
		'Walked the dog',
		'hip tight',
		'calmer',
		'painEntries',
		'dayRollups',
		'score',
		'deletedAt',
		...entries.map((entry) => String(entry.id)),
		...entries.map((entry) => String(entry.day))
	];
	for (const text of forbidden) expect(everything).not.toContain(text);

	// Every request of both devices went to the app or to the sync server, nowhere else.
	for (const side of [a, b]) {
		const elsewhere = side.requests.filter((url) => {
			const origin = new URL(url).origin;
			return origin !== new URL(testInfo.project.use.baseURL!).origin && origin !== server;
		});
		expect(elsewhere).toEqual([]);
		expect(side.requests.some((url) => url.startsWith(server))).toBe(true);
	}
	await a.context.close();
	await b.context.close();
});

test('a wrong passphrase is refused next to the field and changes nothing', async ({
	browser,
	account
}, testInfo) => {
	const a = await device(browser, testInfo);
	await setUpSync(a.page, account);
	const b = await device(browser, testInfo);
	await b.page.goto('/');
	await checkIn(b.page, 5);
	const before = await storedRows(b.page, 'painEntries');
	await joinSync(b.page, account, 'otter river lantern');
	const field = b.page.getByLabel('Passphrase', { exact: true });
	await expect(
		b.page.getByText('That passphrase does not open this journal. Nothing was changed.')
	).toBeVisible();
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	expect(await storedRows(b.page, 'syncMeta')).toEqual([]);
	expect(await storedRows(b.page, 'painEntries')).toEqual(before);
	await a.context.close();
	await b.context.close();
});

test('the server stopped in the middle of a first sync and started again: everything arrives', async ({
	browser,
	account,
	syncServer
}, testInfo) => {
	const a = await device(browser, testInfo);
	const start = Date.now() - 400 * 86_400_000;
	const entries = Array.from({ length: 1500 }, (_, index) =>
		painEntry({
			id: `e-${String(index).padStart(5, '0')}`,
			score: index % 11,
			at: start + index * 20_000_000
		})
	);
	await openSettings(a.page);
	await a.page.getByLabel('Backup file').setInputFiles(jsonFile('year.json', backupOf(entries)));
	await a.page.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(a.page.getByRole('status').filter({ hasText: /^Restored:/ })).toBeVisible();

	await chooseServer(a.page, account);
	await a.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
	await a.page.getByLabel('Passphrase again').fill(passphrase);
	await a.page.getByRole('button', { name: 'Set up sync' }).click();
	await a.page.getByLabel('I have saved my recovery key').check();
	// The server stops for good while the journal is on its way: after its first batch arrived.
	const server = new URL(account.databaseUrl).origin;
	let batches = 0;
	let stopped: Promise<void> | null = null;
	await a.context.route(`${server}/**`, async (route) => {
		if (route.request().url().includes('_bulk_docs')) batches += 1;
		if (batches > 1) {
			stopped ??= syncServer.stop();
			await stopped;
			await route.abort('connectionrefused');
		} else {
			await route.continue();
		}
	});
	await a.page.getByRole('button', { name: 'Start syncing' }).click();
	await expect(
		a.page.locator('#sync').getByRole('status').filter({ hasText: 'cannot be reached' })
	).toBeVisible({ timeout: 60_000 });
	// Started again (the page still finds it unreachable until the route is lifted): part arrived.
	await syncServer.restart();
	const arrived = (await syncServer.documents(account)).length;
	expect(arrived).toBeGreaterThan(1);
	expect(arrived).toBeLessThan(entries.length);
	await a.context.unroute(`${server}/**`);
	await a.page.getByRole('button', { name: 'Sync now' }).click();
	await expect(synced(a.page)).toBeVisible({ timeout: 60_000 });
	// Every pain entry, the backup's routine and session, and the key document.
	await expect
		.poll(async () => (await syncServer.documents(account)).length, { timeout: 30_000 })
		.toBe(entries.length + 3);

	const b = await device(browser, testInfo);
	await joinSync(b.page, account);
	await expect(synced(b.page)).toBeVisible({ timeout: 60_000 });
	await expect
		.poll(async () => (await storedRows(b.page, 'painEntries')).length, { timeout: 30_000 })
		.toBe(1500);
	expect((await journalOf(b.page)).dayRollups).toEqual((await journalOf(a.page)).dayRollups);
	await a.context.close();
	await b.context.close();
});

test('while sync is on, Restore and Delete all my data ask where: this device only, or everywhere', async ({
	browser,
	account
}, testInfo) => {
	const a = await device(browser, testInfo);
	const b = await device(browser, testInfo);
	await a.page.goto('/');
	await checkIn(a.page, 4);
	await setUpSync(a.page, account);
	await joinSync(b.page, account);
	await expect(synced(b.page)).toBeVisible({ timeout: 30_000 });
	await expect.poll(async () => (await storedRows(b.page, 'painEntries')).length).toBe(1);
	const ids = async (page: Page) =>
		(await storedRows(page, 'painEntries')).map((row) => row.id).sort();

	// B replaces its journal by a backup on this device only: it leaves sync; A keeps its journal.
	const backup = backupOf([painEntry({ id: 'from-backup', score: 6 })]);
	await b.page.getByLabel('Backup file').setInputFiles(jsonFile('other.json', backup));
	await b.page.getByLabel('Replace everything here').check();
	await b.page.getByRole('button', { name: 'Restore', exact: true }).click();
	const restoreWhere = b.page.getByRole('group', {
		name: 'Sync is on. Replace the journal where?'
	});
	await restoreWhere.getByLabel('On this device only').check();
	await b.page.getByRole('button', { name: 'Replace all my data' }).click();
	await expect(b.page.getByRole('status').filter({ hasText: /^Restored:/ })).toBeVisible();
	expect(await ids(b.page)).toEqual(['from-backup']);
	await expect(b.page.getByLabel('Server address')).toBeVisible();
	const before = await ids(a.page);
	await a.page.getByRole('button', { name: 'Sync now' }).click();
	await expect(synced(a.page)).toBeVisible();
	expect(before).toHaveLength(1);
	expect(await ids(a.page)).toEqual(before);

	// B joins again, bringing its rows; then A deletes everything everywhere, and B follows.
	await joinSync(b.page, account);
	await expect(synced(b.page)).toBeVisible({ timeout: 30_000 });
	await a.page.getByRole('button', { name: 'Sync now' }).click();
	await expect.poll(() => ids(a.page)).toEqual([...before, 'from-backup'].sort());
	const erase = a.page.getByRole('region', { name: 'Delete all my data' });
	await erase.getByLabel('Type DELETE to confirm').fill('DELETE');
	await erase
		.getByRole('group', { name: 'Sync is on. Delete where?' })
		.getByLabel('Everywhere')
		.check();
	await erase.getByRole('button', { name: 'Delete all my data' }).click();
	await expect(erase.getByRole('status')).toHaveText(
		'All your data has been deleted from this device.'
	);
	expect(await ids(a.page)).toEqual([]);
	await expect.poll(() => ids(b.page), { timeout: 30_000 }).toEqual([]);
	await a.context.close();
	await b.context.close();
});

test('with sync off the page may request nothing but its own origin, and sends nothing else', async ({
	page,
	context,
	baseURL,
	account
}) => {
	const requested: string[] = [];
	context.on('request', (request) => requested.push(request.url()));
	await page.goto('/');
	await checkIn(page, 3);
	await openSettings(page);
	const policies = await page
		.locator('meta[http-equiv="Content-Security-Policy" i]')
		.evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
	expect(policies).toContain("connect-src 'self'");
	const server = new URL(account.databaseUrl).origin;
	// The browser itself refuses a request to the server while sync is off.
	const attempt = await page.evaluate(async (address) => {
		const refused = new Promise<string>((resolve) =>
			document.addEventListener('securitypolicyviolation', (event) => resolve(event.blockedURI), {
				once: true
			})
		);
		await fetch(address, { mode: 'no-cors' }).catch(() => undefined);
		return refused;
	}, server);
	expect(attempt).toContain(server);
	expect(requested.filter((url) => new URL(url).origin !== new URL(baseURL!).origin)).toEqual([]);
});

test('with sync on the page may request its own origin and the sync server, no other', async ({
	browser,
	account
}, testInfo) => {
	const a = await device(browser, testInfo);
	await setUpSync(a.page, account);
	const server = new URL(account.databaseUrl).origin;
	const policies = await a.page
		.locator('meta[http-equiv="Content-Security-Policy" i]')
		.evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
	expect(policies).toContain(`connect-src 'self' ${server}`);
	const elsewhere = 'http://127.0.0.1:9/';
	const blocked = await a.page.evaluate(async (address) => {
		const refused = new Promise<string>((resolve) =>
			document.addEventListener('securitypolicyviolation', (event) => resolve(event.blockedURI), {
				once: true
			})
		);
		await fetch(address, { mode: 'no-cors' }).catch(() => undefined);
		return refused;
	}, elsewhere);
	expect(blocked).toContain('127.0.0.1:9');
	// Settings → Sync while on, in both themes: nothing for axe to object to.
	for (const scheme of ['light', 'dark'] as const) {
		await a.page.emulateMedia({ colorScheme: scheme });
		await a.page.getByText('Change the passphrase').first().click();
		const results = await new AxeBuilder({ page: a.page }).include('#sync').analyze();
		expect(results.violations).toEqual([]);
		await a.page.getByText('Change the passphrase').first().click();
	}
	await a.context.close();
});
