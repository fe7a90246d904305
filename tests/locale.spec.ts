import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

async function saveAt(page: Page, time: string) {
	await page.goto('/');
	await page.getByRole('radio', { name: /^4,/ }).check();
	await page.getByText('Note, tags and time', { exact: true }).click();
	await page.getByLabel('Time').fill(time);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved: pain 4' })).toBeVisible();
	await page.getByRole('link', { name: 'History' }).click();
}

test.describe('in a German locale', () => {
	test.use({ locale: 'de-DE' });

	test('dates and times read as German users expect', async ({ page }) => {
		await saveAt(page, '2026-03-05T21:15');
		await expect(page.getByRole('heading', { name: 'Donnerstag, 5. März 2026' })).toBeVisible();
		await expect(page.getByText('21:15', { exact: true })).toBeVisible();
		await expect(page.getByText('Mean 4,0')).toBeVisible();
	});
});

test.describe('in a US locale', () => {
	test.use({ locale: 'en-US' });

	test('dates and times read as US users expect', async ({ page }) => {
		await saveAt(page, '2026-03-05T21:15');
		await expect(page.getByRole('heading', { name: 'Thursday, March 5, 2026' })).toBeVisible();
		await expect(page.getByText('9:15 PM', { exact: true })).toBeVisible();
		await expect(page.getByText('Mean 4.0')).toBeVisible();
	});
});

async function planEditorWeekdays(page: Page) {
	await page.goto('/release');
	await page.getByRole('link', { name: 'Set a plan' }).click();
	const days = page.getByRole('group', { name: 'When' }).getByRole('checkbox');
	await expect(days).toHaveCount(7);
	return days;
}

test.describe('the plan editor in a German locale', () => {
	test.use({ locale: 'de-DE' });

	test('lists the weekdays from Monday', async ({ page }) => {
		const days = await planEditorWeekdays(page);
		await expect(days.first()).toHaveAccessibleName('Montag');
		await expect(days.last()).toHaveAccessibleName('Sonntag');
	});
});

test.describe('the plan editor in a US locale', () => {
	test.use({ locale: 'en-US' });

	test('lists the weekdays from Sunday', async ({ page }) => {
		const days = await planEditorWeekdays(page);
		await expect(days.first()).toHaveAccessibleName('Sunday');
		await expect(days.last()).toHaveAccessibleName('Saturday');
	});
});
