// `npm run audit`: Lighthouse 12 on every screen of the production build (mobile), and
// Chromium's own installability check through the DevTools protocol. Exits 1 when a score is
// under its threshold or the app is not installable. See bench/README.md.

import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
import { startServer, stopServer } from './server.js';

// 4190 is refused by browsers (the blocked "sieve" port); the benchmark uses 4191.
const port = Number(process.argv.find((arg) => arg.startsWith('--port='))?.split('=')[1] ?? 4192);
const origin = `http://localhost:${port}`;
const allScreens = ['/', '/history', '/body', '/release', '/insights', '/settings'];
// --screens=/,/release audits only those, for a quicker look at one screen.
const screens =
	process.argv
		.find((arg) => arg.startsWith('--screens='))
		?.split('=')[1]
		?.split(',') ?? allScreens;
const thresholds = { performance: 95, accessibility: 100, 'best-practices': 100 };

/** Lighthouse's default mobile run of each screen, in one Chromium it launches itself. */
async function lighthouseScores() {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: chromiumArgs
	});
	/** @type {{ screen: string, performance: number, accessibility: number, 'best-practices': number, failed: string[], [metric: string]: unknown }[]} */
	const rows = [];
	try {
		for (const screen of screens) {
			const result = await lighthouse(`${origin}${screen}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices']
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${screen}`);
			const { categories, audits } = result.lhr;
			const score = (/** @type {string} */ name) =>
				Math.round((categories[name]?.score ?? 0) * 100);
			// The audits that cost points outside Performance, so a failure says what to fix.
			const failed = ['accessibility', 'best-practices'].flatMap((name) =>
				(categories[name]?.auditRefs ?? [])
					.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
					.map((ref) => ref.id)
			);
			const metric = (/** @type {string} */ id) => Math.round(audits[id]?.numericValue ?? 0);
			rows.push({
				screen,
				'FCP ms': metric('first-contentful-paint'),
				'LCP ms': metric('largest-contentful-paint'),
				'TBT ms': metric('total-blocking-time'),
				CLS: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
				performance: score('performance'),
				accessibility: score('accessibility'),
				'best-practices': score('best-practices'),
				failed
			});
		}
	} finally {
		chrome.kill();
	}
	return rows;
}

/** Chromium's installability errors once the service worker controls the page (none = installable). */
async function installabilityErrors() {
	const profile = await mkdtemp(join(tmpdir(), 'unknot-audit-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: chromiumArgs
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(origin);
		await page.evaluate(() => navigator.serviceWorker.ready);
		if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
		await page.waitForFunction(() => !!navigator.serviceWorker.controller);
		const session = await context.newCDPSession(page);
		const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
		return installabilityErrors.map((error) => error.errorId);
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
}

async function main() {
	if (!process.argv.includes('--no-build')) {
		const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
		if (build.status !== 0) throw new Error('The build failed');
	}
	const server = await startServer(port);
	try {
		const rows = await lighthouseScores();
		console.table(
			rows.map(({ failed, ...scores }) => ({ ...scores, 'audits losing points': failed.join(' ') }))
		);
		const errors = await installabilityErrors();
		console.log(
			errors.length === 0
				? 'Installable: no installability errors.'
				: `Installability errors: ${errors.join(', ')}`
		);
		const misses = rows.flatMap((row) =>
			Object.entries(thresholds).flatMap(([name, minimum]) => {
				const value = row[/** @type {keyof typeof thresholds} */ (name)];
				return value < minimum ? [`${row.screen} ${name} ${value} < ${minimum}`] : [];
			})
		);
		for (const miss of misses) console.log(`FAIL  ${miss}`);
		if (misses.length > 0 || errors.length > 0) process.exitCode = 1;
		else console.log('PASS  every screen meets the thresholds');
	} finally {
		stopServer(server);
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
