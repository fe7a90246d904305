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
	await expect(summary).toContainText('Over the last 30 days: pain logged on 26 days');
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

	await expect(page.getByRole('heading', { name: 'Pain and self-care together' })).toBeVisible();
	await expect(page.getByText(/^Your weekly average (fell|rose|stayed)/)).toBeVisible();
	await expect(
		page.getByText(
			/^Glutes on the wall: pain from 6\.0 before to 4\.0 after, over 15 sessions on 15 days/
		)
	).toBeVisible();
	// Without a plan there is nothing before or since it to compare.
	await expect(page.getByRole('heading', { name: 'Before and since your plan' })).toHaveCount(0);
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
	await expect(summary).toContainText('Over the last 7 days: ');
	await expect.poll(() => chartsDrawn(page)).toBeGreaterThan(before);
	// The statements and "Where" follow the range once its chart is drawn: sessions on days
	// 24, 26 and 28 of the month, too few for a likely range of the change.
	await expect(
		page.getByText(
			/^Glutes on the wall: pain from 6\.0 before to 4\.0 after, over 3 sessions on 3 days\. How sure/
		)
	).toBeVisible();
	await expect(page.getByText('Targeted by Glutes on the wall (3 sessions).')).toBeVisible();
	await ranges.getByRole('radio', { name: 'All' }).check();
	await expect(summary).toContainText('pain logged on 26 days');
	await expect(page.getByText('Targeted by Glutes on the wall (15 sessions).')).toBeVisible();
});

/**
 * Six weeks of journal, 19 October to 29 November 2026, seen on Monday 30 November at 07:00
 * (London, so the clocks going back on 25 October fall inside it). A plan of Glutes on the wall
 * every day began on Monday 2 November, with Sunday 15 November a rest day: 27 planned days, 17
 * kept (6 of 7 in the first week, 2 of 6, 6 of 7, then 3 of 7). Two pain scores a day around a
 * weekly level (6.4 and 6.1 before the plan; 4.4, 5.7, 4.1 and 5.3 in its weeks) with a fixed
 * day-to-day pattern; a release session with pain before and after on each kept day, a
 * stretching session on most other days, and acupuncture on eight days.
 */
function seedSixWeeksWithPlan(page: Page) {
	return seedVersionOneMonth(page, ({ moment, row }) => {
		// Index 0 is 1 November (29 days before 30 November); 19 October is index −13.
		const kept = [2, 3, 4, 5, 6, 7, 10, 13, 16, 17, 18, 20, 21, 22, 23, 26, 28];
		const levels = [6.4, 6.1, 4.4, 5.7, 4.1, 5.3];
		const pattern = [0, 2, -1, 1, -2, 0, 1, -1, 2, 0, -2, 1, -1, 0];
		const clinicDays = [-10, -3, 4, 8, 11, 15, 22, 25];
		const entries = [];
		const sessions = [];
		const session = {
			treatment: null,
			regionIds: ['piriformis'],
			sides: ['left'],
			spotsPlanned: 2,
			spotsDone: 2,
			holdSeconds: 90,
			endAt: null,
			note: '',
			status: 'finished'
		};
		for (let day = 0; day < 42; day += 1) {
			const index = day - 13;
			const level = levels[Math.floor(day / 7)]!;
			const clamp = (score: number) => Math.max(0, Math.min(10, Math.round(score)));
			const morning = clamp(level + pattern[day % 14]!);
			const evening = clamp(level - 0.5 + pattern[(day * 3 + 5) % 14]! / 2);
			for (const [hour, score] of [
				[8, morning],
				[21, evening]
			] as const) {
				entries.push({
					...row(`entry-${day}-${hour}`, moment(index, hour)),
					score,
					note: '',
					tags: [],
					redFlags: null
				});
			}
			const date = index + 1;
			if (index >= 1 && kept.includes(date)) {
				sessions.push({
					...row(`glutes-${day}`, moment(index, 20)),
					...session,
					kind: 'release',
					routineId: 'release-glutes',
					routineName: 'Glutes on the wall',
					painBefore: evening + 1,
					painAfter: Math.max(0, evening - 1 - (day % 3 === 0 ? 1 : 0))
				});
			} else if (day % 4 !== 1) {
				sessions.push({
					...row(`stretch-${day}`, moment(index, 18)),
					...session,
					kind: 'stretch',
					routineId: 'stretch-piriformis',
					routineName: 'Piriformis stretch',
					painBefore: null,
					painAfter: null
				});
			}
			if (clinicDays.includes(index)) {
				sessions.push({
					...row(`clinic-${day}`, moment(index, 11)),
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
		}
		const started = moment(1, 8);
		const plan = {
			id: 'plan-glutes',
			createdAt: started,
			updatedAt: started,
			deletedAt: null,
			routineIds: ['release-glutes'],
			schedule: { type: 'weekdays', weekdays: [0, 1, 2, 3, 4, 5, 6] },
			preferredTime: 'before-bed',
			active: true
		};
		const rest = { ...row('rest-15', moment(14, 12)), planId: 'plan-glutes' };
		return { painEntries: entries, sessions, plans: [plan], restDays: [rest] };
	});
}

test('a plan kept on 17 of 27 planned days gets comparisons with numbers', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-11-30T07:00:00Z'));
	await seedSixWeeksWithPlan(page);
	await page.goto('/insights');
	await expect(page.locator('canvas[aria-label^="Chart of pain"]')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Before and since your plan' })).toBeVisible();
	await expect(page.getByText(/^Your plan started on 2 Nov 2026\./)).toBeVisible();

	// The 14 days before the plan (19 October to 1 November) against its 28 days.
	await expect(
		page.getByText(
			/^Since your plan started, pain averaged \d\.\d \(28 days\), against \d\.\d in the 4 weeks before it started \(14 days\): \d\.\d points lower, likely between \d\.\d and \d\.\d lower\./
		)
	).toBeVisible();
	// Weeks of 2 and 16 November (6 of 7) against those of 9 (2 of 6) and 23 November (3 of 7).
	await expect(
		page.getByText(
			/^In weeks with at least 3 in 4 planned days done \(2 weeks\), pain averaged \d\.\d \(14 days\), against \d\.\d in weeks with half or fewer done \(2 weeks, 14 days\): \d\.\d points? lower, likely between /
		)
	).toBeVisible();
	await expect(
		page.getByText(
			/^Glutes on the wall: pain from \d\.\d before to \d\.\d after, over 17 sessions on 17 days: \d\.\d points lower, likely between /
		)
	).toBeVisible();
	// Only 10 planned days without it: one sentence, not four lines of counts.
	await expect(
		page.getByText(
			'Comparing planned days with and without your plan needs at least 14 days of each; so far there are 17 with and 10 without.'
		)
	).toBeVisible();
	await expect(page.getByText(/95% interval|such days/)).toHaveCount(0);
	const audit = await new AxeBuilder({ page }).include('main').analyze();
	expect(audit.violations.map((violation) => violation.id)).toEqual([]);
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
