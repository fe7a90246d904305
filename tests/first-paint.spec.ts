// The first paint comes from the HTML: before any of the app's scripts has run, the bootstrap
// script in app.html has applied the chosen theme and shown the welcome's first step on a first
// visit, and Today's check-in form is there. The scripts then take over the same elements.
import { expect, test } from './fixtures';
import type { BrowserContext } from '@playwright/test';

/** A page whose app scripts never arrive: what the HTML and the bootstrap paint by themselves. */
async function pageWithoutAppScripts(context: BrowserContext) {
	const page = await context.newPage();
	await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
	return page;
}

test.describe('a first visit', () => {
	test.use({ storageState: { cookies: [], origins: [] } });

	test("paints the welcome's first step and the check-in form before any app script", async ({
		context
	}) => {
		const page = await pageWithoutAppScripts(context);
		await page.goto('/');
		await expect(
			page.getByRole('heading', { name: 'A journal for back and hip pain' })
		).toBeVisible();
		await expect(page.getByText('Step 1 of 3')).toBeVisible();
		await expect(page.getByRole('radio', { name: '6, moderate' })).toBeAttached();
		await expect(page.getByRole('heading', { name: 'Check in' })).toBeVisible();
	});

	test('the welcome painted from the HTML becomes the modal dialog, the same element', async ({
		page
	}) => {
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				Object.assign(window, { paintedWelcome: document.querySelector('dialog') });
			});
		});
		await page.goto('/');
		const dialog = page.getByRole('dialog', { name: 'Welcome to Unknot' });
		await expect(dialog).toBeVisible();
		expect(
			await page.evaluate(() => {
				const painted = (window as unknown as { paintedWelcome: HTMLDialogElement | null })
					.paintedWelcome;
				return painted !== null && painted === document.querySelector('dialog') && painted.open;
			})
		).toBe(true);
		await dialog.getByRole('button', { name: 'Skip' }).click();
		await expect(dialog).toBeHidden();
		await expect(page.locator('html')).not.toHaveAttribute('data-welcome');
	});
});

test('a returning visit paints in the chosen theme, without the welcome, before any app script', async ({
	context,
	baseURL
}) => {
	await context.addInitScript(
		({ origin, key }) => {
			if (location.origin === origin) localStorage.setItem(key, 'dark');
		},
		{ origin: new URL(baseURL!).origin, key: 'unknot.theme' }
	);
	const page = await pageWithoutAppScripts(context);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(15, 26, 34)');
	await expect(page.getByRole('heading', { name: 'Check in' })).toBeVisible();
	await expect(page.getByText('Step 1 of 3')).toBeHidden();
});

test.describe("Release's invitation to set a plan", () => {
	const invitation = 'Choose routines and days, and Unknot shows what is due each day';

	test('is painted before any app script when no plan is remembered, and hidden while a remembered one is read', async ({
		context,
		baseURL
	}) => {
		const withoutPlan = await pageWithoutAppScripts(context);
		await withoutPlan.goto('/release');
		await expect(withoutPlan.getByText(invitation)).toBeVisible();
		await expect(withoutPlan.getByRole('link', { name: 'Set a plan' })).toBeVisible();

		await context.addInitScript(
			({ origin, key }) => {
				if (location.origin === origin) localStorage.setItem(key, '1');
			},
			{ origin: new URL(baseURL!).origin, key: 'unknot.hasPlan' }
		);
		const withPlan = await pageWithoutAppScripts(context);
		await withPlan.goto('/release');
		await expect(withPlan.locator('html')).toHaveAttribute('data-has-plan', '');
		await expect(withPlan.getByRole('heading', { name: 'Your plan' })).toBeVisible();
		await expect(withPlan.getByText(invitation)).toBeHidden();
	});

	test('remembers a saved plan for the next first paint', async ({ page }) => {
		const remembered = () => page.evaluate(() => localStorage.getItem('unknot.hasPlan'));
		await page.goto('/release');
		await expect(page.getByText(invitation)).toBeVisible();
		await expect.poll(remembered).toBeNull();
		await page.getByRole('link', { name: 'Set a plan' }).click();
		await page.getByRole('checkbox', { name: 'Piriformis release (deep glute)' }).check();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();
		await expect(page.getByText(invitation)).toBeHidden();
		await expect.poll(remembered).toBe('1');
	});
});

test('the check-in keeps a line for "Same as last time" only once marks are remembered, and Save stays put when it arrives', async ({
	page
}) => {
	const remembered = () => page.evaluate(() => localStorage.getItem('unknot.hasMarks'));
	const save = page.getByRole('button', { name: 'Save', exact: true });
	const sameAsLastTime = page.getByRole('button', { name: 'Same as last time' });
	await page.goto('/');
	await expect(save).toBeEnabled();
	await expect.poll(remembered).toBeNull();
	// In the page, not the window: a reload may restore a scrolled position.
	const pageTop = () =>
		save.evaluate((button) => button.getBoundingClientRect().top + window.scrollY);
	const topWithoutMarks = await pageTop();

	await page.getByRole('radio', { name: '5, moderate' }).check();
	await page.getByText('Where?', { exact: true }).click();
	const where = page.getByRole('group', { name: 'Where it hurts' });
	await where.getByText('Choose from a list instead').click();
	await where.getByRole('checkbox', { name: 'Left calf', exact: true }).check();
	await save.click();
	await expect(sameAsLastTime).toBeVisible();
	await expect.poll(remembered).toBe('1');

	// Where Save is in the HTML's first layout, before any read has returned.
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const button = [...document.querySelectorAll('button')].find(
				(candidate) => candidate.textContent?.trim() === 'Save'
			);
			Object.assign(window, {
				firstSaveTop: button && button.getBoundingClientRect().top + window.scrollY
			});
		});
	});
	await page.reload();
	await expect(sameAsLastTime).toBeVisible();
	const firstTop = await page.evaluate(
		() => (window as unknown as { firstSaveTop: number }).firstSaveTop
	);
	const top = await pageTop();
	expect(Math.abs(top - firstTop)).toBeLessThan(1);
	// The line the button takes: without marks to copy, Save sits that much higher.
	expect(top - topWithoutMarks).toBeGreaterThanOrEqual(40);
});
