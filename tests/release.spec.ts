import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { localDateTime, showEndOfToday, storedRows } from './helpers';

/** Sets a plan of a daily piriformis release, so Today and Release show it due or done. */
async function planDailyPiriformis(page: Page) {
	await page.getByRole('link', { name: 'Set a plan' }).click();
	await page.getByRole('checkbox', { name: 'Piriformis release (deep glute)' }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();
}

test('a guided piriformis release on both sides: pause, reload and resume, finish, save', async ({
	page
}) => {
	await page.clock.install();
	await page.goto('/release');
	await expect(page.getByRole('heading', { level: 1, name: 'Release' })).toBeVisible();
	await planDailyPiriformis(page);
	const plan = page.getByRole('region', { name: 'Your plan' });
	await expect(plan.getByText('Due today: 0 of 1 done.')).toBeVisible();

	await page.getByRole('link', { name: 'Piriformis release (deep glute)' }).click();
	await expect(
		page.getByRole('heading', { level: 2, name: 'Piriformis release (deep glute)' })
	).toBeFocused();
	await expect(page.getByText(/sharp, electric or nerve pain/)).toBeVisible();

	// Bad input is refused next to its field.
	const hold = page.getByRole('spinbutton', { name: 'Hold time (seconds)' });
	await hold.fill('15');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(hold).toHaveAttribute('aria-invalid', 'true');
	await expect(
		page.getByText('Hold time must be a whole number of seconds from 20 to 180.')
	).toBeVisible();

	await hold.fill('20');
	await page.getByRole('spinbutton', { name: 'Spots per side' }).fill('1');
	await page.getByRole('button', { name: 'Start' }).click();
	await page.getByRole('button', { name: '6, moderate' }).click();

	const timer = page.getByRole('region', { name: 'Piriformis release (deep glute)' });
	await expect(timer.getByText('Left side', { exact: true })).toBeVisible();
	await expect(timer.getByText('Spot 1 of 1', { exact: true })).toBeVisible();

	await timer.getByRole('button', { name: 'Pause' }).click();
	await expect(timer.getByText('Paused', { exact: true })).toBeVisible();
	const left = await timer.getByText(/^Time left:/).textContent();
	await page.clock.fastForward('01:00');
	await expect(timer.getByText(/^Time left:/)).toHaveText(left!);
	await timer.getByRole('button', { name: 'Resume' }).click();
	await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();

	await page.clock.fastForward(21_000);
	await expect(timer.getByRole('button', { name: 'Switch side' })).toBeVisible();
	await expect(
		timer.getByText('Switch to the right side, then find the first spot.')
	).toBeVisible();

	// A reload in the middle: the session is still there, at the step where it was.
	await page.reload();
	await expect(timer.getByText('Right side', { exact: true })).toBeVisible();
	await timer.getByRole('button', { name: 'Switch side' }).click();
	await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
	await expect(timer.getByText('Right side', { exact: true })).toBeVisible();
	await page.clock.fastForward(21_000);

	await expect(page.getByRole('heading', { level: 2, name: 'Session complete' })).toBeVisible();
	await expect(page.getByText('2 of 2 done')).toBeVisible();
	await expect(
		page.getByRole('radiogroup', { name: 'Pain before' }).getByRole('radio', { name: /^6,/ })
	).toBeChecked();
	await page
		.getByRole('radiogroup', { name: 'Pain after' })
		.getByRole('radio', { name: /^3,/ })
		.check();
	await page.getByRole('button', { name: 'Save session' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Session saved.' })).toBeVisible();
	await expect(plan.getByText('Done today: 1 of 1.')).toBeVisible();
	await expect(page.getByRole('region', { name: 'A session is in progress' })).toHaveCount(0);

	await page.getByRole('link', { name: 'Today' }).click();
	await showEndOfToday(page);
	const today = page.getByRole('region', { name: 'Self-care today' });
	await expect(today.getByText('Done today: 1 of 1.')).toBeVisible();
	await expect(today.getByText('Piriformis release (deep glute) — done')).toBeVisible();

	await page.getByRole('link', { name: 'History' }).click();
	const session = page.getByRole('listitem').filter({ hasText: 'Piriformis release (deep glute)' });
	await expect(session).toContainText('2 of 2 spots');
	await expect(session).toContainText('40 s held');
	await expect(session).toContainText('pain 6 → 3');
});

test('logs a cupping visit and exports the plan as an iCalendar file', async ({ page }) => {
	await page.goto('/release');
	await planDailyPiriformis(page);

	await page.getByRole('link', { name: 'Log a clinic visit' }).click();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Choose at least one treatment.')).toBeVisible();
	await expect(page.getByText('Choose at least one place treated.')).toBeVisible();
	await page.getByRole('checkbox', { name: 'Cupping' }).check();
	await page.getByText('Choose from a list instead').click();
	await page
		.getByRole('checkbox', { name: 'Left flank above the hip (quadratus lumborum)' })
		.check();
	await page.getByRole('textbox', { name: 'Note' }).fill('Six cups');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Clinic visit saved.' })).toBeVisible();

	await page.getByRole('link', { name: 'History' }).click();
	const visit = page.getByRole('listitem').filter({ hasText: 'Clinic visit: Cupping' });
	await expect(visit).toContainText('Left flank above the hip (quadratus lumborum)');
	await expect(visit).toContainText('Six cups');
	await visit.getByRole('button', { name: 'Actions for Clinic visit: Cupping' }).click();
	await visit.getByRole('button', { name: 'Delete Clinic visit: Cupping' }).click();
	await expect(visit).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(visit).toContainText('Six cups');
	await visit.getByRole('button', { name: 'Actions for Clinic visit: Cupping' }).click();
	await visit.getByRole('button', { name: 'Edit Clinic visit: Cupping' }).click();
	const dialog = page.getByRole('dialog', { name: 'Edit clinic visit' });
	await dialog.getByRole('textbox', { name: 'Note' }).fill('Eight cups');
	await dialog.getByRole('button', { name: 'Save changes' }).click();
	await expect(visit).toContainText('Eight cups');

	await page.getByRole('link', { name: 'Release' }).click();
	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Add reminders to my calendar' }).click();
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toBe('unknot-plan.ics');
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	const text = Buffer.concat(chunks).toString('utf8');
	expect(text).toContain('BEGIN:VCALENDAR\r\n');
	expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU\r\n');
	expect(text).toContain('BEGIN:VALARM\r\n');
	expect(text).toMatch(/DTSTART:\d{8}T213000\r\n/);
});

test('bad input is refused beside its field and nothing is stored; own routines undo a delete', async ({
	page
}) => {
	await page.goto('/release');

	await page.getByRole('link', { name: 'Create a routine' }).click();
	const hold = page.getByRole('spinbutton', { name: 'Hold time (seconds)' });
	const spots = page.getByRole('spinbutton', { name: 'Spots per side' });
	await hold.fill('10');
	await spots.fill('11');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('Give the routine a name.')).toBeVisible();
	await expect(page.getByText('Choose at least one body region.')).toBeVisible();
	await expect(hold).toHaveAccessibleDescription(
		/Hold time must be a whole number of seconds from 20 to 180/
	);
	await expect(spots).toHaveAccessibleDescription(
		/Spots per side must be a whole number from 1 to 10/
	);
	expect(await storedRows(page, 'routines')).toEqual([]);

	await page.getByRole('textbox', { name: 'Name' }).fill('Evening flank');
	await page
		.getByRole('checkbox', { name: 'Left flank above the hip (quadratus lumborum)' })
		.check();
	await hold.fill('45');
	await spots.fill('2');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Evening flank' })).toBeVisible();
	await page.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByText('Routine deleted: Evening flank')).toBeVisible();
	const own = page.getByRole('region', { name: 'Your routines' });
	await expect(own.getByRole('link', { name: 'Evening flank' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(own.getByRole('link', { name: 'Evening flank' })).toBeVisible();

	await page.getByRole('link', { name: 'Set a plan' }).click();
	await page.getByRole('checkbox', { name: 'Glute release' }).check();
	for (const day of [
		'Monday',
		'Tuesday',
		'Wednesday',
		'Thursday',
		'Friday',
		'Saturday',
		'Sunday'
	]) {
		await page.getByRole('checkbox', { name: day }).uncheck();
	}
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Choose at least one day.')).toBeVisible();
	expect(await storedRows(page, 'plans')).toEqual([]);
	await page.getByRole('button', { name: 'Cancel' }).click();

	await page.getByRole('link', { name: 'Log a session afterwards' }).click();
	await page.getByRole('combobox', { name: 'Routine' }).selectOption({ label: 'Glute release' });
	await page.getByLabel('Started').fill(await localDateTime(page, 0));
	await page.getByLabel('Ended').fill(await localDateTime(page, -1));
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByLabel('Ended')).toHaveAccessibleDescription(/The end is before the start/);
	await page.getByLabel('Ended').fill(await localDateTime(page, 1));
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByLabel('Ended')).toHaveAccessibleDescription(/The end is in the future/);
	expect(await storedRows(page, 'sessions')).toEqual([]);
	await page.getByRole('button', { name: 'Cancel' }).click();

	const scan = await new AxeBuilder({ page }).include('main').analyze();
	expect(scan.violations.map((violation) => violation.id)).toEqual([]);
});
