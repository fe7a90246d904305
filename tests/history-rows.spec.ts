// Entry and session rows read on a phone: the content has the width, the actions open on a tap
// (and by keyboard), where it hurt is said in words, and a busy day fits one screen.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { desktop, phone, seedBusyDay, yesterdayIn } from './dailyLoopJournal';
import { saveDocsScreenshot } from './helpers';

for (const viewport of [phone, desktop]) {
	test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
		test.use({ viewport });

		test('a day of three check-ins and a session fits one screen, its notes across the row', async ({
			page
		}) => {
			await seedBusyDay(page);
			await page.goto('/history');
			const day = page.locator(`section[data-day="${await yesterdayIn(page)}"]`);
			// Three entries and a session (classes the bench counts rows by, too).
			await expect(day.locator('li.entry, li.session')).toHaveCount(4);
			await day.scrollIntoViewIfNeeded();
			const box = (await day.boundingBox())!;
			// The screen less the app's header and navigation bar (on a phone at the bottom).
			expect(box.height).toBeLessThanOrEqual(viewport.height - 120);

			const row = day.getByRole('listitem').filter({ hasText: 'Better after the walk' });
			const note = row.getByText('Better after the walk at lunch');
			const noteWidth = (await note.boundingBox())!.width;
			const rowWidth = (await row.boundingBox())!.width;
			expect(noteWidth / rowWidth).toBeGreaterThan(0.7);
		});

		test('rows say where it hurt, and open on a tap or by keyboard to Edit and Delete', async ({
			page
		}) => {
			await seedBusyDay(page);
			await page.goto('/history');
			const day = page.locator(`section[data-day="${await yesterdayIn(page)}"]`);
			const evening = day.getByRole('listitem').filter({ hasText: 'driving' });
			await expect(evening).toContainText(
				'Left deep glute → back of thigh → calf; Right flank above the hip'
			);
			await expect(evening).toContainText('ache, numbness, tingling');
			const quiet = day.getByRole('listitem').filter({ hasText: 'Better after the walk' });
			await expect(quiet).not.toContainText('Left deep glute');

			const actions = evening.getByRole('button', { name: /^Actions for entry at 21:00$/ });
			await expect(actions).toHaveAttribute('aria-expanded', 'false');
			await expect(evening.getByRole('button', { name: 'Edit entry at 21:00' })).toBeHidden();
			await actions.focus();
			await page.keyboard.press('Enter');
			await expect(actions).toHaveAttribute('aria-expanded', 'true');
			const edit = evening.getByRole('button', { name: 'Edit entry at 21:00' });
			await expect(edit).toBeVisible();
			await expect(evening.getByRole('button', { name: 'Delete entry at 21:00' })).toBeVisible();
			await page.keyboard.press('Tab');
			await expect(edit).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(actions).toHaveAttribute('aria-expanded', 'false');
			await expect(actions).toBeFocused();

			// A tap anywhere on the row opens it, here on its note.
			const session = day.getByRole('listitem').filter({ hasText: 'Piriformis release' });
			const noteBox = (await session.getByText(/^Felt the release/).boundingBox())!;
			await page.mouse.click(noteBox.x + noteBox.width / 2, noteBox.y + noteBox.height / 2);
			await session
				.getByRole('button', { name: 'Edit Piriformis release (deep glute) at 20:00' })
				.click();
			await expect(page.getByRole('dialog', { name: 'Edit session' })).toBeVisible();
			await page.keyboard.press('Escape');

			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				await evening.getByRole('button', { name: /^Actions for entry/ }).click();
				const results = await new AxeBuilder({ page }).analyze();
				expect(results.violations.map((violation) => violation.id)).toEqual([]);
				await evening.getByRole('button', { name: /^Actions for entry/ }).click();
			}
			if (viewport !== phone) return;
			// History on a phone for the README: the busy day under the search field, with its
			// evening entry open.
			await page.reload();
			await evening.getByRole('button', { name: /^Actions for entry/ }).click();
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				await saveDocsScreenshot(page, `history-phone-${colorScheme}`, viewport);
			}
		});
	});
}

test.describe('Today at 390 × 844', () => {
	test.use({ viewport: phone });

	test("today's entries say where it hurt", async ({ page }) => {
		await page.goto('/');
		await page.getByRole('radio', { name: '6, moderate' }).check();
		await page.getByText('Where?', { exact: true }).click();
		const where = page.getByRole('group', { name: 'Where it hurts' });
		await where.getByText('Choose from a list instead').click();
		await where.getByRole('checkbox', { name: 'Left calf', exact: true }).check();
		await where
			.getByRole('group', { name: 'Left calf', exact: true })
			.getByRole('checkbox', { name: 'tingling' })
			.check();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		const entries = page.getByRole('region', { name: "Today's entries" });
		await expect(entries.getByRole('listitem')).toContainText('Left calf · tingling');
	});
});
