// One Lighthouse run (12.2.3, mobile, its defaults) and the figures the audit and the side-by-side
// run read from it; shared by bench/audit.js and bench/compare.js.
import lighthouse from 'lighthouse';
import { loadNow } from './machineLoad.js';

/**
 * @param {string} url
 * @param {number} port the DevTools port of the Chromium that chrome-launcher started
 */
export async function lighthouseRun(url, port) {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices']
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { categories, audits } = result.lhr;
	const score = (/** @type {string} */ name) => Math.round((categories[name]?.score ?? 0) * 100);
	const metric = (/** @type {string} */ id) => Math.round(audits[id]?.numericValue ?? 0);
	/** @type {{ resourceType: string, transferSize: number }[]} */
	const resources = /** @type {any} */ (audits['resource-summary']?.details)?.items ?? [];
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		fcpMs: metric('first-contentful-paint'),
		lcpMs: metric('largest-contentful-paint'),
		tbtMs: metric('total-blocking-time'),
		speedIndexMs: metric('speed-index'),
		cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
		scriptBytes: resources.find((item) => item.resourceType === 'script')?.transferSize ?? 0,
		// The audits that cost points outside Performance, so a failure says what to fix.
		failed: ['accessibility', 'best-practices'].flatMap((name) =>
			(categories[name]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
				.map((ref) => ref.id)
		),
		// Other work on the machine slows every figure: the 1-minute load when the run ended.
		load: loadNow()
	};
}
