// `npm run bench`: builds the app, serves the production build and measures it in headless
// Chromium on generated journals of 1, 3 and 10 years; `-- --check` also enforces the budgets.
// Options: --check, --port=N, --runs=N (default 5), --years=1,3,10, --no-build, and for sync
// --sync-years=N (default the largest), --sync-runs=N (default 3), --no-sync, --only-sync.
// See bench/README.md.

import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import {
	cpus,
	freemem,
	loadavg,
	totalmem,
	tmpdir,
	type as osType,
	release as osRelease
} from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
import { generateJournal, rowCounts } from './journal.js';
import { busyWarning, loadNow } from './machineLoad.js';
import { median } from './median.js';
import { startServer, stopServer } from './server.js';
import { syncFigures } from './sync.js';

const argv = process.argv.slice(2);
const option = (/** @type {string} */ name) =>
	argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
// 4190 would be next, but browsers and fetch refuse it (the blocked "sieve" port).
const port = Number(option('port') ?? 4191);
const origin = `http://localhost:${port}`;
const checking = argv.includes('--check');
const runs = Number(option('runs') ?? 5);
const sizes = (option('years') ?? '1,3,10').split(',').map(Number);
const syncYears = Number(option('sync-years') ?? Math.max(...sizes));
const syncRuns = Number(option('sync-runs') ?? Math.min(runs, 3));
const measuringSync = !argv.includes('--no-sync');
const onlySync = argv.includes('--only-sync');
const seed = 20_261_125;

/** The budgets (issues 8 and 14); each names the figure it reads and its limit. */
const budgets = {
	insightsOverFloor: 1.5,
	/** The 10-year import over a raw IndexedDB put of the same rows, both in the same page. */
	importOverRawPut: 1.5,
	coldStartMs: 1000,
	/** Scripts fetched before Today's check-in form works (Dexie may follow). */
	todayJsBeforeUsableBytes: 60 * 1024,
	/** Every script of Today's load, the parts loaded right after the form included. */
	todayJsBytes: 100 * 1024,
	historyRows: 400,
	// Issue 13, as ratios to the import of the same journal in the same run.
	uploadOverImport: 3,
	downloadOverImport: 3,
	entryMs: 2000
};

/** @param {string} command @param {string[]} args */
function run(command, args) {
	const result = spawnSync(command, args, { stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** @param {import('@playwright/test').Browser} browser */
function newContext(browser, serviceWorkers = /** @type {'allow' | 'block'} */ ('allow')) {
	return browser.newContext({
		locale: 'en-GB',
		// The generated journal's days are UTC days.
		timezoneId: 'UTC',
		serviceWorkers,
		viewport: { width: 412, height: 915 },
		storageState: {
			cookies: [],
			origins: [{ origin, localStorage: [{ name: 'unknot.welcomeDone', value: '1' }] }]
		}
	});
}

/**
 * Chooses the file on Settings and restores it; times the check (file chosen until the summary
 * shows) and the write (Restore pressed until "Restored:"), both measured inside the page.
 * @param {import('@playwright/test').Page} page @param {string} file
 */
async function importJournal(page, file) {
	await page.goto(`${origin}/settings`);
	const field = page.getByLabel('Backup file');
	await field.waitFor();
	await page.waitForFunction(() => {
		const input = document.querySelector('#restore-file');
		return input instanceof HTMLInputElement && !input.disabled;
	});
	await page.evaluate(() => {
		const times = /** @type {Record<string, number>} */ ({});
		Object.assign(window, { benchTimes: times });
		document
			.querySelector('#restore-file')
			?.addEventListener('change', () => (times.chosen = performance.now()), { capture: true });
		document.addEventListener('submit', () => (times.restoreStart = performance.now()), {
			capture: true
		});
		new MutationObserver(() => {
			const text = document.body.textContent ?? '';
			if (!times.checked && text.includes('Nothing has changed yet')) {
				times.checked = performance.now();
			}
			if (!times.restored && /Restored: \d/.test(text)) times.restored = performance.now();
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	await field.setInputFiles(file);
	await page.getByText(/Nothing has changed yet/).waitFor({ timeout: 120_000 });
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await page
		.getByRole('status')
		.filter({ hasText: /^Restored: / })
		.waitFor({ timeout: 300_000 });
	const times = await page.evaluate(() => /** @type {any} */ (window).benchTimes);
	return { checkMs: times.checked - times.chosen, restoreMs: times.restored - times.restoreStart };
}

/**
 * The floor of an import: the same rows written with the raw IndexedDB API in one transaction,
 * in the same page right after the import, into a database with the journal's own stores and
 * indexes (copied from the one just restored). Only the transaction is timed, not the reading of
 * the file; the raw database is deleted afterwards.
 * @param {import('@playwright/test').Page} page @param {string} file
 */
async function rawPut(page, file) {
	const address = `${origin}/bench-journal.json`;
	await page.route(address, (route) =>
		route.fulfill({ path: file, contentType: 'application/json' })
	);
	try {
		return await page.evaluate(async (url) => {
			const backup = await (await fetch(url)).json();
			/** @template T @param {IDBRequest<T>} request @returns {Promise<T>} */
			const done = (request) =>
				new Promise((resolve, reject) => {
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
			const journal = await done(indexedDB.open('unknot'));
			const stores = [...journal.objectStoreNames]
				.filter((name) => name in backup.tables)
				.map((name) => {
					const store = journal.transaction(name).objectStore(name);
					return {
						name,
						keyPath: store.keyPath,
						indexes: [...store.indexNames].map((indexName) => {
							const index = store.index(indexName);
							return {
								name: indexName,
								keyPath: index.keyPath,
								unique: index.unique,
								multiEntry: index.multiEntry
							};
						})
					};
				});
			journal.close();
			const rawName = 'unknot-bench-raw';
			await done(indexedDB.deleteDatabase(rawName));
			const opening = indexedDB.open(rawName, 1);
			opening.onupgradeneeded = () => {
				for (const store of stores) {
					const created = opening.result.createObjectStore(store.name, { keyPath: store.keyPath });
					for (const index of store.indexes) {
						created.createIndex(index.name, index.keyPath, {
							unique: index.unique,
							multiEntry: index.multiEntry
						});
					}
				}
			};
			const raw = await done(opening);
			const started = performance.now();
			await new Promise((resolve, reject) => {
				const transaction = raw.transaction(
					stores.map((store) => store.name),
					'readwrite'
				);
				for (const store of stores) {
					const target = transaction.objectStore(store.name);
					for (const row of backup.tables[store.name]) target.put(row);
				}
				transaction.oncomplete = resolve;
				transaction.onerror = () => reject(transaction.error);
				transaction.onabort = () => reject(transaction.error);
			});
			const elapsed = performance.now() - started;
			raw.close();
			await done(indexedDB.deleteDatabase(rawName));
			return elapsed;
		}, address);
	} finally {
		await page.unroute(address);
	}
}

/** @param {import('@playwright/test').Page} page */
async function waitForServiceWorker(page) {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (registration.active?.state !== 'activated') {
			await new Promise((done) =>
				registration.active?.addEventListener('statechange', () => done(undefined))
			);
		}
	});
	if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
	await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

/**
 * Insights on "All" (a radio since the shared range choice) until its chart is drawn, then, in the same page, the raw read of every
 * row of the tables Insights reads (src/lib/db/insights.ts): dayRollups and sessions.
 * @param {import('@playwright/test').Page} page
 */
async function insightsAll(page) {
	await page.goto(`${origin}/insights`);
	const all = page.getByRole('radio', { name: 'All', exact: true });
	await all.waitFor();
	await page.waitForFunction(() => performance.getEntriesByName('insights:ready').length > 0);
	await page.evaluate(() => {
		performance.clearMarks('insights:ready');
		document.addEventListener(
			'click',
			() => Object.assign(window, { benchAllPressed: performance.now() }),
			{ capture: true, once: true }
		);
	});
	await all.check();
	await page.waitForFunction(
		() => performance.getEntriesByName('insights:ready').length > 0,
		null,
		{
			timeout: 120_000
		}
	);
	const { readyAt, pressedAt } = await page.evaluate(() => ({
		readyAt: performance.getEntriesByName('insights:ready')[0]?.startTime ?? 0,
		pressedAt: /** @type {{ benchAllPressed: number }} */ (/** @type {unknown} */ (window))
			.benchAllPressed
	}));
	/** Milliseconds to getAll every row of `names` in one read transaction, in this page. */
	const readAll = (/** @type {string[]} */ names) =>
		page.evaluate(
			(stores) =>
				new Promise((resolve, reject) => {
					const request = indexedDB.open('unknot');
					request.onerror = () => reject(request.error);
					request.onsuccess = () => {
						const db = request.result;
						const started = performance.now();
						const transaction = db.transaction(stores, 'readonly');
						for (const name of stores) transaction.objectStore(name).getAll();
						transaction.oncomplete = () => {
							db.close();
							resolve(performance.now() - started);
						};
						transaction.onerror = () => reject(transaction.error);
					};
				}),
			names
		);
	// The floor: every row Insights summarises, read raw; then what it really reads.
	const floorMs = await readAll(['painEntries', 'sessions', 'dailyChecks', 'bodyMarks']);
	const readTablesMs = await readAll(['dayRollups', 'sessions']);
	return {
		insightsMs: readyAt - pressedAt,
		floorMs: /** @type {number} */ (floorMs),
		readTablesMs: /** @type {number} */ (readTablesMs)
	};
}

/**
 * History: open it, jump to the oldest day, scroll to the end with the wheel, then scroll back
 * down from the newest days; the most entry rows seen in the page at any step is reported.
 * @param {import('@playwright/test').Page} page @param {string} oldestDay
 */
async function history(page, oldestDay) {
	const started = Date.now();
	await page.goto(`${origin}/history`);
	await page.locator('section.day').first().waitFor();
	const openMs = Date.now() - started;
	let mostRows = 0;
	const count = async () => {
		mostRows = Math.max(mostRows, await page.locator('li.entry').count());
	};
	await count();
	for (let step = 0; step < 40; step += 1) {
		await page.mouse.wheel(0, 4000);
		await page.waitForTimeout(50);
		await count();
	}
	await page.getByText('Filter, jump to a date, or log for another day').click();
	await page.getByLabel('Jump to date').fill(oldestDay);
	const jumped = Date.now();
	await page.getByRole('button', { name: 'Jump', exact: true }).click();
	await page.locator(`section.day[data-day="${oldestDay}"]`).waitFor();
	const jumpMs = Date.now() - jumped;
	await count();
	const end = page.getByText('That is the oldest entry.');
	for (let step = 0; step < 200 && !(await end.isVisible()); step += 1) {
		await page.mouse.wheel(0, 4000);
		await page.waitForTimeout(50);
		await count();
	}
	if (!(await end.isVisible())) throw new Error('History never reached the oldest entry');
	return { openMs, jumpMs, rowsInMemory: mostRows, ...(await historySearch(page)) };
}

/**
 * History's search by note, from Search pressed until the answer shows: a word in about one
 * note in six ("walk": a page of days from the newest rows) and a word in none ("sciatica":
 * every entry and session read, a chunk at a time). The rows shown after the first are counted
 * with History's.
 * @param {import('@playwright/test').Page} page
 */
async function historySearch(page) {
	await page.goto(`${origin}/history`);
	await page.locator('section.day').first().waitFor();
	const field = page.getByRole('searchbox', { name: 'Search your notes' });
	/**
	 * Milliseconds from the search's submit to the first text matching `answer`, both seen in
	 * the page (a MutationObserver), so the test driver's polling does not count.
	 * @param {string} text @param {string} answer a regular expression's source
	 */
	const timed = async (text, answer) => {
		await field.fill(text);
		await page.evaluate((pattern) => {
			const times = /** @type {Record<string, number>} */ ({});
			Object.assign(window, { benchSearch: times });
			document.addEventListener('submit', () => (times.started = performance.now()), {
				capture: true,
				once: true
			});
			const observer = new MutationObserver(() => {
				if (times.started && new RegExp(pattern).test(document.body.textContent ?? '')) {
					times.answered = performance.now();
					observer.disconnect();
				}
			});
			observer.observe(document.body, { subtree: true, childList: true, characterData: true });
		}, answer);
		await field.press('Enter');
		await page.waitForFunction(() => !!(/** @type {any} */ (window).benchSearch.answered), null, {
			timeout: 120_000
		});
		return page.evaluate(() => {
			const times = /** @type {any} */ (window).benchSearch;
			return times.answered - times.started;
		});
	};
	// The end of the list shows once the first page of results is in.
	const foundMs = await timed('walk', 'Show more results|No more results\\.');
	const foundRows = await page.locator('li.entry, li.session').count();
	const nowhereMs = await timed('sciatica', 'Nothing found for “sciatica”');
	return { searchFoundMs: foundMs, searchNowhereMs: nowhereMs, searchRows: foundRows };
}

/**
 * Offline cold start: with the service worker installed, every page closed and the worker
 * stopped, a new page opens Today; the time is navigation start to `today:ready`.
 * @param {import('@playwright/test').BrowserContext} context
 */
async function coldStart(context) {
	await context.setOffline(true);
	const blank = await context.newPage();
	for (const page of context.pages()) if (page !== blank) await page.close();
	const session = await context.newCDPSession(blank);
	await session.send('ServiceWorker.enable');
	await session.send('ServiceWorker.stopAllWorkers');
	await session.detach();
	const page = await context.newPage();
	await blank.close();
	await page.goto(`${origin}/`);
	await page.waitForFunction(() => performance.getEntriesByName('today:ready').length > 0);
	const readyMs = await page.evaluate(
		() => performance.getEntriesByName('today:ready')[0]?.startTime ?? 0
	);
	const fromCache = await page.evaluate(() => !!navigator.serviceWorker.controller);
	await page.close();
	if (!fromCache) throw new Error('Today did not load from the service worker');
	return readyMs;
}

/** Gzip size of every built script, by its path on the server. */
async function gzipSizes() {
	const sizes = new Map();
	const list = spawnSync('find', ['build/_app', '-name', '*.js'], { encoding: 'utf8' });
	for (const file of list.stdout.trim().split('\n')) {
		const bytes = await readFile(file);
		sizes.set(file.slice('build'.length), {
			gzip: gzipSync(bytes, { level: 9 }).length,
			chart: bytes.includes('borderCapStyle')
		});
	}
	return sizes;
}

/**
 * The scripts a load of each screen fetches with the HTTP cache disabled and no service worker,
 * summed as the gzip size of the built files; Insights needs data to draw, so a journal is
 * restored first. For each screen: the whole load (until its ready mark, then until the network
 * is idle, so parts loaded right after count too) and the part requested before the mark.
 * @param {import('@playwright/test').Browser} browser @param {string} journalFile
 */
async function scriptsOfScreens(browser, journalFile) {
	const sizes = await gzipSizes();
	const context = await newContext(browser, 'block');
	await importJournal(await context.newPage(), journalFile);
	/** @param {string} path @param {string} mark */
	const measure = async (path, mark) => {
		const page = await context.newPage();
		const session = await context.newCDPSession(page);
		await session.send('Network.enable');
		await session.send('Network.setCacheDisabled', { cacheDisabled: true });
		await page.goto(`${origin}${path}`);
		await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
		await page.waitForLoadState('networkidle');
		// Resource timing says when each file was asked for, against the mark of the same page.
		const { readyAt, scripts } = await page.evaluate((name) => {
			const entries = /** @type {PerformanceResourceTiming[]} */ (
				performance.getEntriesByType('resource')
			);
			return {
				readyAt: performance.getEntriesByName(name)[0]?.startTime ?? 0,
				scripts: entries
					.map((entry) => ({ path: new URL(entry.name).pathname, startedAt: entry.startTime }))
					.filter((entry) => entry.path.endsWith('.js'))
			};
		}, mark);
		await page.close();
		const total = { files: 0, gzipBytes: 0, chartJs: false };
		const beforeReady = { files: 0, gzipBytes: 0 };
		/** @type {{ path: string, gzipBytes: number, beforeReady: boolean }[]} */
		const list = [];
		for (const script of scripts) {
			const size = sizes.get(script.path);
			if (!size) continue;
			list.push({
				path: script.path,
				gzipBytes: size.gzip,
				beforeReady: script.startedAt < readyAt
			});
			total.files += 1;
			total.gzipBytes += size.gzip;
			total.chartJs ||= size.chart;
			if (script.startedAt < readyAt) {
				beforeReady.files += 1;
				beforeReady.gzipBytes += size.gzip;
			}
		}
		// Each file, so a budget missed says which parts to look at.
		return { ...total, beforeReady, scripts: list };
	};
	try {
		return {
			today: await measure('/', 'today:ready'),
			insights: await measure('/insights', 'insights:ready')
		};
	} finally {
		await context.close();
	}
}

function machine() {
	const chromiumVersion = spawnSync(chromiumPath(), ['--version'], {
		encoding: 'utf8'
	}).stdout.trim();
	return {
		cpu: cpus()[0]?.model ?? 'unknown',
		cores: cpus().length,
		memoryGiB: Math.round(totalmem() / 2 ** 30),
		freeMemoryGiB: Math.round(freemem() / 2 ** 30),
		// Other work on the machine slows every figure: the 1, 5 and 15 minute load at the end.
		loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
		os: `${osType()} ${osRelease()}`,
		node: process.version,
		chromium: chromiumVersion
	};
}

/** @param {number} value */
const ms = (value) => Math.round(value);

async function main() {
	if (!argv.includes('--no-build')) run('npm', ['run', 'build']);
	const folder = await mkdtemp(join(tmpdir(), 'unknot-bench-'));
	const server = await startServer(port);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	try {
		const end = Date.now();
		/** @type {Record<string, any>} */ const bySize = {};
		/** @type {Record<string, any> | null} */ let sync = null;
		for (const years of sizes) {
			const journal = generateJournal({ years, end, seed });
			const file = join(folder, `journal-${years}y.json`);
			await writeFile(file, JSON.stringify(journal));
			if (measuringSync && years === syncYears) {
				const counts = rowCounts(journal);
				const samples = await syncFigures({
					browser,
					newContext: () => newContext(browser),
					importJournal,
					origin,
					file,
					rows: counts.total - (counts.settings ?? 0),
					runs: syncRuns
				});
				sync = {
					years,
					rows: counts.total,
					medians: Object.fromEntries(
						Object.entries(samples).map(([name, values]) => [name, median(values)])
					),
					samples
				};
			}
			if (onlySync) continue;
			const oldestDay = journal.tables.painEntries.map((row) => String(row.day)).sort()[0] ?? '';
			/** @type {Record<string, number[]>} */ const samples = {};
			const add = (/** @type {Record<string, number>} */ figures) => {
				for (const [name, value] of Object.entries(figures)) (samples[name] ??= []).push(value);
			};
			for (let index = 0; index < runs; index += 1) {
				const context = await newContext(browser);
				const page = await context.newPage();
				const imported = await importJournal(page, file);
				add({
					...imported,
					importMs: imported.checkMs + imported.restoreMs,
					rawPutMs: await rawPut(page, file)
				});
				await waitForServiceWorker(page);
				add(await insightsAll(page));
				add(await history(page, oldestDay));
				add({ coldStartMs: await coldStart(context) });
				// Not a figure of the app: how busy the machine was at the end of the run.
				add({ load: loadNow() });
				await context.close();
				process.stdout.write(`  ${years} y run ${index + 1}/${runs} done\n`);
			}
			bySize[`${years}y`] = {
				years,
				rows: rowCounts(journal),
				medians: Object.fromEntries(
					Object.entries(samples).map(([name, values]) => [name, median(values)])
				),
				samples
			};
		}
		const javascript = onlySync
			? null
			: await scriptsOfScreens(browser, join(folder, `journal-${sizes[0]}y.json`));
		const results = {
			date: new Date(end).toISOString(),
			machine: machine(),
			runsPerFigure: runs,
			seed,
			sizes: bySize,
			javascript,
			sync,
			budgets
		};
		if (onlySync) {
			report(results);
			return;
		}
		await writeFile('bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
		report(results);
		if (checking) process.exitCode = check(results) ? 0 : 1;
	} finally {
		await browser.close();
		stopServer(server);
		await rm(folder, { recursive: true, force: true });
	}
}

/**
 * The median over runs of one figure over another, each run's pair measured in the same page.
 * @param {any} size @param {string} figure @param {string} floor
 */
function ratio(size, figure, floor) {
	const values = size.samples[figure];
	const floors = size.samples[floor];
	return median(
		values.map((/** @type {number} */ value, /** @type {number} */ index) => value / floors[index])
	);
}

/** @param {any} size */
const insightsOverFloor = (size) => ratio(size, 'insightsMs', 'floorMs');

/** @param {any} size */
const importOverRawPut = (size) => ratio(size, 'importMs', 'rawPutMs');

/** @param {any} results */
function report(results) {
	const rows = Object.values(results.sizes).map((/** @type {any} */ size) => ({
		journal: `${size.years} y`,
		rows: size.rows.total,
		'check file ms': ms(size.medians.checkMs),
		'restore ms': ms(size.medians.restoreMs),
		'import ms': ms(size.medians.importMs),
		'raw put ms': ms(size.medians.rawPutMs),
		'import / raw put': Number(importOverRawPut(size).toFixed(2)),
		'cold start ms': ms(size.medians.coldStartMs),
		'insights all ms': ms(size.medians.insightsMs),
		'floor ms': ms(size.medians.floorMs),
		'insights / floor': Number(insightsOverFloor(size).toFixed(2)),
		'rollups+sessions read ms': ms(size.medians.readTablesMs),
		'history open ms': ms(size.medians.openMs),
		'history jump ms': ms(size.medians.jumpMs),
		'history rows': size.medians.rowsInMemory,
		'search found ms': ms(size.medians.searchFoundMs),
		'search nowhere ms': ms(size.medians.searchNowhereMs),
		'search rows': size.medians.searchRows,
		'load (median)': size.medians.load
	}));
	console.log(`\nMedians of ${results.runsPerFigure} runs, ${results.date}`);
	console.log(results.machine);
	console.table(rows);
	if (results.javascript) {
		const scripts = (/** @type {any} */ load) => ({
			files: load.files,
			'gzip bytes': load.gzipBytes,
			'before ready: files': load.beforeReady.files,
			'before ready: gzip bytes': load.beforeReady.gzipBytes,
			'Chart.js': load.chartJs
		});
		console.table({
			Today: scripts(results.javascript.today),
			Insights: scripts(results.javascript.insights)
		});
	}
	if (results.sync) {
		const { medians } = results.sync;
		console.log(`\nSync of the ${results.sync.years}-year journal on loopback (medians):`);
		console.table({
			[`${results.sync.years} y`]: {
				rows: results.sync.rows,
				'import ms': ms(medians.syncImportMs),
				'first upload ms': ms(medians.uploadMs),
				'upload / import': Number(uploadOverImport(results.sync).toFixed(2)),
				'download and apply ms': ms(medians.downloadMs),
				'download / import': Number(downloadOverImport(results.sync).toFixed(2)),
				'one entry A→B ms': ms(medians.entryMs)
			}
		});
	}
}

/** Run by run, the first upload over the import of the same run, then the median. @param {any} sync */
function uploadOverImport(sync) {
	const { uploadMs, syncImportMs } = sync.samples;
	return median(
		uploadMs.map(
			(/** @type {number} */ value, /** @type {number} */ index) => value / syncImportMs[index]
		)
	);
}

/** @param {any} sync */
function downloadOverImport(sync) {
	const { downloadMs, syncImportMs } = sync.samples;
	return median(
		downloadMs.map(
			(/** @type {number} */ value, /** @type {number} */ index) => value / syncImportMs[index]
		)
	);
}

/** @param {any} results @returns {boolean} whether every budget is met */
function check(results) {
	const ten = results.sizes['10y'];
	if (!ten) {
		console.error('The budgets are set on the 10-year journal: run with --years including 10.');
		return false;
	}
	const most = Math.max(
		...Object.values(results.sizes).flatMap((/** @type {any} */ size) => size.samples.rowsInMemory)
	);
	// Each verdict: its name, whether it is met, and whether it is a time (slowed by a busy machine).
	/** @type {[string, boolean, boolean][]} */
	const verdicts = [
		[
			`Insights "all" ≤ ${budgets.insightsOverFloor}× the floor`,
			insightsOverFloor(ten) <= budgets.insightsOverFloor,
			true
		],
		[
			`import of 10 years ≤ ${budgets.importOverRawPut}× a raw put of its rows`,
			importOverRawPut(ten) <= budgets.importOverRawPut,
			true
		],
		[
			`cold offline start < ${budgets.coldStartMs} ms`,
			ten.medians.coldStartMs < budgets.coldStartMs,
			true
		],
		[
			`Today's JavaScript before the form works ≤ ${budgets.todayJsBeforeUsableBytes} bytes gzip`,
			results.javascript.today.beforeReady.gzipBytes <= budgets.todayJsBeforeUsableBytes,
			false
		],
		[
			`Today's whole load ≤ ${budgets.todayJsBytes} bytes gzip`,
			results.javascript.today.gzipBytes <= budgets.todayJsBytes,
			false
		],
		['no Chart.js on Today', !results.javascript.today.chartJs, false],
		[`History holds ≤ ${budgets.historyRows} rows`, most <= budgets.historyRows, false]
	];
	if (results.sync) {
		verdicts.push(
			[
				`first sync upload ≤ ${budgets.uploadOverImport}× the import`,
				uploadOverImport(results.sync) <= budgets.uploadOverImport,
				true
			],
			[
				`first sync download and apply ≤ ${budgets.downloadOverImport}× the import`,
				downloadOverImport(results.sync) <= budgets.downloadOverImport,
				true
			],
			[
				`one entry A→B < ${budgets.entryMs} ms`,
				results.sync.medians.entryMs < budgets.entryMs,
				true
			]
		);
	} else {
		verdicts.push(['sync figures measured (run without --no-sync)', false, false]);
	}
	const busy = busyWarning(
		Object.values(results.sizes).flatMap((/** @type {any} */ size) => size.samples.load ?? [])
	);
	for (const [name, met, timed] of verdicts) {
		console.log(`${met ? 'PASS' : 'FAIL'}  ${name}${!met && timed && busy ? ' (busy)' : ''}`);
	}
	if (busy) console.log(busy);
	return verdicts.every(([, met]) => met);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
