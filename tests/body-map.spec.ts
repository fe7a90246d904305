import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { waitForServiceWorker } from './helpers';

/** Presses Tab (or Shift+Tab) until the control has focus: the keyboard-only way there. */
async function tabTo(page: Page, control: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
	for (let presses = 0; presses < 200; presses++) {
		if (await control.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press(key);
	}
	throw new Error(`Could not reach the control with ${key}`);
}

const where = (page: Page) => page.getByRole('group', { name: 'Where it hurts' });
const region = (scope: Page | Locator, name: string) =>
	scope.getByRole('button', { name, exact: true });

test('marks where it hurts by keyboard alone, draws a radiating path, and sees it on Body offline', async ({
	page,
	context
}) => {
	// About 230 key presses, each checked before the next: a busy shared machine needs more than
	// the default minute for them (32 s on a quieter run, over 60 s at a load of 9 on 2 cores).
	test.setTimeout(120_000);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await waitForServiceWorker(page);

	// Score 6 with the number key, then open "Where?".
	await page.keyboard.press('6');
	await expect(page.getByRole('radio', { name: '6, moderate' })).toBeChecked();
	const summary = page.getByText('Where?', { exact: true });
	await tabTo(page, summary);
	await page.keyboard.press('Enter');
	await expect(where(page)).toBeVisible();

	// Mark the left deep glute and tick tingling.
	const glute = region(where(page), 'Left deep glute (piriformis)');
	await tabTo(page, glute);
	await page.keyboard.press('Enter');
	await expect(glute).toHaveAttribute('aria-pressed', 'true');
	const gluteMark = where(page).getByRole('group', { name: /^Left deep glute \(piriformis\)/ });
	const tingling = gluteMark.getByRole('checkbox', { name: 'tingling' });
	await tabTo(page, tingling);
	await page.keyboard.press('Space');
	await expect(tingling).toBeChecked();
	await expect(gluteMark.getByRole('slider', { name: 'Intensity' })).toHaveValue('6');

	// Draw the sciatic path down the back of the leg, moving with the arrow keys.
	const drawPath = where(page).getByRole('button', { name: 'Draw radiating path' });
	await tabTo(page, drawPath, 'Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(drawPath).toHaveAttribute('aria-pressed', 'true');
	await tabTo(page, glute);
	await page.keyboard.press('Enter');
	await page.keyboard.press('ArrowDown');
	await expect(region(where(page), 'Left main glute (gluteus maximus)')).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(region(where(page), 'Left back of thigh (hamstrings)')).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(where(page).getByText(/^Path:/)).toHaveText(
		'Path: Left deep glute (piriformis) → Left back of thigh (hamstrings) → Left calf → Left sole and heel'
	);
	await tabTo(page, drawPath, 'Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(drawPath).toHaveAttribute('aria-pressed', 'false');
	await expect(region(where(page), 'Left sole and heel')).toHaveAttribute('aria-pressed', 'true');
	await expect(
		where(page)
			.getByRole('group', { name: /^Left calf, path step 3/ })
			.getByRole('checkbox', {
				name: 'radiating'
			})
	).toBeChecked();

	// Save with the entry.
	await tabTo(page, page.getByRole('button', { name: 'Save', exact: true }));
	await page.keyboard.press('Enter');
	await expect(page.getByText('Saved: pain 6, moderate.')).toBeVisible();

	// "Same as last time" brings the four marks back in one tap.
	await page.getByRole('button', { name: 'Same as last time' }).click();
	await expect(page.getByText('Copied 4 marks from last time.')).toBeVisible();
	await expect(region(where(page), 'Left calf')).toHaveAttribute('aria-pressed', 'true');

	// Offline, after a reload, the Body screen shows the marks.
	await context.setOffline(true);
	await page.goto('/body');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Body' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
	const heatGlute = page.getByRole('button', {
		name: 'Left deep glute (piriformis), marked once, mean intensity 6'
	});
	await expect(heatGlute).toBeVisible();
	await expect(
		page.getByRole('button', { name: 'Right deep glute (piriformis), not marked' })
	).toBeVisible();
	const top = page.getByRole('region', { name: 'Most painful regions' });
	await expect(top.getByRole('listitem')).toHaveCount(4);
	await expect(top).toContainText('Left deep glute (piriformis)');
	await expect(top).toContainText('once, mean intensity 6');

	await heatGlute.focus();
	await page.keyboard.press('Enter');
	const history = page.getByRole('region', { name: 'History: Left deep glute (piriformis)' });
	await expect(history).toBeVisible();
	await expect(history.getByRole('listitem')).toHaveCount(1);
	await expect(history.getByRole('listitem')).toContainText('tingling');
	await expect(page.getByRole('region', { name: 'Last 8 weeks' })).toContainText(
		'4 regions, 8% of the body'
	);
});

test('the Body screen has no axe violations in light and dark, with marks and without', async ({
	page
}) => {
	await page.goto('/body');
	await expect(page.getByRole('heading', { name: 'No body marks yet' })).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

	await page.getByRole('link', { name: 'Go to Today' }).click();
	await page.getByText('Where?', { exact: true }).click();
	await region(where(page), 'Right front-outer hip (TFL)').click();
	// Marked before the score was chosen, the mark's intensity follows the score.
	await page.getByRole('radio', { name: '7, severe' }).check();
	await expect(
		where(page)
			.getByRole('group', { name: 'Right front-outer hip (TFL)' })
			.getByRole('slider', { name: 'Intensity' })
	).toHaveValue('7');
	await where(page).getByText('Choose from a list instead').click();
	await where(page)
		.getByRole('checkbox', { name: 'Left flank above the hip (quadratus lumborum)' })
		.check();
	await expect(
		region(where(page), 'Left flank above the hip (quadratus lumborum)')
	).toHaveAttribute('aria-pressed', 'true');
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Saved: pain 7, severe.')).toBeVisible();

	await page.goto('/body');
	await expect(
		page.getByRole('button', { name: 'Right front-outer hip (TFL), marked once, mean intensity 7' })
	).toBeVisible();
	await page
		.getByRole('button', { name: 'Left flank above the hip (quadratus lumborum)', exact: true })
		.click();
	await expect(page.getByRole('region', { name: /^History: Left flank/ })).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

	await page.emulateMedia({ colorScheme: 'dark' });
	await page.reload();
	await expect(page.getByRole('region', { name: 'Heat map' })).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('on a phone, zooming to the hip and low back makes every region there and down the legs at least 44 px', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await page.getByText('Where?', { exact: true }).click();
	const zoom = where(page).getByRole('button', { name: 'Zoom to hip and low back' });
	await zoom.click();
	await expect(zoom).toHaveAttribute('aria-pressed', 'true');
	const names = [
		'lumbar paraspinals (multifidus)',
		'flank above the hip (quadratus lumborum)',
		'sacroiliac joint',
		'upper glute (gluteus medius)',
		'deep glute (piriformis)',
		'main glute (gluteus maximus)',
		'front-outer hip (TFL)',
		'groin and hip flexor (iliopsoas)',
		// The zoom goes on down the legs, for a radiating path.
		'outer thigh (iliotibial band)',
		'front of thigh (quadriceps)',
		'back of thigh (hamstrings)',
		'knee',
		'shin',
		'calf',
		'top of foot',
		'sole and heel'
	].flatMap((name) => [`Left ${name}`, `Right ${name}`]);
	for (const name of [...names, 'Mid back', 'Lower spine', 'Sacrum']) {
		const box = await region(where(page), name).boundingBox();
		expect(box, name).not.toBeNull();
		expect(box!.width, name).toBeGreaterThanOrEqual(44);
		expect(box!.height, name).toBeGreaterThanOrEqual(44);
	}
	await region(where(page), 'Left sacroiliac joint').click();
	await expect(region(where(page), 'Left sacroiliac joint')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});
