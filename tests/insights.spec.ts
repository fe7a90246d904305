import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page, Response } from '@playwright/test';
import { seedVersionOneMonth } from './versionOneJournal';
import { chartsDrawn, checkIn, waitForServiceWorker } from './helpers';

// A string in Chart.js that survives minification: finding it in a script means Chart.js loaded.
const chartMarker = "can't acquire context from the given item";

/**
 * Writes a month of journal at schema version 1 before the app first opens it, so the app's
 * upgrade to version 2 has to build every day's rollup from these rows. Over the 30 days ending
 * today:
 * - pain: two entries a day, scores 3 + (i % 5) and 5 + (i % 4), except days with i % 7 = 3;
 * - a release session with pain 6 before and 4 after on even days;
 * - acupuncture on days 5, 12, 19 and 26; a marked piriformis every third day.
 */
function seedMonth(page: Page) {
	return seedVersionOneMonth(page, ({ moment, row }) => {
		const entries = [];
		const sessions = [];
		const marks = [];
		for (let index = 0; index < 30; index += 1) {
			if (index % 7 !== 3) {
				for (const [hour, score] of [
					[8, 3 + (index % 5)],
					[20, 5 + (index % 4)]
				] as const) {
					entries.push({
						...row(`entry-${index}-${hour}`, moment(index, hour)),
						score,
						note: '',
						tags: [],
						redFlags: null
					});
				}
			}
			const session = {
				routineId: 'glutes',
				routineName: 'Glutes on the wall',
				treatment: null,
				regionIds: ['piriformis'],
				sides: ['left'],
				spotsPlanned: 2,
				spotsDone: 2,
				holdSeconds: 90,
				endAt: null,
				painBefore: 6,
				painAfter: 4,
				note: '',
				status: 'finished'
			};
			if (index % 2 === 0) {
				sessions.push({
					...row(`session-${index}`, moment(index, 19)),
					kind: 'release',
					...session
				});
			}
			if ([5, 12, 19, 26].includes(index)) {
				sessions.push({
					...row(`clinic-${index}`, moment(index, 11)),
					...session,
					kind: 'clinic',
					treatment: 'acupuncture',
					routineId: null,
					routineName: 'Acupuncture',
					regionIds: [],
					holdSeconds: 0,
					painBefore: null,
					painAfter: null
				});
			}
			if (index % 3 === 0) {
				marks.push({
					...row(`mark-${index}`, moment(index, 8)),
					entryId: `entry-${index}-8`,
					regionId: 'piriformis',
					side: 'left',
					intensity: 6,
					sensations: ['ache'],
					pathId: null,
					pathIndex: null
				});
			}
		}
		return { painEntries: entries, sessions, bodyMarks: marks };
	});
}

test('draws a month of pain and self-care, with a table of the same numbers, and switches range offline', async ({
	page,
	context
}) => {
	await seedMonth(page);
	await page.goto('/insights');
	await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
	const ranges = page.getByRole('group', { name: 'Range' });
	await expect(ranges.getByRole('radio', { name: '30 days' })).toBeChecked();

	const chart = page.locator('canvas[aria-label^="Chart of pain"]');
	await expect(chart).toBeVisible();
	await expect.poll(() => chartsDrawn(page)).toBeGreaterThan(0);

	// 30 days minus the 4 with i % 7 = 3; 15 sessions on even days; 4 acupuncture visits.
	const summary = page.locator('#chart-summary');
	await expect(summary).toContainText('Over the last 30 days (30 days): pain logged on 26 days');
	await expect(summary).toContainText('15 release or stretching sessions');
	await expect(summary).toContainText('4 acupuncture visits');
	await expect(summary).toContainText('highest score 8');
	const summaryText = (await summary.textContent()) ?? '';
	const average = /averaging (\d+\.\d)/.exec(summaryText)?.[1];
	expect(average).toBeDefined();

	await page.getByRole('button', { name: 'Show as table' }).click();
	const table = page.getByRole('table', { name: 'Pain and self-care by day' });
	await expect(table).toBeVisible();
	const footer = table.getByRole('row', { name: /Whole range/ });
	await expect(footer.getByRole('cell')).toHaveText([average!, '—', '8', '15', '4 acupuncture']);
	// One row a day with something logged: 26 with pain, and the gap days 10 and 24 (even) with
	// a session only.
	await expect(table.locator('tbody tr')).toHaveCount(28);

	await expect(page.getByRole('heading', { name: 'Does it help?' })).toBeVisible();
	await expect(page.getByText(/^Your weekly average (fell|rose|stayed)/)).toBeVisible();
	await expect(
		page.getByText(/^Glutes on the wall: pain 6\.0 before and 4\.0 after/)
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Where' })).toBeVisible();
	await expect(page.getByText('Piriformis')).toBeVisible();
	await expect(page.getByText('Targeted by Glutes on the wall (15 sessions).')).toBeVisible();
	const audit = await new AxeBuilder({ page }).include('main').analyze();
	expect(audit.violations.map((violation) => violation.id)).toEqual([]);

	await waitForServiceWorker(page);
	await expect(chart).toBeVisible();
	await context.setOffline(true);
	const before = await chartsDrawn(page);
	await ranges.getByRole('radio', { name: '7 days' }).check();
	await expect(ranges.getByRole('radio', { name: '7 days' })).toBeChecked();
	await expect(summary).toContainText('Over the last 7 days (7 days)');
	await expect.poll(() => chartsDrawn(page)).toBeGreaterThan(before);
	// "Does it help?" and "Where" follow the range once its chart is drawn: sessions on days
	// 24, 26 and 28 of the month.
	await expect(
		page.getByText(/^Glutes on the wall: not enough data yet \(3 sessions on 3 days;/)
	).toBeVisible();
	await expect(page.getByText('Targeted by Glutes on the wall (3 sessions).')).toBeVisible();
	await ranges.getByRole('radio', { name: 'All' }).check();
	await expect(summary).toContainText('pain logged on 26 days');
	await expect(page.getByText('Targeted by Glutes on the wall (15 sessions).')).toBeVisible();
});

test('Today never loads Chart.js; Insights does', async ({ page }) => {
	await seedMonth(page);
	const scripts: Response[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response);
	});
	const loadedChartJs = async () => {
		const texts = await Promise.all(scripts.map((response) => response.text()));
		return texts.some((text) => text.includes(chartMarker));
	};

	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(scripts.length).toBeGreaterThan(0);
	expect(await loadedChartJs()).toBe(false);

	// A check-in on Today reaches Insights through the rollups kept on every write.
	await checkIn(page, 10);
	await expect(
		page
			.getByRole('region', { name: "Today's entries" })
			.getByText('Pain 10, Worst pain imaginable')
	).toBeAttached();
	expect(await loadedChartJs()).toBe(false);

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Insights' })
		.click();
	await expect(page.locator('canvas[aria-label^="Chart of pain"]')).toBeVisible();
	await expect.poll(() => chartsDrawn(page)).toBeGreaterThan(0);
	expect(await loadedChartJs()).toBe(true);
	await expect(page.locator('#chart-summary')).toContainText('highest score 10');
});

test('an empty journal gets a way to Today instead of a chart', async ({ page }) => {
	await page.goto('/insights');
	await expect(page.getByRole('heading', { name: 'Nothing to show yet' })).toBeVisible();
	await expect(page.locator('canvas')).toHaveCount(0);
	await page.getByRole('link', { name: 'Log your pain on Today' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('reads in the dark theme', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
	await seedMonth(page);
	await page.goto('/insights');
	await expect(page.locator('canvas[aria-label^="Chart of pain"]')).toBeVisible();
	await expect.poll(() => chartsDrawn(page)).toBeGreaterThan(0);
	await page.getByRole('button', { name: 'Show as table' }).click();
	const audit = await new AxeBuilder({ page }).include('main').analyze();
	expect(audit.violations.map((violation) => violation.id)).toEqual([]);
});
