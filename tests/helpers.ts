// Shared steps for the e2e specs.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Waits until the service worker controls the page, so later loads can come from its cache. */
export async function waitForServiceWorker(page: Page) {
	await page.waitForFunction(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.state === 'activated';
	});
	if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
		await page.reload();
	}
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

export const screens = [
	{ path: '/', heading: 'Today' },
	{ path: '/history', heading: 'History' },
	{ path: '/body', heading: 'Body' },
	{ path: '/release', heading: 'Release' },
	{ path: '/insights', heading: 'Insights' },
	{ path: '/settings', heading: 'Settings' }
] as const;

/**
 * Scrolls to the end of Today, where the plan card and the backup reminder load once they are
 * about to be seen, and waits until the plan card is there: after this, a reminder that is absent
 * is absent because it is not due, not because the end of the screen never loaded.
 */
export async function showEndOfToday(page: Page) {
	// Scrolled again until it shows: the cards above can still grow after a scroll (their reads
	// return late on a busy machine) and push the end out of reach again.
	await expect(async () => {
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await expect(page.getByRole('region', { name: 'Self-care today' })).toBeVisible({
			timeout: 2_000
		});
	}).toPass();
}

/** Sets a daily plan of the given routines before bed, from the Release screen. */
export async function setPlan(page: Page, routineNames: string[]) {
	await page.goto('/release');
	await page.getByRole('link', { name: 'Set a plan' }).click();
	for (const name of routineNames) await page.getByRole('checkbox', { name }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();
}

/**
 * Opens a screen from the main navigation and waits until it has replaced the one before. Until
 * then the old screen stays on show while the new one's code loads, and a row or button the two
 * screens share (Today's entries are History's rows too) would be found on the old one.
 */
export async function openScreen(page: Page, heading: (typeof screens)[number]['heading']) {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: heading }).click();
	await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Chooses a score on the "Pain now" scale and saves it: the two taps of a check-in. */
export async function checkIn(page: Page, score: number) {
	await page
		.getByRole('radiogroup', { name: 'Pain now' })
		.getByRole('radio', { name: new RegExp(`^${score},`) })
		.check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
}

/** Rows stored in one table, read with the raw IndexedDB API (what is really on disk). */
export async function storedRows(page: Page, table: string): Promise<Record<string, unknown>[]> {
	return page.evaluate(
		(name) =>
			new Promise<Record<string, unknown>[]>((resolve, reject) => {
				const request = indexedDB.open('unknot');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const read = db.transaction(name).objectStore(name).getAll();
					read.onsuccess = () => {
						db.close();
						resolve(read.result as Record<string, unknown>[]);
					};
					read.onerror = () => reject(read.error);
				};
			}),
		table
	);
}

/** A datetime-local value `days` from now, computed in the browser's own time zone. */
export async function localDateTime(page: Page, days: number): Promise<string> {
	return page.evaluate((offset) => {
		const date = new Date(Date.now() + offset * 86_400_000);
		const pad = (value: number) => String(value).padStart(2, '0');
		return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
	}, days);
}

/**
 * Marks the first-run welcome as done before the app loads, so specs about other screens
 * do not meet its dialog. Call before the first `page.goto`.
 */
export async function skipWelcome(page: Page) {
	await page.addInitScript(() => localStorage.setItem('unknot.welcomeDone', '1'));
}

/** How many times a pain chart finished drawing new points (PainChart marks each such render). */
export function chartsDrawn(page: Page): Promise<number> {
	return page.evaluate(() => performance.getEntriesByName('chart:rendered').length);
}

/** What the pain chart drew, read from its Chart.js instance (for the chart's own specs). */
export interface DrawnChart {
	/** The ids of its scales: one x and one y-axis. */
	scales: string[];
	labels: string[];
	/** Pixels, from the canvas's top left: the pain axis's zero and the plot's bottom. */
	zero: number;
	bottom: number;
	/** Where each dataset's points are, by the dataset's key (null: nothing that day). */
	points: Record<string, ({ x: number; y: number } | null)[]>;
	/** The clinic markers as the chart placed them. */
	markers: { x: number; width: number; lane: number; label: string; visits: number[] }[];
	/** The canvas's size in CSS pixels. */
	width: number;
	height: number;
	/** The tooltip's title and lines as last shown. */
	tooltip: { title: string[]; lines: string[] };
}

/**
 * Keeps Chart.js's class as `window.chartJs` for the probes below. Chart.js keeps its instances
 * to itself; its module, already loaded by the app, is imported again in the page (the same
 * module, not a second copy) to ask it.
 */
async function exposeChartJs(page: Page) {
	await page.evaluate(async () => {
		const found = window as unknown as { chartJs?: unknown };
		if (found.chartJs) return;
		const scripts = performance
			.getEntriesByType('resource')
			.map((entry) => entry.name)
			.filter((name) => name.endsWith('.js'));
		for (const script of scripts) {
			const module = (await import(/* @vite-ignore */ script)) as Record<string, unknown>;
			found.chartJs = Object.values(module).find(
				(value) =>
					typeof value === 'function' &&
					typeof (value as { getChart?: unknown }).getChart === 'function'
			);
			if (found.chartJs) return;
		}
		throw new Error('Chart.js is not loaded');
	});
}

interface ChartInstance {
	scales: Record<string, { getPixelForValue(value: number): number }>;
	chartArea: { bottom: number };
	data: { labels: string[]; datasets: { key: string; data: unknown[] }[] };
	getDatasetMeta(index: number): { data: { x: number; y: number }[] };
	options: { scales: { pain: { ticks: { color: string } } } };
	clinicMarkers?: DrawnChart['markers'];
	width: number;
	height: number;
	tooltip: { title?: string[]; body?: { lines: string[] }[] };
}

/** Reads the drawn pain chart from its Chart.js instance. */
export async function drawnChart(page: Page): Promise<DrawnChart> {
	await exposeChartJs(page);
	return page.evaluate(() => {
		const canvas = document.querySelector<HTMLCanvasElement>('canvas[aria-label^="Chart of pain"]');
		const { chartJs } = window as unknown as {
			chartJs: { getChart(canvas: HTMLCanvasElement | null): ChartInstance | undefined };
		};
		const chart = chartJs.getChart(canvas);
		if (!chart) throw new Error('No pain chart on the page');
		const points: DrawnChart['points'] = {};
		chart.data.datasets.forEach((dataset, index) => {
			points[dataset.key] = chart
				.getDatasetMeta(index)
				.data.map((element, position) =>
					dataset.data[position] === null ? null : { x: element.x, y: element.y }
				);
		});
		return {
			scales: Object.keys(chart.scales),
			labels: chart.data.labels,
			zero: chart.scales.pain!.getPixelForValue(0),
			bottom: chart.chartArea.bottom,
			points,
			markers: chart.clinicMarkers ?? [],
			width: chart.width,
			height: chart.height,
			tooltip: {
				title: chart.tooltip.title ?? [],
				lines: (chart.tooltip.body ?? []).flatMap((line) => line.lines)
			}
		};
	});
}

/**
 * Notes, when the page starts printing (after the app's own "beforeprint" has redrawn the chart),
 * the chart's width in CSS pixels and the colour of its axis text; `printedChart` reads them.
 */
export async function watchPrinting(page: Page) {
	await exposeChartJs(page);
	await page.evaluate(() => {
		addEventListener('beforeprint', () => {
			const canvas = document.querySelector<HTMLCanvasElement>(
				'canvas[aria-label^="Chart of pain"]'
			);
			const { chartJs } = window as unknown as {
				chartJs: { getChart(canvas: HTMLCanvasElement | null): ChartInstance | undefined };
			};
			const chart = chartJs.getChart(canvas);
			document.body.dataset.printedChart = JSON.stringify({
				width: chart?.width,
				text: chart?.options.scales.pain.ticks.color
			});
		});
	});
}

export async function printedChart(page: Page): Promise<{ width: number; text: string }> {
	return JSON.parse((await page.evaluate(() => document.body.dataset.printedChart)) ?? '{}') as {
		width: number;
		text: string;
	};
}

/**
 * Saves a picture of the page for the docs as `docs/<name>.png`, only when the run was asked to
 * (`UPDATE_SCREENSHOTS=1`), so an ordinary run never rewrites tracked files. The viewport is a
 * phone's unless given.
 */
export async function saveDocsScreenshot(
	page: Page,
	name: string,
	viewport = { width: 412, height: 860 }
) {
	if (process.env.UPDATE_SCREENSHOTS !== '1') return;
	await page.setViewportSize(viewport);
	await page.screenshot({ path: `docs/${name}.png` });
}

/**
 * Puts rows straight into the app's stored tables with the raw IndexedDB API, bypassing every
 * check: for rows the app itself would refuse. The app must have opened the journal already.
 */
export async function putRows(page: Page, tables: Record<string, unknown[]>) {
	await page.evaluate(
		(tables) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('unknot');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const writing = db.transaction(Object.keys(tables), 'readwrite');
					for (const [name, rows] of Object.entries(tables)) {
						for (const row of rows) writing.objectStore(name).put(row);
					}
					writing.oncomplete = () => {
						db.close();
						resolve();
					};
					writing.onerror = () => reject(writing.error);
				};
			}),
		tables
	);
}

/**
 * Saves the first page of a printed PDF for the docs as `docs/<name>.png`, only when asked
 * (`UPDATE_SCREENSHOTS=1`), with `pdftoppm` (Debian's poppler-utils).
 */
export async function saveDocsPdfPage(pdf: Buffer, name: string) {
	if (process.env.UPDATE_SCREENSHOTS !== '1') return;
	const folder = await mkdtemp(join(tmpdir(), 'unknot-pdf-'));
	try {
		await writeFile(join(folder, 'page.pdf'), pdf);
		execFileSync('pdftoppm', [
			'-png',
			'-r',
			'80',
			'-singlefile',
			join(folder, 'page.pdf'),
			`docs/${name}`
		]);
	} finally {
		await rm(folder, { recursive: true });
	}
}

/**
 * Opens the journal at a higher version from `page`, as a newer Unknot in another tab would;
 * resolves with that version once it is open (and closed again).
 */
export async function openNewerVersion(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const probe = indexedDB.open('unknot');
				probe.onsuccess = () => {
					const version = probe.result.version;
					probe.result.close();
					const request = indexedDB.open('unknot', version + 10);
					request.onsuccess = () => {
						request.result.close();
						resolve(version + 10);
					};
					request.onerror = () => reject(request.error);
				};
			})
	);
}
