// `npm run audit`: Lighthouse 12 on every screen of the production build (mobile), several runs a
// screen taken in turn, and Chromium's own installability check through the DevTools protocol.
// Exits 1 when a median misses its budget or the app is not installable. See bench/README.md.
// Options: --runs=N (default 5), --screens=/,/release, --port=N, --no-build.

import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
import { lighthouseRun } from './lighthouse.js';
import { busyWarning } from './machineLoad.js';
import { median } from './median.js';
import { startServer, stopServer } from './server.js';

const option = (/** @type {string} */ name) =>
	process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
// 4190 is refused by browsers (the blocked "sieve" port); the benchmark uses 4191.
const port = Number(option('port') ?? 4192);
const origin = `http://localhost:${port}`;
const runs = Number(option('runs') ?? 5);
const allScreens = ['/', '/history', '/body', '/release', '/insights', '/settings'];
const screens = option('screens')?.split(',') ?? allScreens;

/**
 * The budgets of issue 14, on the medians of the runs. Performance is to reach 97 on a quiet
 * machine (load below its number of cores) and never fall below 95 in any run.
 */
const budgets = {
	performance: 97,
	performanceEveryRun: 95,
	accessibility: 100,
	bestPractices: 100,
	todayLcpMs: 1800,
	todayTbtMs: 100,
	cls: 0.02
};

/** Lighthouse on every screen, `runs` times, the screens in turn, in one Chromium. */
async function lighthouseSamples() {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: chromiumArgs
	});
	/** @type {Record<string, Awaited<ReturnType<typeof lighthouseRun>>[]>} */
	const samples = Object.fromEntries(screens.map((screen) => [screen, []]));
	try {
		for (let run = 0; run < runs; run += 1) {
			for (const screen of screens) {
				samples[screen]?.push(await lighthouseRun(`${origin}${screen}`, chrome.port));
			}
			process.stdout.write(`  run ${run + 1}/${runs} done\n`);
		}
	} finally {
		chrome.kill();
	}
	return samples;
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

/** @param {Record<string, Awaited<ReturnType<typeof lighthouseRun>>[]>} samples */
function summarise(samples) {
	return Object.entries(samples).map(([screen, runsOfScreen]) => {
		const of = (/** @type {keyof (typeof runsOfScreen)[number]} */ name) =>
			median(runsOfScreen.map((sample) => Number(sample[name])));
		const performances = runsOfScreen.map((sample) => sample.performance);
		return {
			screen,
			performance: of('performance'),
			'performance range': `${Math.min(...performances)}–${Math.max(...performances)}`,
			accessibility: of('accessibility'),
			'best practices': of('bestPractices'),
			'FCP ms': of('fcpMs'),
			'LCP ms': of('lcpMs'),
			'TBT ms': of('tbtMs'),
			CLS: of('cls'),
			'script bytes': of('scriptBytes'),
			'load at runs': runsOfScreen.map((sample) => sample.load).join(' '),
			'audits losing points': [...new Set(runsOfScreen.flatMap((sample) => sample.failed))].join(
				' '
			)
		};
	});
}

/** @param {ReturnType<typeof summarise>} rows @param {Record<string, any[]>} samples */
function misses(rows, samples) {
	return rows.flatMap((row) => {
		const worst = Math.min(...(samples[row.screen] ?? []).map((sample) => sample.performance));
		return [
			[row.performance >= budgets.performance, `performance median ${row.performance} < 97`],
			[worst >= budgets.performanceEveryRun, `performance fell to ${worst} (< 95) in a run`],
			[row.accessibility >= budgets.accessibility, `accessibility ${row.accessibility} < 100`],
			[
				row['best practices'] >= budgets.bestPractices,
				`best practices ${row['best practices']} < 100`
			],
			[row.CLS <= budgets.cls, `CLS ${row.CLS} > ${budgets.cls}`],
			...(row.screen === '/'
				? [
						[row['LCP ms'] <= budgets.todayLcpMs, `LCP ${row['LCP ms']} ms > 1800 ms`],
						[row['TBT ms'] <= budgets.todayTbtMs, `TBT ${row['TBT ms']} ms > 100 ms`]
					]
				: [])
		]
			.filter(([met]) => !met)
			.map(([, why]) => `${row.screen}: ${why}`);
	});
}

async function main() {
	if (!process.argv.includes('--no-build')) {
		const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
		if (build.status !== 0) throw new Error('The build failed');
	}
	const server = await startServer(port);
	try {
		const samples = await lighthouseSamples();
		const rows = summarise(samples);
		console.log(
			`\nMedians of ${runs} Lighthouse runs a screen (mobile), ${new Date().toISOString()}`
		);
		console.table(rows);
		await writeFile(
			'bench/audit.json',
			`${JSON.stringify({ date: new Date().toISOString(), runs, budgets, medians: rows, samples }, null, '\t')}\n`
		);
		const errors = await installabilityErrors();
		console.log(
			errors.length === 0
				? 'Installable: no installability errors.'
				: `Installability errors: ${errors.join(', ')}`
		);
		const missed = misses(rows, samples);
		// Every Lighthouse figure but accessibility and best practices depends on the CPU.
		const busy = busyWarning(Object.values(samples).flatMap((of) => of.map((run) => run.load)));
		for (const miss of missed) {
			const timed = !/accessibility|best practices/.test(miss);
			console.log(`FAIL  ${miss}${busy && timed ? ' (busy)' : ''}`);
		}
		if (busy) console.log(busy);
		if (missed.length > 0 || errors.length > 0) process.exitCode = 1;
		else console.log('PASS  every screen meets its budgets');
	} finally {
		stopServer(server);
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
