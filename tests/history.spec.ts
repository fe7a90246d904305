import { expect, test } from './fixtures';
import { storedRows } from './helpers';

test('log for another day from History, then find it under that day', async ({ page }) => {
	await page.goto('/history');
	await expect(page.getByRole('link', { name: 'Check in now' })).toBeVisible();
	const threeDaysAgo = await page.evaluate(() => {
		const date = new Date();
		date.setDate(date.getDate() - 3);
		const pad = (value: number) => String(value).padStart(2, '0');
		return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	});
	await page.getByText('Filter, jump to a date, or log for another day').click();
	await page.getByLabel('Log for another day').fill(threeDaysAgo);
	await page.getByRole('button', { name: 'Open the form' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await expect(page.getByText(/^Logging for /)).toBeVisible();
	await page.getByRole('radio', { name: /^5,/ }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(
		page.getByRole('status').filter({ hasText: /Saved: pain 5, moderate for / })
	).toBeVisible();
	const [stored] = await storedRows(page, 'painEntries');
	expect(stored?.day).toBe(threeDaysAgo);

	await page.getByRole('link', { name: 'History' }).click();
	const day = page.locator(`section[data-day="${threeDaysAgo}"]`);
	await expect(day.getByText('Pain 5, moderate')).toBeAttached();
	await expect(day.getByText('Mean 5.0')).toBeVisible();
});

test('History groups by day, filters by tag and edits an entry', async ({ page }) => {
	await page.goto('/');
	for (const [score, tag] of [
		[3, 'cold'],
		[7, 'driving']
	] as const) {
		await page.getByRole('radio', { name: new RegExp(`^${score},`) }).check();
		await page.getByText('Note, tags and time', { exact: true }).click();
		await page.getByRole('checkbox', { name: tag }).check();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(
			page.getByRole('status').filter({ hasText: `Saved: pain ${score}` })
		).toBeVisible();
	}
	await page.getByRole('link', { name: 'History' }).click();
	await expect(page.getByText('Mean 5.0')).toBeVisible();
	await expect(page.getByText('lowest 3')).toBeVisible();
	await expect(page.getByText('highest 7')).toBeVisible();

	await page.getByText('Filter, jump to a date, or log for another day').click();
	await page.getByLabel('Tag', { exact: true }).selectOption('driving');
	await page.getByRole('button', { name: 'Apply filter' }).click();
	await expect(page.getByText('Pain 7, severe')).toBeAttached();
	await expect(page.getByText('Pain 3, mild')).not.toBeAttached();

	await page.getByRole('button', { name: /^Actions for entry at/ }).click();
	await page.getByRole('button', { name: /^Edit entry/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Edit entry' });
	await dialog.getByRole('radio', { name: /^9,/ }).check();
	await dialog.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByText('Pain 9, severe')).toBeAttached();
});
