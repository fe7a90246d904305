import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { skipWelcome } from './helpers';

function welcomeDialog(page: Page) {
	return page.getByRole('dialog', { name: 'Welcome to Unknot' });
}

const hintKey = 'unknot.welcomeDone';

// These specs meet the welcome as a first-time visitor does: without the suite's default hint.
test.use({ storageState: { cookies: [], origins: [] } });

/** Reloads with only the journal to go by, and waits until the app has read it. */
async function reloadWithoutHint(page: Page) {
	await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), hintKey)).toBe('1');
	await page.evaluate((key) => localStorage.removeItem(key), hintKey);
	await page.reload();
	await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), hintKey)).toBe('1');
}

test('the welcome shows once, can be skipped, and comes back from Settings', async ({ page }) => {
	await page.goto('/');
	const dialog = welcomeDialog(page);
	await expect(dialog).toBeVisible();
	await expect(dialog.getByText('Step 1 of 3')).toBeVisible();

	await dialog.getByRole('button', { name: 'Skip' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

	// Remembered in the journal, not only in the quick localStorage hint: with the hint gone,
	// the app reads the journal and writes the hint back once it has decided not to open.
	await reloadWithoutHint(page);
	await expect(welcomeDialog(page)).toBeHidden();

	await page.getByRole('link', { name: 'Settings' }).first().click();
	const about = page.getByRole('region', { name: 'About' });
	await expect(about).toContainText('does not replace a clinician');
	await about.getByRole('button', { name: 'Show the welcome again' }).click();
	await expect(dialog).toBeVisible();
	await expect(dialog.getByText('Step 1 of 3')).toBeVisible();
});

test('the welcome goes through three steps with Next and Back, and Escape skips it', async ({
	page
}) => {
	await page.goto('/');
	const dialog = welcomeDialog(page);
	await expect(dialog).toBeVisible();
	await expect(
		dialog.getByRole('heading', { name: 'A journal for back and hip pain' })
	).toBeFocused();

	await dialog.getByRole('button', { name: 'Next' }).click();
	await expect(dialog.getByText('Step 2 of 3')).toBeVisible();
	await expect(
		dialog.getByRole('heading', { name: 'Your journal stays on this device' })
	).toBeFocused();
	await expect(dialog).toContainText('Nothing is sent anywhere');
	await dialog.getByRole('button', { name: 'Keep my journal safe on this device' }).click();
	await expect(dialog.getByRole('status')).toContainText(/Granted|Not granted/);

	await dialog.getByRole('button', { name: 'Next' }).click();
	await expect(dialog.getByText('Step 3 of 3')).toBeVisible();
	await expect(dialog.getByRole('heading', { name: 'Install Unknot' })).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Skip' })).toHaveCount(0);
	await dialog.getByRole('button', { name: 'Back' }).click();
	await expect(dialog.getByText('Step 2 of 3')).toBeVisible();

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await reloadWithoutHint(page);
	await expect(welcomeDialog(page)).toBeHidden();
});

test('on iPhone the install step gives the Add to Home Screen steps and why', async ({
	browser
}) => {
	const context = await browser.newContext({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1'
	});
	const page = await context.newPage();
	await page.goto('/');
	const dialog = welcomeDialog(page);
	await dialog.getByRole('button', { name: 'Next' }).click();
	await dialog.getByRole('button', { name: 'Next' }).click();
	await expect(dialog).toContainText('not used for 7 days');
	await expect(
		dialog.getByRole('listitem').filter({ hasText: 'Add to Home Screen' })
	).toBeVisible();
	await context.close();
});

test('the install step offers "Install Unknot" when the browser can install', async ({ page }) => {
	await page.goto('/');
	const dialog = welcomeDialog(page);
	await dialog.getByRole('button', { name: 'Next' }).click();
	await dialog.getByRole('button', { name: 'Next' }).click();
	await expect(dialog.getByRole('heading', { name: 'Install Unknot' })).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Install Unknot' })).toHaveCount(0);

	// What Chromium sends once the app is installable; the real prompt cannot be driven here.
	const defaultPrevented = await page.evaluate(() => {
		const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
			prompt: () => Promise.resolve(),
			userChoice: Promise.resolve({ outcome: 'accepted', platform: 'web' })
		});
		dispatchEvent(event);
		return event.defaultPrevented;
	});
	expect(defaultPrevented).toBe(true);
	await dialog.getByRole('button', { name: 'Install Unknot' }).click();
	await expect(dialog.getByRole('status')).toHaveText(
		'Installing: Unknot will appear with your apps.'
	);
	await expect(dialog.getByRole('button', { name: 'Install Unknot' })).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violation on the open welcome (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		const dialog = welcomeDialog(page);
		for (const step of [1, 2, 3]) {
			await expect(dialog.getByText(`Step ${step} of 3`)).toBeVisible();
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations).toEqual([]);
			if (step < 3) await dialog.getByRole('button', { name: 'Next' }).click();
		}
	});
}

test('every routine has a picture and a body map, each with a text alternative', async ({
	page
}) => {
	await skipWelcome(page);
	await page.goto('/release');
	// The pictures are shown with each built-in routine's details.
	const catalogue = page
		.getByRole('region', { name: /^(Ball release|Stretching)$/ })
		.getByRole('link');
	await expect(catalogue).toHaveCount(10);
	for (const name of await catalogue.allTextContents()) {
		await page.getByRole('link', { name: name.trim(), exact: true }).click();
		const routine = page.getByRole('article', { name: name.trim() });
		const pictures = routine.getByRole('img');
		await expect(pictures).toHaveCount(2);
		await expect(pictures.first()).toHaveAccessibleName(/^Person .+ highlighted\.$/);
		await expect(pictures.last()).toHaveAccessibleName(/^Body map, (front|back) view: .+/);
		// Each routine has its own address: the browser's Back returns to the catalogue.
		await page.goBack();
	}
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violation among the routine pictures (${colorScheme})`, async ({ page }) => {
		await skipWelcome(page);
		await page.emulateMedia({ colorScheme });
		await page.goto('/release');
		for (const name of ['Quadratus lumborum release (flank)', 'Glute stretch (knee to chest)']) {
			await page.getByRole('link', { name, exact: true }).click();
			await expect(page.getByRole('article', { name }).getByRole('img')).toHaveCount(2);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations).toEqual([]);
			await page.goBack();
		}
	});
}
