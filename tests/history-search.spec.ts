// History search (issue 16, point 4): entries and sessions found by the words of their notes,
// offline, on a phone; the search reads the journal in chunks (src/lib/db/history.ts, unit
// tested in historySearch.test.ts; timed by `npm run bench`).
import { expect, test } from './fixtures';
import { phone, seedBusyDay, yesterdayIn } from './dailyLoopJournal';

test.use({ viewport: phone });

test('finds entries and sessions by the words of their notes, offline', async ({
	page,
	context
}) => {
	await seedBusyDay(page);
	await page.goto('/history');
	await expect(page.locator('section.day')).toHaveCount(3);
	await context.setOffline(true);

	const search = page.getByRole('search');
	const field = search.getByRole('searchbox', { name: 'Search your notes' });
	await field.fill('STAIRS walking');
	await search.getByRole('button', { name: 'Search' }).click();
	await expect(
		page.getByText('Entries and sessions with “STAIRS walking”, newest first')
	).toBeVisible();
	const days = page.locator('section.day');
	await expect(days).toHaveCount(1);
	await expect(days).toHaveAttribute('data-day', await yesterdayIn(page));
	const rows = days.getByRole('listitem');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0)).toContainText('21:00');
	await expect(rows.nth(1)).toContainText(/\b8:00/);

	// A session's note, and a word no note has.
	await field.fill('wall');
	await field.press('Enter');
	await expect(rows).toHaveCount(1);
	await expect(rows).toContainText('Piriformis release (deep glute)');
	await field.fill('sciatica');
	await field.press('Enter');
	await expect(page.locator('section.day')).toHaveCount(0);
	await expect(page.getByText(/^Nothing found for “sciatica”\./)).toBeVisible();

	await page.getByRole('button', { name: 'Clear search' }).click();
	await expect(page.locator('section.day')).toHaveCount(3);
	await expect(field).toHaveValue('');
});
