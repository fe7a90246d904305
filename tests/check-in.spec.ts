import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { localDateTime, storedRows } from './helpers';

const todayList = (page: Page) => page.getByRole('region', { name: "Today's entries" });
const livePainEntries = async (page: Page) =>
	(await storedRows(page, 'painEntries')).filter((row) => row.deletedAt === null);

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('a check-in takes two taps: a number and Save', async ({ page }) => {
	await page.getByRole('radio', { name: '7, severe' }).click();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Saved: pain 7, severe.' })
	).toBeVisible();
	await expect(todayList(page).getByText('Pain 7, severe')).toBeAttached();
	const stored = await livePainEntries(page);
	expect(stored.map((row) => row.score)).toEqual([7]);
});

test('keyboard shortcuts: 1 then 0 sets 10 and Enter saves', async ({ page }) => {
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('1');
	await page.keyboard.press('0');
	await expect(page.getByRole('radio', { name: '10, Worst pain imaginable' })).toBeChecked();
	await page.keyboard.press('Enter');
	await expect(todayList(page).getByText('Pain 10, Worst pain imaginable')).toBeAttached();
});

test('an entry can be edited', async ({ page }) => {
	await page.getByRole('radio', { name: /^5,/ }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await todayList(page)
		.getByRole('button', { name: /^Actions for entry at/ })
		.click();
	await todayList(page)
		.getByRole('button', { name: /^Edit entry at/ })
		.click();
	const dialog = page.getByRole('dialog', { name: 'Edit entry' });
	await dialog.getByRole('radio', { name: /^3,/ }).check();
	await dialog.getByRole('textbox', { name: 'Note' }).fill('Better after the walk, "really"');
	await dialog.getByRole('checkbox', { name: 'stress' }).check();
	await dialog.getByRole('button', { name: 'Save changes' }).click();
	await expect(dialog).toBeHidden();
	await expect(todayList(page).getByText('Pain 3, mild')).toBeAttached();
	await expect(todayList(page).getByText('Better after the walk, "really"')).toBeVisible();
	const [stored] = await livePainEntries(page);
	expect(stored).toMatchObject({
		score: 3,
		note: 'Better after the walk, "really"',
		tags: ['stress']
	});
});

test('delete offers Undo, and Undo brings the entry back', async ({ page }) => {
	await page.getByRole('radio', { name: /^8,/ }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(todayList(page).getByText('Pain 8, severe')).toBeAttached();
	// The row's "⋯" mark, as a finger finds it: the middle of this row is its "Answer it" button
	// (pain 8 asks the safety questions).
	await todayList(page)
		.getByRole('button', { name: /^Actions for entry at/ })
		.locator('.mark')
		.click();
	await todayList(page)
		.getByRole('button', { name: /^Delete entry at/ })
		.click();
	await expect(todayList(page).getByText('Pain 8, severe')).not.toBeAttached();
	const rows = await storedRows(page, 'painEntries');
	expect(rows).toHaveLength(1);
	expect(rows[0]!.deletedAt).not.toBeNull();
	await expect(page.getByText('Entry deleted')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(todayList(page).getByText('Pain 8, severe')).toBeAttached();
	expect((await livePainEntries(page)).map((row) => row.score)).toEqual([8]);
});

test('a draft survives a reload and is restored with a note', async ({ page }) => {
	await page.getByRole('radio', { name: /^4,/ }).check();
	await page.getByText('Note, tags and time', { exact: true }).click();
	await page.getByRole('textbox', { name: 'Note' }).fill('Half-written thought');
	await expect
		.poll(async () => (await storedRows(page, 'drafts'))[0]?.value)
		.toMatchObject({ score: 4, note: 'Half-written thought' });
	await page.reload();
	await expect(page.getByText('Draft restored')).toBeVisible();
	await expect(page.getByRole('radio', { name: /^4,/ })).toBeChecked();
	// Folded, so nothing moves as it arrives, and its summary says what it holds.
	const more = page.getByText('Note, tags and time (note)', { exact: true });
	await expect(more).toBeVisible();
	await more.click();
	await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('Half-written thought');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(todayList(page).getByText('Half-written thought')).toBeVisible();
	await expect.poll(async () => (await storedRows(page, 'drafts')).length).toBe(0);
});

test('an entry saved in one tab appears in another without a reload', async ({ page, context }) => {
	const other = await context.newPage();
	await other.goto('/');
	await expect(todayList(other).getByText('No entries yet today')).toBeVisible();
	await page.getByRole('radio', { name: /^2,/ }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(todayList(other).getByText('Pain 2, mild')).toBeAttached();
});

test.describe('bad input is refused beside its field and nothing is stored', () => {
	test('no score chosen', async ({ page }) => {
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText('Choose a pain score from 0 to 10.')).toBeVisible();
		expect(await livePainEntries(page)).toEqual([]);
	});

	test('a note over 2,000 characters', async ({ page }) => {
		await page.getByRole('radio', { name: /^6,/ }).check();
		// Opened by keyboard: its fields' code loads as it opens, and Tab then reaches the note.
		await page.getByText('Note, tags and time', { exact: true }).focus();
		await page.keyboard.press('Enter');
		const note = page.getByRole('textbox', { name: 'Note' });
		await expect(note).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(note).toBeFocused();
		await note.fill('a'.repeat(2001));
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText('The note is 2001 characters; the limit is 2000.')).toBeVisible();
		await expect(note).toHaveAttribute('aria-invalid', 'true');
		await expect(note).toHaveValue('a'.repeat(2001));
		expect(await livePainEntries(page)).toEqual([]);
	});

	test('a time in the future', async ({ page }) => {
		await page.getByRole('radio', { name: /^6,/ }).check();
		await page.getByText('Note, tags and time', { exact: true }).click();
		const time = page.getByLabel('Time');
		const tomorrow = await localDateTime(page, 1);
		await time.fill(tomorrow);
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText(/The time is in the future/)).toBeVisible();
		await expect(time).toHaveValue(tomorrow);
		expect(await livePainEntries(page)).toEqual([]);
	});

	test('an empty tag and a tag over 40 characters', async ({ page }) => {
		await page.getByRole('radio', { name: /^6,/ }).check();
		await page.getByText('Note, tags and time', { exact: true }).click();
		const newTag = page.getByRole('textbox', { name: 'Add a tag' });
		await newTag.fill('   ');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText('A tag cannot be empty.')).toBeVisible();
		await newTag.fill('t'.repeat(41));
		await page.getByRole('button', { name: 'Add', exact: true }).click();
		await expect(page.getByText('A tag can have at most 40 characters.')).toBeVisible();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText('A tag can have at most 40 characters.')).toBeVisible();
		await expect(newTag).toHaveValue('t'.repeat(41));
		expect(await livePainEntries(page)).toEqual([]);
	});
});
