import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { storedRows } from './helpers';

test('pain 8 asks the red-flag questions; a yes shows the urgent-care card and is stored', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('radio', { name: /^8,/ }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	const questions = page.getByRole('region', { name: 'A quick safety check' });
	await expect(questions).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await questions.getByRole('checkbox', { name: /trouble passing or holding urine/ }).check();
	await questions.getByRole('button', { name: 'Save my answers' }).click();
	const urgent = page
		.getByRole('alert')
		.filter({ hasText: 'Please seek urgent medical care today' });
	await expect(urgent).toBeVisible();
	await expect(urgent).toContainText('bladder or bowel control');
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	}
	await page.emulateMedia({ colorScheme: 'light' });
	const [entry] = await storedRows(page, 'painEntries');
	expect(entry?.redFlags).toMatchObject({ 'bladder-bowel': true, trauma: false });
	await page.reload();
	await expect(urgent).toBeVisible();

	// No release routine is offered that day; the cautions lead to the signs that need a doctor.
	await page.getByRole('link', { name: 'Release', exact: true }).click();
	await page.getByRole('link', { name: 'Piriformis release (deep glute)' }).click();
	await expect(page.getByText('No release routine today')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Signs that need a doctor, not a ball' }).click();
	await expect(
		page.getByRole('heading', { name: 'Signs that need a doctor, not a ball' })
	).toBeVisible();
});

test('"None of these are new" dismisses in one tap; pain 6 does not ask', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('radio', { name: /^9,/ }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await page.getByRole('button', { name: 'None of these are new' }).click();
	await expect(page.getByRole('region', { name: 'A quick safety check' })).toBeHidden();
	await expect(page.getByText('Please seek urgent medical care today')).toBeHidden();

	await page.getByRole('radio', { name: /^6,/ }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved: pain 6' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'A quick safety check' })).toBeHidden();
	const stored = await storedRows(page, 'painEntries');
	const nine = stored.find((row) => row.score === 9);
	expect(Object.values(nine?.redFlags as Record<string, boolean>).every((yes) => !yes)).toBe(true);
});

const where = (page: Page) => page.getByRole('group', { name: 'Where it hurts' });

/** Marks regions from the list with a sensation, after choosing a score. */
async function checkInWithMarks(page: Page, score: number, marks: [string, string][]) {
	await page.goto('/');
	await page.getByRole('radio', { name: new RegExp(`^${score},`) }).check();
	await page.getByText('Where?', { exact: true }).click();
	await where(page).getByText('Choose from a list instead').click();
	for (const [regionName, sensation] of marks) {
		await where(page).getByRole('checkbox', { name: regionName, exact: true }).check();
		await where(page)
			.getByRole('group', { name: regionName, exact: true })
			.getByRole('checkbox', { name: sensation })
			.check();
	}
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: `Saved: pain ${score}` })).toBeVisible();
}

test('numbness or tingling in both legs asks the questions', async ({ page }) => {
	await checkInWithMarks(page, 5, [
		['Left calf', 'numbness'],
		['Right sole and heel', 'tingling']
	]);
	const questions = page.getByRole('region', { name: 'A quick safety check' });
	await expect(questions).toContainText('numbness or tingling in both legs');
	await questions.getByRole('checkbox', { name: /Weakness in a leg or foot/ }).check();
	await questions.getByRole('button', { name: 'Save my answers' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'urgent medical care' })).toContainText(
		'a nerve is being damaged'
	);
});

test('numbness in the saddle area asks the questions', async ({ page }) => {
	await checkInWithMarks(page, 4, [['Sacrum', 'numbness']]);
	const questions = page.getByRole('region', { name: 'A quick safety check' });
	await expect(questions).toContainText('groin or saddle area');
	await questions.getByRole('checkbox', { name: /numbness around your genitals/ }).check();
	await questions.getByRole('button', { name: 'Save my answers' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'urgent medical care' })).toBeVisible();
});

test('pain 6 with numbness in one leg does not ask', async ({ page }) => {
	await checkInWithMarks(page, 6, [
		['Left calf', 'numbness'],
		['Left shin', 'tingling']
	]);
	await expect(page.getByRole('region', { name: 'A quick safety check' })).toBeHidden();
	const [entry] = await storedRows(page, 'painEntries');
	expect(entry?.redFlags).toBeNull();
});
