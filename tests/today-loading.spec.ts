// Today's form works before the database library has loaded, and the parts a check-in rarely
// needs load only when they are used, also offline. Each part's file is looked up in the build
// (its manifest, or Dexie by its contents), so a renamed chunk cannot make these pass by accident.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { storedRows, waitForServiceWorker } from './helpers';

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

/** The built file of the database library, Dexie: the one chunk that carries its version. */
function dexieFile(): string {
	const folder = 'build/_app/immutable/chunks';
	const files = readdirSync(folder).filter((name) =>
		readFileSync(`${folder}/${name}`, 'utf8').includes('semVer')
	);
	if (files.length !== 1) throw new Error(`Dexie is in ${files.length} chunks of the build`);
	return `_app/immutable/chunks/${files[0]}`;
}

const onDemand = [
	'src/lib/components/MarkEditor.svelte',
	'src/lib/components/WelcomeLaterSteps.svelte',
	'src/lib/messages/guides.ts',
	'src/routes/RedFlagQuestions.svelte'
];

/** Every file the page asks for from now on, as paths like `_app/immutable/chunks/x.js`. */
function requestedFiles(page: Page): string[] {
	const files: string[] = [];
	page.on('request', (request) => files.push(new URL(request.url()).pathname.slice(1)));
	return files;
}

async function untilCheckInReady(page: Page) {
	await page.waitForFunction(() => performance.getEntriesByName('today:ready').length > 0);
}

test('the database library is not part of the first load: it is fetched after the form works', async ({
	page
}) => {
	const dexie = dexieFile();
	const html = readFileSync('build/index.html', 'utf8');
	expect(html).toContain('rel="modulepreload"');
	expect(html).not.toContain(dexie);
	await page.goto('/');
	await untilCheckInReady(page);
	const [readyAt, fetchedAt] = await page.evaluate(async (file) => {
		const fetched = () =>
			performance
				.getEntriesByType('resource')
				.find((entry) => new URL(entry.name).pathname.endsWith(file));
		while (!fetched()) await new Promise((resolve) => setTimeout(resolve, 50));
		return [performance.getEntriesByName('today:ready')[0]!.startTime, fetched()!.startTime];
	}, dexie);
	expect(fetchedAt).toBeGreaterThan(readyAt);
});

test('a save pressed while the database library is still loading is stored once it has', async ({
	page
}) => {
	let asked = () => {};
	const requested = new Promise<void>((resolve) => (asked = resolve));
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**/${dexieFile()}`, async (route) => {
		asked();
		await released;
		await route.continue();
	});
	await page.goto('/');
	await requested;
	// Held: the library was asked for and has not arrived. The keys are the shortcuts: 6, then
	// Enter twice, as an impatient tap would.
	await page.keyboard.press('6');
	await expect(page.getByRole('radio', { name: '6, moderate' })).toBeChecked();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Saved: pain 6, moderate.')).toBeHidden();
	release();
	await expect(page.getByText('Saved: pain 6, moderate.')).toBeVisible();
	const today = page.getByRole('region', { name: "Today's entries" });
	await expect(today.getByText('Pain 6, moderate')).toHaveCount(1);
	expect((await storedRows(page, 'painEntries')).map((row) => row.score)).toEqual([6]);
});

test('Today opens without the body map, welcome steps, guides or red-flag questions, and loads each when used', async ({
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

test("the welcome's later steps, not loaded for someone who finished it, still open from Settings → About", async ({
	page
}) => {
	const requested = requestedFiles(page);
	await page.goto('/settings');
	const laterSteps = fileOf('src/lib/components/WelcomeLaterSteps.svelte');
	expect(requested).not.toContain(laterSteps);
	await page
		.getByRole('region', { name: 'About' })
		.getByRole('button', { name: 'Show the welcome again' })
		.click();
	const dialog = page.getByRole('dialog', { name: 'Welcome to Unknot' });
	await expect(dialog).toBeVisible();
	await expect(
		dialog.getByRole('heading', { name: 'A journal for back and hip pain' })
	).toBeFocused();
	await dialog.getByRole('button', { name: 'Next' }).click();
	await expect(dialog).toContainText('Nothing is sent anywhere');
	expect(requested).toContain(laterSteps);
});
