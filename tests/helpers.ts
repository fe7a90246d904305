// Shared steps for the e2e specs.
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

/** How many times the pain chart finished drawing (PainChart marks each completed render). */
export function chartsDrawn(page: Page): Promise<number> {
	return page.evaluate(() => performance.getEntriesByName('chart:rendered').length);
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
