// Today's form works before the database library has loaded, and the parts a check-in rarely
// needs load only when they are used, also offline. Each part's file is looked up in the build
// (its manifest, or Dexie by its contents), so a renamed chunk cannot make these pass by accident.
// Sync's code loads only on a device where sync is set up.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { setPlan, showEndOfToday, storedRows, waitForServiceWorker } from './helpers';

/** The built file of a module that is loaded on demand. */
function fileOf(source: string): string {
	// Read in the test, not when the spec is listed: the suite's web server builds the app first.
	const manifest = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Record<string, { file: string; name?: string }>;
	// A module loaded by import() whose chunk other parts share is listed under the chunk's name,
	// which is the module's own.
	const name = source
		.split('/')
		.pop()!
		.replace(/\.(ts|js|svelte)$/, '');
	const named = Object.entries(manifest).filter(
		([key, entry]) => key.startsWith('_') && key.endsWith('.js') && entry.name === name
	);
	const file = manifest[source]?.file ?? (named.length === 1 ? named[0]![1].file : undefined);
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

/** The parts of Today that load only when used (or, for the urgent card, on a day with a yes). */
const onDemand = [
	'src/lib/components/MarkEditor.svelte',
	'src/lib/components/EditEntryDialog.svelte',
	'src/lib/components/EntryMoreFields.svelte',
	'src/lib/components/WelcomeLaterSteps.svelte',
	'src/lib/messages/guides.ts',
	'src/lib/components/RedFlagQuestions.svelte',
	'src/lib/domain/redFlagQuestions.ts',
	'src/lib/domain/marks.ts',
	'src/lib/db/bodyMarks.ts',
	'src/lib/messages/whereItHurt.ts'
];

/** What a prerendered screen preloads: the scripts of its static import graph. */
function preloadedFiles(page = 'index.html'): string[] {
	const html = readFileSync(`build/${page}`, 'utf8');
	return [...html.matchAll(/<link href="\.\/([^"]+)" rel="modulepreload">/g)].map(
		(match) => match[1]!
	);
}

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

test('no screen preloads the database library: each paints and answers before it arrives', () => {
	const dexie = dexieFile();
	for (const page of [
		'index.html',
		'history.html',
		'body.html',
		'release.html',
		'insights.html',
		'settings.html'
	]) {
		const preloaded = preloadedFiles(page);
		expect(preloaded.length, page).toBeGreaterThan(0);
		expect(preloaded, page).not.toContain(dexie);
	}
});

test('before the form works, the first load fetches only what the page preloads; the database library follows', async ({
	page
}) => {
	const dexie = dexieFile();
	const preloaded = preloadedFiles();
	expect(preloaded.length).toBeGreaterThan(0);
	expect(preloaded).not.toContain(dexie);
	// Kit always loads the root error page with the layout; it is not in the static graph.
	const errorPage = fileOf('.svelte-kit/generated/client-optimized/nodes/1.js');
	await page.goto('/');
	await untilCheckInReady(page);
	const { readyAt, scripts } = await page.evaluate(async (file) => {
		const entries = () =>
			performance
				.getEntriesByType('resource')
				.map((entry) => ({ file: new URL(entry.name).pathname.slice(1), at: entry.startTime }))
				.filter((entry) => entry.file.endsWith('.js'));
		while (!entries().some((entry) => entry.file === file)) {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		return {
			readyAt: performance.getEntriesByName('today:ready')[0]!.startTime,
			scripts: entries()
		};
	}, dexie);
	const beforeReady = scripts.filter((script) => script.at < readyAt).map((script) => script.file);
	expect(beforeReady.filter((file) => file !== errorPage && !preloaded.includes(file))).toEqual([]);
	// Every preloaded file is used: the list is the graph, not a guess.
	for (const file of preloaded) expect(beforeReady, file).toContain(file);
	expect(scripts.find((script) => script.file === dexie)!.at).toBeGreaterThan(readyAt);
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

/** Files of the app's build that answered the page from now on, and whether the service worker did. */
function answeredFiles(page: Page): Map<string, boolean> {
	const files = new Map<string, boolean>();
	page.on('response', (response) =>
		files.set(new URL(response.url()).pathname.slice(1), response.fromServiceWorker())
	);
	return files;
}

/**
 * Uses every part Today loads on demand: the body map ("Where?", a mark, "Same as last time"),
 * a save with marks (its row says where it hurt), the screen guide, the edit dialog, the
 * red-flag questions after a 9 and the urgent card after a yes.
 */
async function useEveryOnDemandPart(page: Page) {
	await page.getByRole('radio', { name: '6, moderate' }).check();
	await page.getByText('Where?', { exact: true }).click();
	const where = page.getByRole('group', { name: 'Where it hurts' });
	const glute = where.getByRole('button', { name: 'Left deep glute (piriformis)', exact: true });
	await glute.click();
	await expect(glute).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Saved: pain 6, moderate.')).toBeVisible();

	await page.getByText('Where?', { exact: true }).click();
	await page.getByRole('button', { name: 'Same as last time' }).click();
	await expect(glute).toHaveAttribute('aria-pressed', 'true');

	await page.getByText('How this screen works').click();
	await expect(page.getByText(/that is a check-in/)).toBeVisible();

	const entries = page.getByRole('region', { name: "Today's entries" });
	// The row says where it hurt, in words that need the region catalogue.
	await expect(entries.getByText('Left deep glute')).toBeVisible();
	await entries
		.getByRole('button', { name: /^Actions for entry at/ })
		.first()
		.click();
	await entries.getByRole('button', { name: /^Edit/ }).first().click();
	const dialog = page.getByRole('dialog', { name: 'Edit entry' });
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	await page.getByRole('radio', { name: '9, severe' }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	const questions = page.getByRole('region', { name: 'A quick safety check' });
	await questions.getByRole('checkbox', { name: /trouble passing or holding urine/ }).check();
	await questions.getByRole('button', { name: 'Save my answers' }).click();
	await expect(
		page.getByRole('alert').filter({ hasText: 'Please seek urgent medical care today' })
	).toBeVisible();
}

test('Today opens without any part it loads on demand, and loads each when used', async ({
	page
}) => {
	const requested = requestedFiles(page);
	await page.goto('/');
	await untilCheckInReady(page);
	await page.waitForLoadState('networkidle');
	for (const source of onDemand) expect(requested, source).not.toContain(fileOf(source));

	await useEveryOnDemandPart(page);
	for (const source of onDemand.filter((source) => !source.includes('Welcome'))) {
		expect(requested, source).toContain(fileOf(source));
	}
});

test('offline, every part loaded on demand comes from the service worker and works', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	const answered = answeredFiles(page);
	await page.reload();
	await untilCheckInReady(page);

	await useEveryOnDemandPart(page);
	for (const source of onDemand.filter((source) => !source.includes('Welcome'))) {
		expect(answered.get(fileOf(source)), source).toBe(true);
	}
	const stored = await storedRows(page, 'painEntries');
	expect(stored.map((row) => row.score).sort()).toEqual([6, 9]);
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

test("offline, the welcome's later steps open from Settings → About out of the service worker", async ({
	page,
	context
}) => {
	await page.goto('/settings');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	const answered = answeredFiles(page);
	await page.reload();
	await page
		.getByRole('region', { name: 'About' })
		.getByRole('button', { name: 'Show the welcome again' })
		.click();
	const dialog = page.getByRole('dialog', { name: 'Welcome to Unknot' });
	await dialog.getByRole('button', { name: 'Next' }).click();
	await expect(dialog).toContainText('Nothing is sent anywhere');
	expect(answered.get(fileOf('src/lib/components/WelcomeLaterSteps.svelte'))).toBe(true);
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

test("with a plan due, Today's Start button is drawn from the routines' names; the guided session loads on the tap", async ({
	page
}) => {
	await setPlan(page, ['Piriformis stretch (figure four)', 'Glute stretch (knee to chest)']);
	const requested = requestedFiles(page);
	// The guided session with its timer, and what starts it with the routine catalogue.
	const sessionFiles = [
		fileOf('src/lib/state/guidedSession.svelte.ts'),
		fileOf('src/routes/startPlanRun.ts')
	];
	await page.goto('/');
	await untilCheckInReady(page);
	await showEndOfToday(page);
	const card = page.getByRole('region', { name: 'Self-care today' });
	const start = card.getByRole('button', { name: "Start tonight's plan" });
	await expect(start).toBeVisible();
	await expect(
		card.getByText(
			'Piriformis stretch (figure four), Glute stretch (knee to chest), one after another.'
		)
	).toBeVisible();
	await page.waitForLoadState('networkidle');
	for (const file of sessionFiles) expect(requested).not.toContain(file);

	await start.click();
	await expect(page).toHaveURL(/\/release\/session$/);
	await expect(page.getByRole('heading', { level: 2, name: "Tonight's plan" })).toBeVisible();
	for (const file of sessionFiles) expect(requested).toContain(file);
});

test.describe('a first visit', () => {
	test.use({ storageState: { cookies: [], origins: [] }, viewport: { width: 412, height: 1400 } });

	test('the end of Today, in view but under the welcome, loads once the welcome is done', async ({
		page
	}) => {
		const requested = requestedFiles(page);
		const planCard = fileOf('src/routes/PlanDueCard.svelte');
		await page.goto('/');
		const dialog = page.getByRole('dialog', { name: 'Welcome to Unknot' });
		await expect(dialog).toBeVisible();
		await untilCheckInReady(page);
		await page.waitForLoadState('networkidle');
		expect(requested).not.toContain(planCard);

		await dialog.getByRole('button', { name: 'Skip' }).click();
		await expect(page.getByRole('region', { name: 'Self-care today' })).toBeInViewport();
		expect(requested).toContain(planCard);
	});
});
