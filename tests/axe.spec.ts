// Accessibility scan of every screen, with a little data on it, in the light and the dark theme.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { backupOf, jsonFile, openSettings, painEntry } from './backupFiles';
import { expect, test } from './fixtures';
import { screens } from './helpers';

/** A few entries over the last days, one with marks, so no screen shows only its empty state. */
function smallJournal() {
	const now = Date.now();
	const entries = [0, 1, 2, 3, 5, 8].map((daysAgo, index) =>
		painEntry({
			id: `axe-entry-${index}`,
			score: 3 + (index % 5),
			note: index === 0 ? 'Tight after sitting' : '',
			tags: index % 2 === 0 ? ['after sitting'] : [],
			at: now - daysAgo * 86_400_000 - 60_000
		})
	);
	const backup = backupOf(entries);
	const first = entries[0]!;
	backup.tables.bodyMarks = ['left-deep-glute', 'right-front-outer-hip'].map((regionId, index) => ({
		id: `axe-mark-${index}`,
		createdAt: first.createdAt,
		updatedAt: first.updatedAt,
		deletedAt: null,
		at: first.at,
		day: first.day,
		entryId: first.id,
		regionId,
		side: regionId.startsWith('left') ? 'left' : 'right',
		intensity: 6,
		sensations: ['ache'],
		pathId: null,
		pathIndex: null
	})) as never[];
	return backup;
}

async function restoreSmallJournal(page: Page) {
	await openSettings(page);
	await page.getByLabel('Backup file').setInputFiles(jsonFile('small.json', smallJournal()));
	await expect(page.getByText(/Nothing has changed yet/)).toBeVisible();
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Restored: / })).toBeVisible();
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`every screen has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await restoreSmallJournal(page);
		for (const screen of screens) {
			await page.goto(screen.path);
			await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
			if (screen.path === '/history') {
				await expect(page.getByText('Tight after sitting')).toBeVisible();
			}
			if (screen.path === '/insights') {
				await expect(page.getByRole('group', { name: /range/i })).toBeVisible();
			}
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map((violation) => ({
					screen: screen.path,
					id: violation.id,
					targets: violation.nodes.map((node) => node.target.join(' '))
				}))
			).toEqual([]);
		}
	});
}
