import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile, writeFile } from 'node:fs/promises';
import { checkIn, showEndOfToday } from './helpers';
import { backupOf, jsonFile, openSettings, painEntry } from './backupFiles';

function todayList(page: Page) {
	return page.getByRole('region', { name: "Today's entries" });
}

async function chooseBackup(page: Page, file: Parameters<Page['setInputFiles']>[1]) {
	await page.getByLabel('Backup file').setInputFiles(file);
}

test('a backup downloaded here restores the same entries in a fresh browser profile', async ({
	page,
	browser
}) => {
	await page.goto('/');
	await page.getByText('Note, tags and time', { exact: true }).click();
	await page.getByLabel('Note', { exact: true }).fill('Stiff after the drive, left hip');
	await checkIn(page, 6);
	await expect(todayList(page).getByText('Pain 6, moderate')).toBeAttached();
	await showEndOfToday(page);
	await expect(page.getByRole('complementary', { name: 'Backup reminder' })).toBeVisible();

	await openSettings(page);
	await expect(page.getByText('No backup made on this device yet.')).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download backup' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^unknot-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const text = await readFile((await download.path())!, 'utf8');
	const backup = JSON.parse(text) as { format: string; tables: { painEntries: unknown[] } };
	expect(backup.format).toBe('unknot-backup');
	expect(backup.tables.painEntries).toHaveLength(1);
	await expect(page.getByText(/^Last backup:/)).toBeVisible();
	await page.goto('/');
	await showEndOfToday(page);
	await expect(page.getByRole('complementary', { name: 'Backup reminder' })).toHaveCount(0);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto('/');
	await expect(todayList(other).getByText(/No entries yet today/)).toBeVisible();
	await openSettings(other);
	await chooseBackup(other, {
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(other.getByText(/Nothing has changed yet/)).toBeVisible();
	await other.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(other.getByRole('status').filter({ hasText: /^Restored: \d+ added/ })).toBeVisible();
	await other.goto('/');
	await expect(todayList(other).getByText('Pain 6, moderate')).toBeAttached();
	await expect(todayList(other).getByText('Stiff after the drive, left hip')).toBeVisible();
	// The same History and Insights as where the backup was made.
	for (const view of [page, other]) {
		await view.goto('/history');
		await expect(view.getByText('Mean 6.0')).toBeVisible();
		await expect(view.getByText('Stiff after the drive, left hip')).toBeVisible();
		await view.goto('/insights');
		await expect(view.getByText(/pain logged on 1 day, averaging 6\.0/).first()).toBeVisible();
	}
	await fresh.close();
});

test('replace asks for confirmation and offers a copy of the current data first', async ({
	page
}) => {
	await page.goto('/');
	await checkIn(page, 3);
	await expect(todayList(page).getByText('Pain 3, mild')).toBeAttached();

	await openSettings(page);
	await chooseBackup(
		page,
		jsonFile(
			'other.json',
			backupOf([painEntry({ id: 'from-backup', score: 8, note: 'From the backup' })])
		)
	);
	await page.getByRole('radio', { name: /Replace everything here/ }).check();
	await page.getByRole('button', { name: 'Restore', exact: true }).click();

	const confirmation = page.getByRole('group', { name: 'Replace all your data?' });
	await expect(confirmation).toBeVisible();
	const downloading = page.waitForEvent('download');
	await confirmation.getByRole('button', { name: 'Download a copy of my current data' }).click();
	const copy = await downloading;
	const current = JSON.parse(await readFile((await copy.path())!, 'utf8')) as {
		tables: { painEntries: { score: number }[] };
	};
	expect(current.tables.painEntries.map((entry) => entry.score)).toEqual([3]);

	await confirmation.getByRole('button', { name: 'Replace all my data' }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Restored: \d+ added/ })).toBeVisible();
	await page.goto('/');
	await expect(todayList(page).getByText('Pain 8, severe')).toBeAttached();
	await expect(todayList(page).getByText('From the backup')).toBeVisible();
	await expect(todayList(page).getByText('Pain 3, mild')).toHaveCount(0);
});

test('a bad file is refused with an alert naming the problem, and nothing changes', async ({
	page
}) => {
	await page.goto('/');
	await checkIn(page, 4);
	await expect(todayList(page).getByText('Pain 4, moderate')).toBeAttached();
	await openSettings(page);

	const input = page.getByLabel('Backup file');
	await chooseBackup(
		page,
		jsonFile('bad.json', backupOf([painEntry({ id: 'too-high', score: 11 })]))
	);
	const alert = page.getByRole('alert');
	await expect(alert).toHaveText(
		'painEntries row 1: score must be a whole number from 0 to 10 (found 11).'
	);
	await expect(input).toHaveAttribute('aria-invalid', 'true');
	await page.getByRole('radio', { name: /Replace everything here/ }).check();
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(page.getByRole('group', { name: 'Replace all your data?' })).toHaveCount(0);

	await chooseBackup(page, {
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format": "unknot-backup", "tables": ')
	});
	await expect(alert).toHaveText(/not readable JSON/);
	await chooseBackup(page, {
		name: 'empty.json',
		mimeType: 'application/json',
		buffer: Buffer.alloc(0)
	});
	await expect(alert).toHaveText(/empty/);

	await page.goto('/');
	await expect(todayList(page).getByRole('listitem')).toHaveCount(1);
	await expect(todayList(page).getByText('Pain 4, moderate')).toBeAttached();
});

test('closing the page in the middle of a large import leaves the old data intact', async ({
	page,
	context
}, testInfo) => {
	// A large file takes a while to check and write on a busy machine; that is the point here.
	test.setTimeout(180_000);
	await page.goto('/');
	await checkIn(page, 2);
	await expect(todayList(page).getByText('Pain 2, mild')).toBeAttached();

	const start = Date.now() - 3_600_000;
	const entries = Array.from({ length: 50_000 }, (_, index) =>
		painEntry({
			id: `large-${index}`,
			score: 9,
			note: 'A long note so that the file is large enough to take a while to write.',
			at: start + index
		})
	);
	await openSettings(page);
	// Handed over as a file on disk: much faster than sending the bytes through the protocol.
	const largeFile = testInfo.outputPath('large.json');
	await writeFile(largeFile, JSON.stringify(backupOf(entries)));
	await chooseBackup(page, largeFile);
	await expect(page.getByText(/Nothing has changed yet/)).toBeVisible({ timeout: 30_000 });
	await page.getByRole('radio', { name: /Replace everything here/ }).check();
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await page.getByRole('button', { name: 'Replace all my data' }).click();
	await expect(page.getByRole('progressbar', { name: 'Restoring' })).toBeVisible();
	await page.close();

	const reopened = await context.newPage();
	await reopened.goto('/');
	await expect(todayList(reopened).getByText('Pain 2, mild')).toBeAttached();
	await expect(todayList(reopened).getByRole('listitem')).toHaveCount(1);
});

test('delete all my data needs the typed word, empties the journal, and the app still works', async ({
	page
}) => {
	await page.goto('/');
	await checkIn(page, 7);
	await expect(todayList(page).getByText('Pain 7, severe')).toBeAttached();

	await openSettings(page);
	const confirmation = page.getByLabel('Type DELETE to confirm');
	await confirmation.fill('delete');
	await page.getByRole('button', { name: 'Delete all my data' }).click();
	await expect(page.getByText('Type DELETE in capital letters to confirm.')).toBeVisible();
	await expect(confirmation).toHaveAttribute('aria-invalid', 'true');
	await page.goto('/');
	await expect(todayList(page).getByText('Pain 7, severe')).toBeAttached();

	await openSettings(page);
	await page.getByLabel('Type DELETE to confirm').fill('DELETE');
	await page.getByRole('button', { name: 'Delete all my data' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'All your data has been deleted from this device.' })
	).toBeVisible();
	await page.goto('/');
	await expect(todayList(page).getByText(/No entries yet today/)).toBeVisible();
	await showEndOfToday(page);
	await expect(page.getByRole('complementary', { name: 'Backup reminder' })).toHaveCount(0);

	await checkIn(page, 1);
	await expect(todayList(page).getByText('Pain 1, mild')).toBeAttached();
	await page.reload();
	await expect(todayList(page).getByText('Pain 1, mild')).toBeAttached();
});

test('the data sections of Settings pass an accessibility scan in light and dark', async ({
	page
}) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await openSettings(page);
		await chooseBackup(page, jsonFile('bad.json', backupOf([painEntry({ id: 'x', score: 11 })])));
		await expect(page.getByRole('alert')).toBeVisible();
		await page.getByLabel('Type DELETE to confirm').fill('nope');
		await page.getByRole('button', { name: 'Delete all my data' }).click();
		await expect(page.getByText('Type DELETE in capital letters to confirm.')).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);
	}
});
