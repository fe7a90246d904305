// Clinic visits as they happen (issue 16, point 10): several treatments in one visit, chosen from
// choices that look like the rest of the app with targets of 44 px or more; where it was treated
// chosen on the body map; Insights and the clinician report count each treatment.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { checkIn, storedRows } from './helpers';

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

/** Both sides of every box of 44 px or more. */
async function bigEnough(targets: Locator) {
	const boxes = await targets.evaluateAll((elements) =>
		elements.map((element) => {
			const box = element.getBoundingClientRect();
			return { text: element.textContent?.trim(), width: box.width, height: box.height };
		})
	);
	expect(boxes.length).toBeGreaterThan(0);
	for (const box of boxes) {
		expect.soft(box.width, box.text).toBeGreaterThanOrEqual(44);
		expect.soft(box.height, box.text).toBeGreaterThanOrEqual(44);
	}
}

async function openVisitForm(page: Page) {
	await page.goto('/release');
	await page.getByRole('link', { name: 'Log a clinic visit' }).click();
	await expect(page).toHaveURL(/\/release\/clinic-visit$/);
	return page.getByRole('group', { name: 'Treatments' });
}

for (const viewport of [phone, desktop]) {
	test(`at ${viewport.width} × ${viewport.height}, the treatments and the places treated are big, tappable choices`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		const treatments = await openVisitForm(page);
		for (const name of [
			'Acupuncture',
			'Cupping',
			'Physiotherapy',
			'Massage',
			'Chiropractic',
			'Dry needling',
			'Other'
		]) {
			await expect(treatments.getByRole('checkbox', { name, exact: true })).toBeVisible();
		}
		// The whole label is the target, not the small box inside it.
		await bigEnough(treatments.locator('label'));

		const where = page.getByRole('group', { name: 'Where was it treated?' });
		await where.getByRole('button', { name: 'Left deep glute (piriformis)', exact: true }).click();
		await where.getByRole('button', { name: 'Right deep glute (piriformis)', exact: true }).click();
		const chosen = where.getByRole('list', { name: 'Places treated' });
		await expect(chosen.getByRole('button')).toHaveCount(2);
		await bigEnough(chosen.getByRole('button'));
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
		).toBe(true);
		expect(test.info().errors).toEqual([]);

		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			const results = await new AxeBuilder({ page }).include('main').analyze();
			expect(results.violations.map((violation) => [colorScheme, violation.id])).toEqual([]);
		}
	});
}

test('at 390 × 844, one visit with two treatments is counted for each in Insights and the report', async ({
	page
}) => {
	await page.setViewportSize(phone);
	await page.goto('/');
	await checkIn(page, 5);
	await expect(page.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();

	const treatments = await openVisitForm(page);
	await treatments.getByRole('checkbox', { name: 'Acupuncture' }).check();
	await treatments.getByRole('checkbox', { name: 'Cupping' }).check();
	const where = page.getByRole('group', { name: 'Where was it treated?' });
	await where.getByRole('button', { name: 'Left deep glute (piriformis)', exact: true }).click();
	// A place chosen by mistake is removed from the names below the map.
	await where.getByRole('button', { name: 'Right deep glute (piriformis)', exact: true }).click();
	await where.getByRole('button', { name: 'Remove Right deep glute (piriformis)' }).click();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Clinic visit saved.' })).toBeVisible();

	const [visit] = await storedRows(page, 'sessions');
	expect(visit).toMatchObject({
		kind: 'clinic',
		treatments: ['acupuncture', 'cupping'],
		regionIds: ['left-deep-glute']
	});

	await page.getByRole('link', { name: 'Insights' }).click();
	await expect(page.locator('#chart-summary')).toContainText(
		'1 acupuncture visit, 1 cupping visit'
	);
	const statements = page.getByRole('heading', { name: 'Clinic treatments' }).locator('..');
	await expect(statements.getByText(/^In the 3 days after acupuncture \(1 visit\)/)).toBeVisible();
	await expect(statements.getByText(/^In the 3 days after cupping \(1 visit\)/)).toBeVisible();

	await page.goto('/report');
	await expect(page.locator('#chart-summary')).toContainText(
		'1 acupuncture visit, 1 cupping visit'
	);
	await expect(page.getByText(/^In the 3 days after acupuncture \(1 visit\)/)).toBeVisible();
	await expect(page.getByText(/^In the 3 days after cupping \(1 visit\)/)).toBeVisible();
});
