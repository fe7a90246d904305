import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { seedVersionOneMonth } from './versionOneJournal';
import { seedSixWeeks } from './sixWeekJournal';
import { chartsDrawn, drawnChart, printedChart, saveDocsPdfPage, watchPrinting } from './helpers';

/**
 * Writes a month of journal at schema version 1 before the app first opens it (the app's upgrade
 * builds the rollups from these rows). Over the 30 days ending today, day i = 0 … 29:
 * - one pain entry at 09:00 scored 2 + (i % 5), except days with i % 5 = 4 (24 days, scores 2–5);
 * - day 10's entry answered "yes" to the fever question; day 12's has a note with markup in it;
 * - PEG checks on day 0 (6, 6, 6) and day 28 (3, 3, 4);
 * - a 120-second "release-glutes" session (kept under an older name) on even days, pain 6
 *   before and 4 after, under a daily plan of that routine made on day 0;
 * - acupuncture on days 5, 12, 19 and 26; the left deep glute marked on every third day's entry
 *   that exists.
 */
function seedMonth(page: Page) {
	return seedVersionOneMonth(page, ({ moment, row }) => {
		const entries = [];
		const sessions = [];
		const marks = [];
		for (let index = 0; index < 30; index += 1) {
			if (index % 5 !== 4) {
				entries.push({
					...row(`entry-${index}`, moment(index, 9)),
					score: 2 + (index % 5),
					note: index === 12 ? '<b>stiff</b> after gardening' : '',
					tags: [],
					redFlags: index === 10 ? { 'fever-unwell': true, trauma: false } : null
				});
				if (index % 3 === 0) {
					marks.push({
						...row(`mark-${index}`, moment(index, 9)),
						entryId: `entry-${index}`,
						regionId: 'left-deep-glute',
						side: 'left',
						intensity: 6,
						sensations: ['ache'],
						pathId: null,
						pathIndex: null
					});
				}
			}
			const session = {
				routineId: 'release-glutes',
				routineName: 'Glutes on the wall',
				treatment: null,
				regionIds: ['left-deep-glute'],
				sides: ['left'],
				spotsPlanned: 2,
				spotsDone: 2,
				holdSeconds: 120,
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
		}
		const planAt = moment(0, 8);
		const plans = [
			{
				id: 'plan-1',
				createdAt: planAt,
				updatedAt: planAt,
				deletedAt: null,
				routineIds: ['release-glutes'],
				schedule: { type: 'weekdays', weekdays: [0, 1, 2, 3, 4, 5, 6] },
				preferredTime: '20:00',
				active: true
			}
		];
		const dailyChecks = [
			{ ...row('check-0', moment(0, 10)), pain: 6, enjoyment: 6, activity: 6 },
			{ ...row('check-28', moment(28, 10)), pain: 3, enjoyment: 3, activity: 4 }
		];
		return { painEntries: entries, sessions, bodyMarks: marks, plans, dailyChecks };
	});
}

const figure = (page: Page, term: string) =>
	page
		.locator('dl div')
		.filter({ has: page.getByText(term, { exact: true }) })
		.locator('dd');

test('reports a month with hand-computed numbers, the chart, the heat map and red flags; notes only on request', async ({
	page
}) => {
	await seedMonth(page);
	await page.goto('/settings');
	await page.getByRole('link', { name: 'Open the clinician report' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Pain and self-care report' })
	).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Last 30 days' })).toBeChecked();

	// 24 days with scores 2, 3, 4 and 5 six times each: mean 3.5, worst 5.
	await expect(figure(page, 'Days with entries')).toHaveText('24 of 30');
	await expect(figure(page, 'Mean pain (0–10)')).toHaveText('3.5');
	await expect(figure(page, 'Worst score')).toHaveText('5');
	// One weekly average, in the figure and the sentence: the first week with data (days 0–6)
	// 19 / 6 = 3.2; the last (days 23–29, day 24 empty) 23 / 6 = 3.8.
	await expect(figure(page, 'Weekly average, first → last week')).toHaveText('3.2 → 3.8');
	await expect(
		page.getByText(/^Your weekly average rose from 3\.2 to 3\.8: a small change/)
	).toBeVisible();

	// PEG: (6 + 6 + 6) / 3 on day 0 and (3 + 3 + 4) / 3 on day 28.
	await expect(page.getByText(/^First 6\.0 \(.+\), last 3\.3 \(.+\)\.$/)).toBeVisible();
	const pegRows = page.getByRole('table', { name: 'PEG by week' }).locator('tbody tr');
	await expect(pegRows).toHaveCount(5);
	await expect(pegRows.first().locator('td')).toHaveText(['1', '6.0']);
	await expect(pegRows.nth(4).locator('td')).toHaveText(['1', '3.3']);

	const chart = page.locator('canvas[aria-label^="Chart of pain"]');
	await expect(chart).toBeVisible();
	await expect.poll(() => chartsDrawn(page)).toBeGreaterThan(0);
	await expect(page.locator('#chart-summary')).toContainText('4 acupuncture visits');

	// The heat map colours the marked region; the list names it: days 0, 3, 6, … without day 9,
	// 24 (no entry): 0, 3, 6, 12, 15, 18, 21, 27 = 8 marks.
	await expect(page.locator('.heat-map .region.heated')).toHaveCount(1);
	await expect(
		page.getByText('Left deep glute (piriformis): 8 times, mean intensity 6.0')
	).toBeVisible();

	// 15 even-day sessions of 2 minutes each, 6 before and 4 after, named as the catalogue names
	// the routine now; the daily plan was due on all 30 days and done on the 15.
	const routine = page.getByRole('row', { name: /Glute release/ });
	await expect(routine.locator('td')).toHaveText([
		'15',
		'30.0',
		'6.0 → 4.0 (n = 15)',
		'15 of 30 (50%)'
	]);
	await expect(
		page.getByText('Plan: 15 of 30 planned days done in full (50%). Rest days left out.')
	).toBeVisible();
	await expect(page.getByText(/^In the 3 days after acupuncture \(4 visits\)/)).toBeVisible();

	const flags = page.getByRole('region', { name: 'Red flags' });
	await expect(
		flags.getByText('The red-flag questions were asked after 1 check-in:')
	).toBeVisible();
	await expect(flags.getByRole('listitem')).toHaveCount(1);
	await expect(flags.getByRole('listitem')).toContainText(
		'answered yes to: Fever, or feeling very unwell, together with the back pain?'
	);

	await expect(page.getByRole('heading', { name: 'Notes' })).toHaveCount(0);
	await expect(page.getByText('after gardening')).toHaveCount(0);
	await page.getByRole('checkbox', { name: 'Include notes' }).check();
	const notes = page.getByRole('region', { name: 'Notes' });
	await expect(notes.getByRole('row')).toHaveCount(2);
	// The note's markup is shown as typed, never rendered.
	await expect(notes.getByRole('cell', { name: '<b>stiff</b> after gardening' })).toBeVisible();
	await expect(notes.locator('b')).toHaveCount(0);

	// The name is kept for next time.
	await page.getByLabel('Name (optional)').fill('Alex Example');
	await page.getByLabel('Name (optional)').press('Tab');
	await expect(page.getByText('For Alex Example')).toBeVisible();
	await expect
		.poll(async () => {
			await page.reload();
			return page.getByText('For Alex Example').isVisible();
		})
		.toBe(true);

	const audit = await new AxeBuilder({ page }).include('main').analyze();
	expect(audit.violations.map((violation) => violation.id)).toEqual([]);
});

/** Pages in a PDF, counted by its page objects. */
const pageCount = (pdf: Buffer) =>
	pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

for (const [device, viewport] of [
	['phone', { width: 390, height: 844 }],
	['desktop', { width: 1280, height: 800 }]
] as const) {
	test(`printed from a ${device}: the report alone, red flags answered apart from unanswered, one A4 page for a month with notes`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		// Dark on screen, so printing must redraw the chart in the paper's colours.
		await page.emulateMedia({ colorScheme: 'dark' });
		await seedSixWeeks(page);
		await page.goto('/report');
		await page.getByRole('checkbox', { name: 'Include notes' }).check();
		await expect(page.getByRole('region', { name: 'Notes' }).locator('tbody tr')).toHaveCount(5);
		await expect(
			page.getByText(
				'Plan: 17 of 27 planned days done in full (63%), part of it on 3 days more. Rest days left out.'
			)
		).toBeVisible();
		await expect(page.getByText(/^In the 3 days after physiotherapy \(2 visits\)/)).toBeVisible();
		// A "no" to every question, a "yes" and questions never answered, each said apart.
		const flags = page.getByRole('region', { name: 'Red flags' });
		await expect(
			flags.getByText('The red-flag questions were asked after 3 check-ins:')
		).toBeVisible();
		await expect(flags.getByText(/^Answered no to every question once \(.+\)\.$/)).toBeVisible();
		await expect(flags.getByText(/^Not answered once \(.+\)\.$/)).toBeVisible();
		await expect(flags.getByText(/answered yes to: Fever/)).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
		await expect.poll(() => chartsDrawn(page)).toBeGreaterThan(0);
		const onScreen = await chartsDrawn(page);

		// Printing as the browser does it: the chart is redrawn for paper (190 mm at 96 pixels an
		// inch) when printing starts, not left at the width of the screen it is printed from.
		await watchPrinting(page);
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		expect(pageCount(pdf)).toBe(1);
		const printed = await printedChart(page);
		expect(printed.width).toBeCloseTo((190 * 96) / 25.4, 0);
		// The paper's dark grey axis text, though the screen is dark.
		expect(printed.text).toBe('#33373d');
		if (device === 'phone') await saveDocsPdfPage(pdf, 'report');
		// Drawn for paper, then for the screen again.
		await expect.poll(() => chartsDrawn(page)).toBe(onScreen + 2);

		// What paper shows: the report alone, the chart in the paper's colours.
		const drawn = await chartsDrawn(page);
		await page.emulateMedia({ media: 'print' });
		await expect.poll(() => chartsDrawn(page)).toBeGreaterThan(drawn);
		await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
		await expect(page.getByRole('radio', { name: 'Last 30 days' })).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await expect(page.getByText('Skip to content')).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Pain summary' })).toBeVisible();
		expect((await drawnChart(page)).width).toBeCloseTo((190 * 96) / 25.4, 0);
	});
}

test('from–to dates are checked beside the fields, and the report reads in the dark theme', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await seedMonth(page);
	await page.goto('/insights');
	await page.getByRole('link', { name: 'Open the clinician report' }).click();
	await expect(figure(page, 'Days with entries')).toHaveText('24 of 30');
	await page.getByRole('radio', { name: 'From–to dates' }).check();
	const from = page.getByLabel('From', { exact: true });
	await expect(from).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('Choose both a first and a last day.')).toBeVisible();

	const days = await page.evaluate(() => {
		const pad = (value: number) => String(value).padStart(2, '0');
		const dayOf = (offset: number) => {
			const date = new Date();
			date.setDate(date.getDate() + offset);
			return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
		};
		// Days 0–6 of the seeded month.
		return { first: dayOf(-29), last: dayOf(-23) };
	});
	await page.getByLabel('To', { exact: true }).fill(days.first);
	await from.fill(days.last);
	await expect(page.getByText('The first day must not be after the last day.')).toBeVisible();
	await from.fill(days.first);
	await page.getByLabel('To', { exact: true }).fill(days.last);
	await expect(from).toHaveAttribute('aria-invalid', 'false');
	// Days 0–6: 0, 1, 2, 3, 5, 6 have entries, scores 2, 3, 4, 5, 2, 3.
	await expect(figure(page, 'Days with entries')).toHaveText('6 of 7');
	await expect(figure(page, 'Mean pain (0–10)')).toHaveText('3.2');
	await expect(page.locator('canvas[aria-label^="Chart of pain"]')).toBeVisible();

	const audit = await new AxeBuilder({ page }).include('main').analyze();
	expect(audit.violations.map((violation) => violation.id)).toEqual([]);
});
