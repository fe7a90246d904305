// The e2e suite's `test`: pages wait after each navigation until the app's script has taken
// over the prerendered HTML, so a spec never taps a control before it works.
import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

type Navigation = Awaited<ReturnType<Page['goto']>>;

/** Waits for the app after a navigation to one of its screens (not to a file such as the manifest). */
async function untilInteractive(page: Page, response: Navigation) {
	const type = response?.headers()['content-type'] ?? 'text/html';
	if (!type.includes('text/html')) return;
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
}

export const test = base.extend({
	page: async ({ page }, use) => {
		const goto = page.goto.bind(page);
		const reload = page.reload.bind(page);
		page.goto = async (...args: Parameters<Page['goto']>) => {
			const response = await goto(...args);
			await untilInteractive(page, response);
			return response;
		};
		page.reload = async (...args: Parameters<Page['reload']>) => {
			const response = await reload(...args);
			await untilInteractive(page, response);
			return response;
		};
		await use(page);
	}
});
