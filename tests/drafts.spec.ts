// What is typed and not saved survives a reload of the tab, in every form, and each tab keeps
// its own check-in draft.
import { expect, test } from './fixtures';
import { checkIn, openNewerVersion, putRows, storedRows } from './helpers';

const todayList = (page: import('@playwright/test').Page) =>
	page.getByRole('region', { name: "Today's entries" });

/** Opens today's only entry for editing and types a note, which is not saved yet. */
async function typeInEditDialog(page: import('@playwright/test').Page, note: string) {
	await todayList(page)
		.getByRole('button', { name: /^Actions for entry/ })
		.click();
	await todayList(page)
		.getByRole('button', { name: /^Edit entry/ })
		.click();
	const dialog = page.getByRole('dialog', { name: 'Edit entry' });
	await dialog.getByRole('textbox', { name: 'Note' }).fill(note);
	return dialog;
}

test('an edit dialog open when the tab reloads comes back with what was typed in it', async ({
	page
}) => {
	await page.goto('/');
	await checkIn(page, 5);
	const dialog = await typeInEditDialog(page, 'Typed before the reload');

	await page.reload();
	await expect(dialog.getByRole('textbox', { name: 'Note' })).toHaveValue(
		'Typed before the reload'
	);
	await dialog.getByRole('button', { name: 'Save changes' }).click();
	await expect(dialog).toBeHidden();
	await expect(todayList(page).getByText('Typed before the reload')).toBeVisible();
});

test('a kept draft saved after the reload does not write over an edit made meanwhile elsewhere', async ({
	page
}) => {
	await page.goto('/');
	await checkIn(page, 5);
	const dialog = await typeInEditDialog(page, 'Typed before the reload');

	// Before this tab reloads, another device's edit of the entry arrives (as sync would write
	// it): the dialog then opens on that newer row, with the draft typed over the older one.
	const [entry] = await storedRows(page, 'painEntries');
	await putRows(page, {
		painEntries: [{ ...entry, note: 'Edited on the laptop', updatedAt: Date.now() }]
	});
	await page.reload();
	await expect(dialog.getByRole('textbox', { name: 'Note' })).toHaveValue(
		'Typed before the reload'
	);

	await dialog.getByRole('button', { name: 'Save changes' }).click();
	await expect(dialog.getByRole('alert')).toContainText('changed in another tab or window');
	expect((await storedRows(page, 'painEntries'))[0]?.note).toBe('Edited on the laptop');

	// Saving again is the answer: the draft replaces that edit knowingly.
	await dialog.getByRole('button', { name: 'Save changes' }).click();
	await expect(dialog).toBeHidden();
	expect((await storedRows(page, 'painEntries'))[0]?.note).toBe('Typed before the reload');
});

test('a form on Release open when the tab reloads comes back with what was typed in it', async ({
	page
}) => {
	await page.goto('/release');
	await page.getByRole('link', { name: 'Log a clinic visit' }).click();
	await page.getByRole('checkbox', { name: 'Cupping' }).check();
	await page.getByRole('textbox', { name: 'Note' }).fill('Six cups');

	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('Six cups');
	await expect(page.getByRole('checkbox', { name: 'Cupping' })).toBeChecked();
});

test('each tab keeps its own check-in draft; a new tab takes the one a closed tab left', async ({
	page,
	context
}) => {
	const typeNote = async (tab: typeof page, note: string) => {
		await tab.getByRole('radio', { name: /^4,/ }).check();
		await tab.getByText('Note, tags and time', { exact: true }).click();
		await tab.getByRole('textbox', { name: 'Note' }).fill(note);
	};
	// A restored draft fills the form where it is: its folded part stays folded (nothing moves
	// after the first paint) and its summary says it holds a note.
	const restoredNote = async (tab: typeof page) => {
		await tab.getByText('Note, tags and time (note)', { exact: true }).click();
		return tab.getByRole('textbox', { name: 'Note' });
	};
	const storedNotes = async () =>
		(await storedRows(page, 'drafts'))
			.map((draft) => (draft.value as { note: string }).note)
			.sort();

	await page.goto('/');
	await typeNote(page, 'Typed in tab A');
	await expect.poll(storedNotes).toEqual(['Typed in tab A']);

	// A new tab while A is open starts empty: A's draft is A's.
	const other = await context.newPage();
	await other.goto('/');
	// Today marks itself ready once it has looked for a draft.
	await other.waitForFunction(() => performance.getEntriesByName('today:ready').length > 0);
	await expect(other.getByText('Draft restored')).toHaveCount(0);
	await typeNote(other, 'Typed in tab B');
	await expect.poll(storedNotes).toEqual(['Typed in tab A', 'Typed in tab B']);

	await page.reload();
	await other.reload();
	await expect(await restoredNote(page)).toHaveValue('Typed in tab A');
	await expect(await restoredNote(other)).toHaveValue('Typed in tab B');

	// Tab A closes: the next new tab takes A's draft, never B's (B is still open).
	await page.close();
	const third = await context.newPage();
	await third.goto('/');
	await expect(third.getByText('Draft restored')).toBeVisible();
	await expect(await restoredNote(third)).toHaveValue('Typed in tab A');
	await expect(other.getByRole('textbox', { name: 'Note' })).toHaveValue('Typed in tab B');
});

test('text typed after a newer version took the journal is kept over the reload, as the banner says', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByText(/No entries yet today/)).toBeVisible();
	const other = await page.context().newPage();
	await other.goto('/manifest.webmanifest');
	await openNewerVersion(other);
	await expect(
		page.getByRole('alert').filter({ hasText: 'newer version of Unknot' })
	).toBeVisible();
	await page.getByRole('radio', { name: /^6,/ }).check();
	await page.getByText('Note, tags and time', { exact: true }).click();
	await page.getByRole('textbox', { name: 'Note' }).fill('Typed after the banner');
	await expect(page.getByRole('alert').filter({ hasText: 'kept as a draft' })).toBeVisible();

	await page.getByRole('button', { name: 'Reload this tab' }).click();
	// Folded where it was, its summary saying it holds a note.
	await page.getByText('Note, tags and time (note)', { exact: true }).click();
	await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('Typed after the banner');
	await expect(page.getByRole('radio', { name: /^6,/ })).toBeChecked();
});

test('the plan editor open when the tab reloads comes back with the change, over the stored plan', async ({
	page
}) => {
	await page.goto('/release');
	await page.getByRole('link', { name: 'Set a plan' }).click();
	await page.getByRole('checkbox', { name: 'Piriformis release (deep glute)' }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();

	await page.getByRole('link', { name: 'Edit plan' }).click();
	const added = page.getByRole('checkbox', { name: 'TFL release (front-outer hip)' });
	await added.check();
	await page.reload();
	await expect(added).toBeChecked();
	await expect(
		page.getByRole('checkbox', { name: 'Piriformis release (deep glute)' })
	).toBeChecked();
});
