import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';

// UNKNOT_PORT lets several checkouts run their suites side by side.
const port = Number(process.env.UNKNOT_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: 'list',
	use: {
		...devices['Desktop Chrome'],
		baseURL: `http://localhost:${port}`,
		locale: 'en-GB',
		timezoneId: 'Europe/London',
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
		trace: 'retain-on-failure',
		// Every spec starts past the first-run welcome; tests/welcome.spec.ts starts without this.
		storageState: {
			cookies: [],
			origins: [
				{
					origin: `http://localhost:${port}`,
					localStorage: [{ name: 'unknot.welcomeDone', value: '1' }]
				}
			]
		}
	},
	webServer: {
		// The suite runs against the production build, as users get it.
		command: `npm run build && node_modules/.bin/vite preview --port ${port} --strictPort`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
