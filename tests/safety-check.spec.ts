// A safety check that cannot get lost (issue 16, point 6): red-flag questions left unanswered
// stay on Today, across leaving it and a reload, and on that entry in History, until answered or
// dismissed; the clinician report says "not answered" apart from "answered no".
import { expect, test } from './fixtures';
import { checkIn, openScreen } from './helpers';
import { expectAxeCleanInBothThemes, phone } from './dailyLoopJournal';

test.use({ viewport: phone });

test('unanswered safety questions wait on Today and in History, and the report tells them from a no', async ({
	page
}) => {
	// Two axe scans and the report on a shared machine.
	test.setTimeout(120_000);
	await page.goto('/');
	await checkIn(page, 9);
	const questions = page.getByRole('region', { name: 'A quick safety check' });
	await expect(questions).toBeVisible();
	await expect(questions).toContainText('Because your pain is 8 or more');

	// Leaving Today without answering: the entry in History says so, and offers the questions.
	await openScreen(page, 'History');
	const row = page.getByRole('listitem').filter({ hasText: 'Safety check not answered' });
	await expect(row).toHaveCount(1);
	await expect(row.getByRole('button', { name: /^Answer it/ })).toBeVisible();

	// Back on Today, and after a reload, the questions are still there.
	await openScreen(page, 'Today');
	await expect(questions).toBeVisible();
	await page.reload();
	await expect(questions).toBeVisible();
	await expect(page.getByRole('region', { name: "Today's entries" })).toContainText(
		'Safety check not answered'
	);
	await expectAxeCleanInBothThemes(page);

	// "Not now" closes them without an answer; a later check-in is answered "none".
	await questions.getByRole('button', { name: 'Not now' }).click();
	await expect(questions).toBeHidden();
	await expect(page.getByRole('region', { name: "Today's entries" })).toContainText(
		'Safety check: not answered'
	);
	await checkIn(page, 8);
	await expect(questions).toBeVisible();
	await questions.getByRole('button', { name: 'None of these are new' }).click();
	await expect(questions).toBeHidden();

	await page.goto('/report');
	const flags = page.getByRole('region', { name: 'Red flags' });
	await expect(
		flags.getByText('The red-flag questions were asked after 2 check-ins:')
	).toBeVisible();
	await expect(flags.getByText(/^Answered no to every question once \(.+\)\.$/)).toBeVisible();
	await expect(
		flags.getByText(/^Not answered once \(.+, closed without an answer\)\.$/)
	).toBeVisible();
	await expect(flags).not.toContainText('No red flags');
});

test('questions answered from History stop waiting on Today', async ({ page }) => {
	await page.goto('/');
	await checkIn(page, 8);
	const questions = page.getByRole('region', { name: 'A quick safety check' });
	await expect(questions).toBeVisible();
	await openScreen(page, 'History');
	const row = page.getByRole('listitem').filter({ hasText: 'Safety check not answered' });
	await row.getByRole('button', { name: /^Answer it/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Safety check' });
	await dialog.getByRole('button', { name: 'None of these are new' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByText('Safety check not answered')).toHaveCount(0);
	await openScreen(page, 'Today');
	await expect(
		page.getByRole('region', { name: "Today's entries" }).getByRole('listitem')
	).toHaveCount(1);
	await expect(questions).toHaveCount(0);
});
