// Today loads the parts a check-in rarely needs only when they are used, and they still load
// offline. Each part's file is looked up in the build's manifest, so a renamed chunk cannot
// make these pass by accident. Sync's code loads only on a device where sync is set up.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { waitForServiceWorker } from './helpers';

/** The built file of a module that is loaded on demand. */
function fileOf(source: string): string {
	// Read in the test, not when the spec is listed: the suite's web server builds the app first.
	const manifest = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Record<string, { file: string }>;
	const file = manifest[source]?.file;
	if (!file) throw new Error(`${source} is not a chunk of its own in the build`);
	return file;
}

const onDemand = [
	'src/lib/components/MarkEditor.svelte',
	'src/lib/components/Welcome.svelte',
	'src/lib/messages/guides.ts',
	'src/lib/components/RedFlagQuestions.svelte'
];

/** The built file of a chunk shared by modules loaded on demand, by the name the build gives it. */
function chunkNamed(name: string): string {
	const manifest = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Record<string, { file: string; name?: string }>;
	const file = Object.values(manifest).find((chunk) => chunk.name === name)?.file;
	if (!file) throw new Error(`no chunk named ${name} in the build`);
	return file;
}

/** Every file the page asks for from now on, as paths like `_app/immutable/chunks/x.js`. */
function requestedFiles(page: Page): string[] {
	const files: string[] = [];
	page.on('request', (request) => files.push(new URL(request.url()).pathname.slice(1)));
	return files;
}

async function untilCheckInReady(page: Page) {
	await page.waitForFunction(() => performance.getEntriesByName('today:ready').length > 0);
}

test('Today opens without the body map, welcome, guides or red-flag questions, and loads each when used', async ({
	page
}) => {
	const requested = requestedFiles(page);
	await page.goto('/');
	await untilCheckInReady(page);
	for (const source of onDemand) expect(requested, source).not.toContain(fileOf(source));

	await page.getByRole('radio', { name: '6, moderate' }).check();
	await page.getByText('Where?', { exact: true }).click();
	const where = page.getByRole('group', { name: 'Where it hurts' });
	const glute = where.getByRole('button', { name: 'Left deep glute (piriformis)', exact: true });
	await glute.click();
	await expect(glute).toHaveAttribute('aria-pressed', 'true');
	expect(requested).toContain(fileOf('src/lib/components/MarkEditor.svelte'));
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Saved: pain 6, moderate.')).toBeVisible();

	await page.getByText('How this screen works').click();
	await expect(page.getByText(/that is a check-in/)).toBeVisible();
	expect(requested).toContain(fileOf('src/lib/messages/guides.ts'));
});

test('offline, the parts loaded on demand come from the service worker', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	await untilCheckInReady(page);

	await page.getByText('Where?', { exact: true }).click();
	await expect(
		page
			.getByRole('group', { name: 'Where it hurts' })
			.getByRole('button', { name: 'Left deep glute (piriformis)', exact: true })
	).toBeVisible();
	await page.getByText('How this screen works').click();
	await expect(page.getByText(/that is a check-in/)).toBeVisible();

	await page.getByRole('radio', { name: '8, severe' }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'A quick safety check' })).toBeVisible();
});

test('the welcome, not loaded for someone who finished it, still opens from Settings → About', async ({
	page
}) => {
	const requested = requestedFiles(page);
	await page.goto('/settings');
	const welcomeFile = fileOf('src/lib/components/Welcome.svelte');
	expect(requested).not.toContain(welcomeFile);
	await page
		.getByRole('region', { name: 'About' })
		.getByRole('button', { name: 'Show the welcome again' })
		.click();
	const dialog = page.getByRole('dialog', { name: 'Welcome to Unknot' });
	await expect(dialog).toBeVisible();
	await expect(
		dialog.getByRole('heading', { name: 'A journal for back and hip pain' })
	).toBeFocused();
	expect(requested).toContain(welcomeFile);
});

test("with sync off, Today loads none of sync's code; the one key sync sets brings it", async ({
	page
}) => {
	const requested = requestedFiles(page);
	// The header's indicator, sync's state, and the engine with PouchDB.
	const syncFiles = [
		fileOf('src/lib/components/SyncIndicator.svelte'),
		fileOf('src/lib/state/sync.svelte.ts'),
		chunkNamed('controller')
	];
	await page.goto('/');
	await untilCheckInReady(page);
	await page.waitForLoadState('networkidle');
	for (const file of syncFiles) expect(requested).not.toContain(file);

	// What setting sync up stores (services/syncPolicy.ts): the layout then loads sync's code.
	await page.evaluate(() => localStorage.setItem('unknot.syncServer', 'http://127.0.0.1:5984'));
	await page.reload();
	await untilCheckInReady(page);
	await expect.poll(() => syncFiles.filter((file) => !requested.includes(file))).toEqual([]);
});
