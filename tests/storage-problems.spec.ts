import { expect, test } from './fixtures';
import { openNewerVersion, screens } from './helpers';

test('when storage cannot be opened, every screen says so plainly', async ({ page }) => {
	// What private modes and blocked site storage do: opening IndexedDB fails.
	await page.addInitScript(() => {
		IDBFactory.prototype.open = function () {
			throw new DOMException('The user denied permission to access the database.', 'UnknownError');
		};
	});
	for (const screen of screens) {
		await page.goto(screen.path);
		await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
		await expect(
			page.getByRole('alert').filter({ hasText: 'cannot open its storage' })
		).toBeVisible();
	}
});

test('a newer version opened in another tab makes this tab step aside and reload', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('radio', { name: /^3,/ }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
	const other = await page.context().newPage();
	await other.goto('/settings');
	const upgraded = openNewerVersion(other);
	await expect(
		page.getByRole('alert').filter({ hasText: 'newer version of Unknot' })
	).toBeVisible();
	expect(await upgraded).toBeGreaterThan(10);
});
