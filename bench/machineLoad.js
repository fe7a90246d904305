// How busy the machine was while figures were taken. Timings and Lighthouse scores fall when other
// work shares the CPU, so a budget check says so beside a miss instead of loosening the budget.
import { cpus, loadavg } from 'node:os';
import { median } from './median.js';

/** The 1-minute load average now. */
export const loadNow = () => Number((loadavg()[0] ?? 0).toFixed(2));

/** A machine is quiet while its 1-minute load stays below its number of cores. */
export const quietBelow = cpus().length;

/**
 * A line to print after the verdicts: whether the load during the runs makes time-dependent
 * misses untrustworthy. Null when the machine was quiet.
 * @param {number[]} loads the load at each run
 */
export function busyWarning(loads) {
	if (loads.length === 0) return null;
	const typical = Number(median(loads).toFixed(2));
	if (typical < quietBelow) return null;
	return (
		`MACHINE BUSY: median load ${typical} (runs ${Math.min(...loads)}–${Math.max(...loads)}) on ` +
		`${quietBelow} cores. Times and Lighthouse scores taken now are depressed by other work: ` +
		`a miss marked "busy" may not be the app's. The budgets stand; rerun on a quiet machine ` +
		`(load below ${quietBelow}) to judge them.`
	);
}
