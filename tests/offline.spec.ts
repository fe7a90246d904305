import { expect, test } from './fixtures';
import { checkIn, saveDocsScreenshot, screens, skipWelcome, waitForServiceWorker } from './helpers';

test('every screen works offline after the first visit, and scores saved offline are kept', async ({
	page,
	context
}) => {
	await skipWelcome(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await waitForServiceWorker(page);

	await checkIn(page, 6);
	const todayList = page.getByRole('region', { name: "Today's entries" });
	await expect(todayList.getByText('Pain 6, moderate')).toBeAttached();

	await context.setOffline(true);
	for (const screen of screens) {
		await page.goto(screen.path);
		await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
	}

	await page.goto('/');
	await expect(todayList.getByText('Pain 6, moderate')).toBeAttached();

	await checkIn(page, 3);
	await expect(todayList.getByText('Pain 3, mild')).toBeAttached();
	await page.reload();
	await expect(todayList.getByText('Pain 3, mild')).toBeAttached();
	await expect(todayList.getByText('Pain 6, moderate')).toBeAttached();

	// The README's picture of the app, from the real build, when asked for.
	await saveDocsScreenshot(page, 'screenshot');
});
