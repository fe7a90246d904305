// Two tabs of Unknot on one journal: neither silently undoes or loses what the other did, and
// one that must wait for the other says so.
import { expect, test } from './fixtures';
import { backupOf, jsonFile, openSettings, painEntry } from './backupFiles';
import { checkIn, storedRows } from './helpers';

test('an edit saved in another tab since the dialog opened is not overwritten without asking', async ({
	page
}) => {
	await page.goto('/');
	await checkIn(page, 4);
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
	const other = await page.context().newPage();
	await other.goto('/history');
	await page.goto('/history');

	// This tab opens the entry first…
	await page.getByRole('button', { name: /^Actions for entry/ }).click();
	await page.getByRole('button', { name: /^Edit entry/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Edit entry' });
	await dialog.getByLabel('Note', { exact: true }).fill('Typed here');

	// …the other tab edits it and saves.
	await other.getByRole('button', { name: /^Actions for entry/ }).click();
	await other.getByRole('button', { name: /^Edit entry/ }).click();
	const otherDialog = other.getByRole('dialog', { name: 'Edit entry' });
	await otherDialog.getByLabel('Note', { exact: true }).fill('Saved in the other tab');
	await otherDialog.getByRole('button', { name: 'Save changes' }).click();
	await expect(otherDialog).toBeHidden();

	// This tab's save asks instead of writing over that edit.
	await dialog.getByRole('button', { name: 'Save changes' }).click();
	await expect(dialog.getByRole('alert')).toContainText('changed in another tab or window');
	await expect(dialog.getByLabel('Note', { exact: true })).toHaveValue('Typed here');
	expect((await storedRows(page, 'painEntries'))[0]?.note).toBe('Saved in the other tab');

	// Saving again is the answer: this tab's version replaces the other.
	await dialog.getByRole('button', { name: 'Save changes' }).click();
	await expect(dialog).toBeHidden();
	expect((await storedRows(page, 'painEntries'))[0]?.note).toBe('Typed here');
	await expect(other.getByText('Typed here')).toBeVisible();
});

test('a restore waiting for another tab busy with the journal says so, then goes on', async ({
	page
}) => {
	await openSettings(page);
	const other = await page.context().newPage();
	await other.goto('/');
	await expect(other.getByText(/No entries yet today/)).toBeVisible();
	// The other tab keeps a write on the journal open until told to stop.
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('unknot');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const writing = request.result.transaction('painEntries', 'readwrite');
					const store = writing.objectStore('painEntries');
					const state = window as unknown as { holdJournal: boolean };
					state.holdJournal = true;
					const keepBusy = () => {
						if (state.holdJournal) store.count().onsuccess = keepBusy;
					};
					keepBusy();
					resolve();
				};
			})
	);

	await page
		.getByLabel('Backup file')
		.setInputFiles(jsonFile('backup.json', backupOf([painEntry({ id: 'restored', score: 5 })])));
	await expect(page.getByText(/Nothing has changed yet/)).toBeVisible();
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'waiting for another tab or page' })
	).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /^Restored:/ })).toHaveCount(0);

	await other.evaluate(() => ((window as unknown as { holdJournal: boolean }).holdJournal = false));
	await expect(page.getByRole('status').filter({ hasText: /^Restored: 3 added/ })).toBeVisible();
	await expect(
		page.getByRole('status').filter({ hasText: 'waiting for another tab or page' })
	).toHaveCount(0);
});
