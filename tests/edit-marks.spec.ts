// Changing where an old entry hurt (issue 16, point 3): the edit dialog has "Where?" with the
// check-in's body map and mark editor; the entry and its marks are saved together, and Undo puts
// both back.
import { expect, test } from './fixtures';
import { storedRows, saveDocsScreenshot } from './helpers';
import { expectAxeCleanInBothThemes, phone, seedBusyDay, yesterdayIn } from './dailyLoopJournal';

test.use({ viewport: phone });

test("an old entry's marks change in the edit dialog, and Undo puts them back", async ({
	page
}) => {
	// Two axe scans of a dialog with the body map take a while on a shared machine.
	test.setTimeout(120_000);
	await seedBusyDay(page);
	await page.goto('/history');
	const day = page.locator(`section[data-day="${await yesterdayIn(page)}"]`);
	const evening = day.getByRole('listitem').filter({ hasText: 'driving' });
	await expect(evening).toContainText('Right flank above the hip');
	await evening.getByRole('button', { name: 'Actions for entry at 21:00' }).click();
	await evening.getByRole('button', { name: 'Edit entry at 21:00' }).click();

	const dialog = page.getByRole('dialog', { name: 'Edit entry' });
	await dialog
		.locator('summary')
		.filter({ hasText: /^Where\?/ })
		.click();
	const marked = dialog.getByRole('list', { name: 'Marked regions' });
	await expect(marked.getByRole('listitem')).toHaveCount(4);
	await expect(marked.getByRole('group', { name: 'Left calf, path step 3' })).toBeVisible();
	await marked
		.getByRole('group', { name: 'Left calf, path step 3' })
		.getByRole('checkbox', { name: 'burning' })
		.check();
	await marked.getByRole('button', { name: /^Remove Right flank above the hip/ }).click();
	await expect(marked.getByRole('listitem')).toHaveCount(3);
	await expectAxeCleanInBothThemes(page);
	// For the README: Where? at the top of the dialog, the map with the path above the marks.
	await dialog
		.locator('summary')
		.filter({ hasText: /^Where\?/ })
		.evaluate((summary) => summary.scrollIntoView({ block: 'start' }));
	await saveDocsScreenshot(page, 'edit-entry-marks-phone', phone);

	await dialog.getByRole('button', { name: 'Save changes' }).click();
	await expect(dialog).toBeHidden();
	await expect(evening).not.toContainText('Right flank');
	await expect(evening).toContainText('Left deep glute → back of thigh → calf · ');
	await expect(evening).toContainText('burning');
	const live = async () =>
		(await storedRows(page, 'bodyMarks'))
			.filter((mark) => mark.entryId === 'entry-evening' && mark.deletedAt === null)
			.map((mark) => String(mark.regionId))
			.sort();
	expect(await live()).toEqual(['left-back-of-thigh', 'left-calf', 'left-deep-glute']);

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(evening).toContainText('Right flank above the hip');
	await expect(evening).not.toContainText('burning');
	await expect
		.poll(live)
		.toEqual(['left-back-of-thigh', 'left-calf', 'left-deep-glute', 'right-flank']);
});

test("today's entry gets its first marks in the edit dialog", async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await page.getByRole('radio', { name: '4, moderate' }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	const entries = page.getByRole('region', { name: "Today's entries" });
	const row = entries.getByRole('listitem');
	await expect(row).toHaveCount(1);
	await row.getByRole('button', { name: /^Actions for entry at/ }).click();
	await row.getByRole('button', { name: /^Edit entry at/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Edit entry' });
	await dialog
		.locator('summary')
		.filter({ hasText: /^Where\?/ })
		.click();
	const where = dialog.getByRole('group', { name: 'Where it hurts' });
	await where.getByText('Choose from a list instead').click();
	await where.getByRole('checkbox', { name: /^Right deep glute/ }).check();
	await expect(dialog.getByRole('list', { name: 'Marked regions' })).toBeVisible();
	await expectAxeCleanInBothThemes(page);
	await dialog.getByRole('button', { name: 'Save changes' }).click();
	await expect(dialog).toBeHidden();
	await expect(row).toContainText('Right deep glute');
});
