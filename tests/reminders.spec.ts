// Reminders that work when the app is closed (issue 16, point 12): the calendar first, right
// where the plan is saved, with why; "Remind me while open" says why when notifications are
// blocked instead of disappearing.
import { expect, test } from './fixtures';

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
]) {
	test(`at ${viewport.width} × ${viewport.height}, saving a plan offers the calendar reminders in view, with why`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/release');
		await page.getByRole('link', { name: 'Set a plan' }).click();
		await page.getByRole('checkbox', { name: 'Piriformis release (deep glute)' }).check();
		await page.getByRole('radio', { name: 'At a time' }).check();
		await page.getByLabel('Time', { exact: true }).fill('22:15');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();

		// Where the plan was saved, before anything else of the plan, without scrolling.
		const reminders = page.getByRole('region', { name: 'Reminders' });
		await expect(reminders).toContainText(
			'Unknot cannot wake your phone while it is closed; your calendar can, at the time of your plan.'
		);
		const add = reminders.getByRole('button', { name: 'Add reminders to my calendar' });
		const box = (await add.boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
		expect(box.height).toBeGreaterThanOrEqual(44);
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		const plan = page.getByRole('region', { name: 'Your plan' });
		const planText = (await plan.getByText(/Piriformis release \(deep glute\) —/).boundingBox())!;
		expect(box.y).toBeLessThan(planText.y);

		// The file: a daily event at the plan's time with an alarm at that time.
		const downloading = page.waitForEvent('download');
		await add.click();
		const download = await downloading;
		expect(download.suggestedFilename()).toBe('unknot-plan.ics');
		const chunks: Buffer[] = [];
		for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
		const text = Buffer.concat(chunks).toString('utf8');
		expect(text).toMatch(/DTSTART:\d{8}T221500\r\n/);
		expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU\r\n');
		expect(text).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\n.*\r\nTRIGGER:PT0M\r\nEND:VALARM/);

		// On the next visit the plan comes first and the reminders stay below it.
		await page.reload();
		const again = (await page
			.getByRole('region', { name: 'Reminders' })
			.getByRole('button', { name: 'Add reminders to my calendar' })
			.boundingBox())!;
		const planAgain = (await plan.getByText(/Piriformis release \(deep glute\) —/).boundingBox())!;
		expect(again.y).toBeGreaterThan(planAgain.y);
	});
}

test('"Remind me while open" says why when the browser blocks notifications', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/release');
	await page.getByRole('link', { name: 'Set a plan' }).click();
	await page.getByRole('checkbox', { name: 'Glute release' }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	const reminders = page.getByRole('region', { name: 'Reminders' });
	await reminders.getByRole('button', { name: 'Remind me while Unknot is open' }).click();
	await expect(reminders).toContainText(
		'Notifications are blocked for Unknot in this browser, so it cannot remind you while open.'
	);
	await expect(
		reminders.getByRole('button', { name: 'Add reminders to my calendar' })
	).toBeVisible();
	// Still said after a reload, where the question can no longer be asked.
	await page.reload();
	await expect(page.getByRole('region', { name: 'Reminders' })).toContainText(
		'Notifications are blocked for Unknot in this browser'
	);
});
