// Rows the restore check now refuses, but that a journal may already hold (restored before the
// check existed, or written by another version): no screen may go blank over them.
import { expect, test } from './fixtures';
import { putRows } from './helpers';

/** The fields every dated row has, at a moment a few minutes ago, in the browser's own zone. */
async function datedRow(page: import('@playwright/test').Page, id: string, minutesAgo: number) {
	return page.evaluate(
		({ id, minutesAgo }) => {
			const at = Date.now() - minutesAgo * 60_000;
			const date = new Date(at);
			const pad = (value: number) => String(value).padStart(2, '0');
			const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
			return { id, createdAt: at, updatedAt: at, deletedAt: null, at, day };
		},
		{ id, minutesAgo }
	);
}

function entry(row: Awaited<ReturnType<typeof datedRow>>, score: number, tags: string[]) {
	return { ...row, score, note: '', tags, redFlagCheck: null, redFlags: null };
}

test('a tag stored twice, an entry and a session sharing an id, and a region marked twice by one entry still show', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByText(/No entries yet today/)).toBeVisible();

	const twiceTagged = entry(await datedRow(page, 'twice-tagged', 3), 4, ['knee', 'knee']);
	const shared = await datedRow(page, 'shared-id', 2);
	const sharedEntry = entry(shared, 6, []);
	const sharedSession = {
		...shared,
		at: shared.at - 60_000,
		kind: 'release',
		routineId: 'release-piriformis',
		routineName: 'Evening glutes',
		treatments: [],
		otherTreatment: '',
		regionIds: [],
		sides: [],
		spotsPlanned: 2,
		spotsDone: 2,
		holdSeconds: 30,
		endAt: shared.at,
		painBefore: 6,
		painAfter: 4,
		note: '',
		status: 'finished'
	};
	const mark = (id: string, intensity: number) => ({
		...twiceTagged,
		id,
		entryId: twiceTagged.id,
		regionId: 'left-deep-glute',
		side: 'left',
		intensity,
		sensations: [],
		pathId: null,
		pathIndex: null
	});
	await putRows(page, {
		painEntries: [twiceTagged, sharedEntry],
		sessions: [sharedSession],
		bodyMarks: [mark('mark-one', 3), mark('mark-two', 5)]
	});

	await page.reload();
	const today = page.getByRole('region', { name: "Today's entries" });
	await expect(today.getByText('Pain 4, moderate')).toBeAttached();
	await expect(today.getByText('Pain 6, moderate')).toBeAttached();
	// Tags are shown as words in the row, each once.
	await expect(today.locator('.tag')).toHaveText(['knee']);

	await page.goto('/history');
	const day = page.locator(`section[data-day="${shared.day}"]`);
	await expect(day.getByText('Pain 4, moderate')).toBeAttached();
	await expect(day.getByText('Pain 6, moderate')).toBeAttached();
	await expect(day.getByText(/^Evening glutes/).first()).toBeVisible();
	await expect(day.locator('.tag')).toHaveText(['knee']);
	// The edit dialog opens on the entry with its tag once; saving it repairs the row.
	await day
		.getByRole('button', { name: /^Actions for entry/ })
		.last()
		.click();
	await day
		.getByRole('button', { name: /^Edit entry/ })
		.last()
		.click();
	const dialog = page.getByRole('dialog', { name: 'Edit entry' });
	await expect(dialog.getByRole('checkbox', { name: 'knee' })).toHaveCount(1);
	await dialog.getByRole('button', { name: 'Cancel' }).click();

	await page.goto('/body');
	await page
		.getByRole('button', { name: /^Left deep glute \(piriformis\), marked 2 times/ })
		.click();
	const history = page.getByRole('region', { name: 'History: Left deep glute (piriformis)' });
	await expect(history.getByRole('listitem')).toHaveCount(2);
	await expect(history).toContainText('here 5');
	await expect(history).toContainText('here 3');
});
