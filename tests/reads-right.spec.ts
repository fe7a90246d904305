// The small things that read wrong (issue 16, point 5), each on a phone: what a jump before the
// journal says, where a save's confirmation is, the edit dialog's time hint, the restore's
// summary, the chart's summary, a plan on every day, the pain buttons' words, "Same as last
// time" and the week's percentage before the plan's time.
import { expect, test } from './fixtures';
import { backupOf, jsonFile, openSettings, painEntry } from './backupFiles';
import { desktop, phone, seedBusyDay, seedLongToday, yesterdayIn } from './dailyLoopJournal';

test.use({ viewport: phone });

test('a jump to a date before the first entry says where the journal starts', async ({ page }) => {
	await seedBusyDay(page);
	await page.goto('/history');
	await expect(page.locator('section.day')).toHaveCount(3);
	await page.getByText('Filter, jump to a date, or log for another day').click();
	await page.getByLabel('Jump to date').fill('2020-01-15');
	await page.getByRole('button', { name: 'Jump', exact: true }).click();
	await expect(
		page.getByText(/^Nothing on or before 15 January 2020: your journal starts on \d+ \w+ \d{4}\.$/)
	).toBeVisible();
	await expect(page.getByText(/No entries yet/)).toHaveCount(0);
	await page.getByRole('button', { name: 'Show the newest days' }).click();
	await expect(page.locator('section.day')).toHaveCount(3);
});

test('"Log for another day" ends with its confirmation on the screen', async ({ page }) => {
	await seedLongToday(page);
	await page.goto('/history');
	await page.getByText('Filter, jump to a date, or log for another day').click();
	await page.getByLabel('Log for another day').fill(await yesterdayIn(page));
	await page.getByRole('button', { name: 'Open the form' }).click();
	await expect(page.getByText(/^Logging for /)).toBeVisible();
	await page.getByRole('radio', { name: '5, moderate' }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	const confirmation = page
		.getByRole('status')
		.filter({ hasText: /^Saved: pain 5, moderate for / });
	await expect(confirmation).toBeVisible();
	await expect(confirmation).toBeInViewport();
});

test('the edit dialog does not say "Leave empty for now" beside a time filled in', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('radio', { name: '4, moderate' }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	const entries = page.getByRole('region', { name: "Today's entries" });
	await entries.getByRole('button', { name: /^Actions for entry at/ }).click();
	await entries.getByRole('button', { name: /^Edit entry at/ }).click();
	const time = page.getByRole('dialog', { name: 'Edit entry' }).getByLabel('Time');
	await expect(time).not.toHaveValue('');
	await expect(time).toHaveAccessibleDescription('When it was. Any time up to now works.');
	await time.fill('');
	await expect(time).toHaveAccessibleDescription('Leave empty for now. Any earlier time works.');
});

test('after a restore, "Nothing has changed yet" is gone', async ({ page }) => {
	await openSettings(page);
	const backup = backupOf([painEntry({ id: 'restored-1', score: 4 })]);
	await page.getByLabel('Backup file').setInputFiles(jsonFile('journal.json', backup));
	await expect(page.getByText(/Nothing has changed yet/)).toBeVisible();
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Restored: / })).toBeVisible();
	await expect(page.getByText(/Nothing has changed yet/)).toHaveCount(0);
});

test('the chart summary names the last 30 days once', async ({ page }) => {
	await seedBusyDay(page);
	await page.goto('/insights');
	const summary = page.locator('#chart-summary');
	await expect(summary).toContainText(/^Over the last 30 days: pain logged on 3 days/);
	await expect(summary).not.toContainText('(30 days)');
});

test('a plan on all seven days reads "every day"', async ({ page }) => {
	await page.goto('/release');
	await page.getByRole('link', { name: 'Set a plan' }).click();
	await page.getByRole('checkbox', { name: 'Piriformis release (deep glute)' }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	const plan = page.getByRole('region', { name: 'Your plan' });
	await expect(plan).toContainText('Piriformis release (deep glute) — every day,');
	await expect(plan).not.toContainText('Mon, Tue');
});

test('on a Monday evening before the planned time, this week is not "0 %"', async ({ page }) => {
	// Monday 30 November 2026, 19:00 in London; the plan is due before bed (21:30).
	await page.clock.setFixedTime(new Date('2026-11-30T19:00:00Z'));
	await page.goto('/release');
	await page.getByRole('link', { name: 'Set a plan' }).click();
	await page.getByRole('checkbox', { name: 'Piriformis release (deep glute)' }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	const plan = page.getByRole('region', { name: 'Your plan' });
	const thisWeek = plan.getByRole('definition').first();
	await expect(plan.getByRole('term').first()).toHaveText('This week');
	await expect(thisWeek).toHaveText('Nothing due yet');
	await page.clock.setFixedTime(new Date('2026-11-30T21:45:00Z'));
	await page.reload();
	await expect(thisWeek).toHaveText('0%');
});

test('"Same as last time" shows only when there is a last time', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('radiogroup', { name: 'Pain now' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
	await expect(page.getByRole('button', { name: 'Same as last time' })).toHaveCount(0);
	await page.getByRole('radio', { name: '5, moderate' }).check();
	await page.getByText('Where?', { exact: true }).click();
	const where = page.getByRole('group', { name: 'Where it hurts' });
	await where.getByText('Choose from a list instead').click();
	await where.getByRole('checkbox', { name: 'Left calf', exact: true }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Same as last time' })).toBeVisible();
});

for (const viewport of [phone, desktop]) {
	test(`the pain buttons show their whole words at ${viewport.width} px`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/');
		const options = page.getByRole('radiogroup', { name: 'Pain now' }).locator('label');
		await expect(options).toHaveCount(11);
		const overflowing = await options.evaluateAll((labels) =>
			labels.flatMap((label) => {
				const word = label.querySelector('.word');
				if (!word) return [];
				const text = document.createRange();
				text.selectNodeContents(word);
				const words = text.getBoundingClientRect();
				const box = label.getBoundingClientRect();
				const inside = words.left >= box.left && words.right <= box.right;
				return inside ? [] : [label.textContent?.trim() ?? ''];
			})
		);
		expect(overflowing).toEqual([]);
	});
}
