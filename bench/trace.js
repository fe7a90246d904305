// A Chromium performance trace of one screen's load and hydration, and the long tasks in it: the
// main-thread tasks over 50 ms (those that count towards Lighthouse's total blocking time), each
// with the work that filled it. The CPU is slowed 4× as Lighthouse's mobile run assumes.
//
//   node bench/trace.js [--port=N] [--screen=/] [--runs=3] [--returning] [--no-build]
//       [--save=file.json] [--build=folder]
//
// A first visit (as Lighthouse loads it) unless --returning. --save keeps the last trace for the
// Performance panel of Chromium's DevTools. --build serves another build folder (a plain static
// server) instead of building and previewing this one, to trace a before and after.

import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
import { median } from './median.js';
import { startServer, stopServer } from './server.js';
import { serveFolder } from './staticServer.js';

const option = (/** @type {string} */ name) =>
	process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const port = Number(option('port') ?? 4194);
const screen = option('screen') ?? '/';
const runs = Number(option('runs') ?? 3);
const returning = process.argv.includes('--returning');
const buildFolder = option('build');
const longTaskMs = 50;

/**
 * @typedef {{ name: string, cat: string, ph: string, ts: number, dur?: number, pid: number,
 *   tid: number, args?: any }} TraceEvent
 */

/** What a piece of work inside a task was, in words a reader of the table can follow. */
function label(/** @type {TraceEvent} */ event) {
	const data = event.args?.data ?? {};
	const file = (/** @type {string | undefined} */ url) =>
		url ? new URL(url).pathname.split('/').pop() || url : '';
	switch (event.name) {
		case 'EvaluateScript':
		case 'v8.compileModule':
		case 'v8.evaluateModule':
			return `${event.name} ${file(data.url ?? event.args?.fileName)}`;
		case 'FunctionCall':
			return `call ${data.functionName || '(anonymous)'} ${file(data.url)}`;
		case 'TimerFire':
			return 'timer';
		default:
			return event.name;
	}
}

const attributed = new Set([
	'EvaluateScript',
	'v8.compileModule',
	'v8.evaluateModule',
	'FunctionCall',
	'ParseHTML',
	'Layout',
	'UpdateLayoutTree',
	'Paint',
	'PrePaint',
	'ParseAuthorStyleSheet',
	'RunMicrotasks',
	'MajorGC',
	'MinorGC',
	'V8.GC_SCAVENGER',
	'HitTest'
]);

/**
 * The sampled CPU profile of the main thread: each sample's time and the script file whose code
 * was running (self time), named by the build's manifest where it has a name for the file.
 * @param {TraceEvent[]} events @param {number} pid @param {number} tid
 */
function profileSamples(events, pid, tid) {
	/** @type {Map<number, string>} */ const fileOfNode = new Map();
	/** @type {{ ts: number, file: string }[]} */ const samples = [];
	// The profile is started on the main thread; its chunks come from the profiler's thread.
	const profile = events.find(
		(event) => event.name === 'Profile' && event.pid === pid && event.tid === tid
	);
	if (!profile) return samples;
	let time = profile.args?.data?.startTime ?? 0;
	for (const event of events) {
		if (event.name !== 'ProfileChunk' || event.pid !== pid) continue;
		if (/** @type {any} */ (event).id !== /** @type {any} */ (profile).id) continue;
		const chunk = event.args?.data?.cpuProfile ?? {};
		for (const node of chunk.nodes ?? []) {
			const url = node.callFrame?.url ?? '';
			const name = node.callFrame?.functionName ?? '';
			fileOfNode.set(
				node.id,
				url ? (url.split('/').pop() ?? url) : name ? `(${name})` : '(engine)'
			);
		}
		const deltas = event.args?.data?.timeDeltas ?? [];
		(chunk.samples ?? []).forEach((/** @type {number} */ node, /** @type {number} */ index) => {
			time += deltas[index] ?? 0;
			samples.push({ ts: time, file: fileOfNode.get(node) ?? '(engine)' });
		});
	}
	return samples;
}

/** The long tasks of the page's main thread, each with its three largest pieces of work. */
function longTasks(/** @type {TraceEvent[]} */ events) {
	const navigation = events.find(
		(event) => event.name === 'navigationStart' && event.args?.data?.isLoadingMainFrame
	);
	const pid = navigation?.pid;
	const main = events.find(
		(event) =>
			event.ph === 'M' &&
			event.name === 'thread_name' &&
			event.pid === pid &&
			event.args?.name === 'CrRendererMain'
	);
	if (!navigation || !main) throw new Error('No navigation of the page in the trace');
	const onMain = events.filter((event) => event.pid === pid && event.tid === main.tid);
	const readyAt = events.find((event) => event.name === 'today:ready' && event.pid === pid)?.ts;
	const samples = profileSamples(events, pid ?? 0, main.tid);
	const tasks = onMain
		.filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.ts >= navigation.ts)
		.filter((event) => (event.dur ?? 0) / 1000 > longTaskMs);
	return {
		readyMs: readyAt ? (readyAt - navigation.ts) / 1000 : null,
		tasks: tasks.map((task) => {
			const end = task.ts + (task.dur ?? 0);
			/** @type {Map<string, number>} */
			const work = new Map();
			for (const event of onMain) {
				if (event.ph !== 'X' || event.ts < task.ts || event.ts >= end) continue;
				if (!attributed.has(event.name)) continue;
				work.set(label(event), (work.get(label(event)) ?? 0) + (event.dur ?? 0) / 1000);
			}
			/** @type {Map<string, number>} */
			const scripts = new Map();
			const inTask = samples.filter((sample) => sample.ts >= task.ts && sample.ts < end);
			for (const sample of inTask) scripts.set(sample.file, (scripts.get(sample.file) ?? 0) + 1);
			return {
				startMs: Math.round((task.ts - navigation.ts) / 1000),
				durationMs: Math.round((task.dur ?? 0) / 1000),
				beforeReady: readyAt ? task.ts < readyAt : null,
				work: [...work.entries()]
					.sort((a, b) => b[1] - a[1])
					.slice(0, 3)
					.map(([name, ms]) => `${name} ${Math.round(ms)} ms`)
					.join('; '),
				// Whose code the profiler caught running, as shares of the task's samples.
				code: [...scripts.entries()]
					.sort((a, b) => b[1] - a[1])
					.slice(0, 3)
					.map(([file, count]) => `${file} ${Math.round((100 * count) / inTask.length)} %`)
					.join('; ')
			};
		})
	};
}

/** @param {import('@playwright/test').Browser} browser @param {string} origin */
async function traceOnce(browser, origin, /** @type {string | undefined} */ save) {
	const context = await browser.newContext({
		viewport: { width: 412, height: 823 },
		deviceScaleFactor: 1.75,
		isMobile: true,
		hasTouch: true,
		serviceWorkers: 'block',
		storageState: returning
			? {
					cookies: [],
					origins: [{ origin, localStorage: [{ name: 'unknot.welcomeDone', value: '1' }] }]
				}
			: undefined
	});
	const page = await context.newPage();
	const session = await context.newCDPSession(page);
	await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await browser.startTracing(page, {
		categories: [
			'devtools.timeline',
			'disabled-by-default-devtools.timeline',
			'toplevel',
			'blink.user_timing',
			'v8.execute',
			'loading',
			'disabled-by-default-v8.cpu_profiler'
		]
	});
	await page.goto(`${origin}${screen}`);
	if (screen === '/') {
		await page.waitForFunction(() => performance.getEntriesByName('today:ready').length > 0);
	}
	await page.waitForLoadState('networkidle');
	const buffer = await browser.stopTracing();
	await context.close();
	if (save) await writeFile(save, buffer);
	return longTasks(JSON.parse(buffer.toString('utf8')).traceEvents);
}

async function main() {
	let stop = () => {};
	if (buildFolder) {
		const server = await serveFolder(buildFolder, port);
		stop = () => server.close();
	} else {
		if (!process.argv.includes('--no-build')) {
			const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
			if (build.status !== 0) throw new Error('npm run build failed');
		}
		const server = await startServer(port);
		stop = () => stopServer(server);
	}
	const origin = buildFolder ? `http://127.0.0.1:${port}` : `http://localhost:${port}`;
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	try {
		/** @type {number[]} */ const blocking = [];
		for (let run = 0; run < runs; run += 1) {
			const last = run === runs - 1;
			const { readyMs, tasks } = await traceOnce(
				browser,
				origin,
				last ? option('save') : undefined
			);
			const blockingMs = tasks.reduce((sum, task) => sum + task.durationMs - longTaskMs, 0);
			blocking.push(blockingMs);
			console.log(
				`\nRun ${run + 1}: ${screen} (${returning ? 'returning' : 'first visit'}), CPU 4× slower,` +
					` check-in form ready at ${readyMs === null ? '—' : Math.round(readyMs)} ms,` +
					` ${tasks.length} long tasks, ${blockingMs} ms over 50 ms, load ${loadavg()[0]?.toFixed(2)}`
			);
			console.table(tasks);
		}
		console.log(`Median time over 50 ms in long tasks: ${median(blocking)} ms`);
	} finally {
		await browser.close();
		stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
