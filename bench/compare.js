// Side by side: Lighthouse (mobile) on the first screen of several builds, taken in turn on the
// same machine, each build served by the same plain static server on the same port, so only the
// apps differ. Prints the medians; nothing of the other builds is kept here.
//
//   node bench/compare.js --build=unknot:build --build=peer:/path/to/other/build [--runs=5]
//       [--port=N]
//
// A build is `name:folder`; its `/` is audited. Build the apps first (`npm run build` here).

import { writeFile } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
import { lighthouseRun } from './lighthouse.js';
import { busyWarning } from './machineLoad.js';
import { median } from './median.js';
import { serveFolder } from './staticServer.js';

const option = (/** @type {string} */ name) =>
	process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const port = Number(option('port') ?? 4193);
const runs = Number(option('runs') ?? 5);
const builds = process.argv
	.filter((arg) => arg.startsWith('--build='))
	.map((arg) => {
		const [name, ...folder] = arg.slice('--build='.length).split(':');
		return { name: name ?? '', folder: folder.join(':') };
	});

async function main() {
	if (builds.length === 0) throw new Error('Name at least one build: --build=name:folder');
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: chromiumArgs
	});
	/** @type {Record<string, Awaited<ReturnType<typeof lighthouseRun>>[]>} */
	const samples = Object.fromEntries(builds.map((build) => [build.name, []]));
	try {
		for (let run = 0; run < runs; run += 1) {
			for (const build of builds) {
				const server = await serveFolder(build.folder, port);
				try {
					samples[build.name]?.push(await lighthouseRun(`http://127.0.0.1:${port}/`, chrome.port));
				} finally {
					await new Promise((done) => server.close(done));
				}
			}
			process.stdout.write(`  round ${run + 1}/${runs} done\n`);
		}
	} finally {
		chrome.kill();
	}
	const rows = Object.entries(samples).map(([name, of]) => {
		const figure = (/** @type {keyof (typeof of)[number]} */ key) =>
			median(of.map((sample) => Number(sample[key])));
		const performances = of.map((sample) => sample.performance);
		return {
			build: name,
			performance: figure('performance'),
			'performance range': `${Math.min(...performances)}–${Math.max(...performances)}`,
			'FCP ms': figure('fcpMs'),
			'LCP ms': figure('lcpMs'),
			'TBT ms': figure('tbtMs'),
			CLS: figure('cls'),
			'speed index ms': figure('speedIndexMs'),
			'script bytes': figure('scriptBytes'),
			'load at runs': of.map((sample) => sample.load).join(' ')
		};
	});
	console.log(`\nMedians of ${runs} runs each, taken in turn, ${new Date().toISOString()}`);
	console.table(rows);
	const busy = busyWarning(Object.values(samples).flatMap((of) => of.map((sample) => sample.load)));
	// Taken in turn, both builds share the load: the comparison holds better than either figure.
	if (busy) console.log(busy);
	await writeFile(
		'bench/compare.json',
		`${JSON.stringify({ date: new Date().toISOString(), runs, builds: builds.map((build) => build.name), medians: rows, samples }, null, '\t')}\n`
	);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
