// Whether a plan exists, copied to localStorage for the bootstrap script in src/app.html (the
// plans table is the truth). Before the first paint it marks the root (data-has-plan), so
// Release's "Set a plan" invitation shows at once on a visit without a plan, and stays hidden only
// while a plan that will take its place is read. A stale copy costs at most one such moment.

export const hasPlanHint = 'unknot.hasPlan';

export function rememberHasPlan(has: boolean) {
	try {
		if (has) localStorage.setItem(hasPlanHint, '1');
		else localStorage.removeItem(hasPlanHint);
	} catch {
		// Storage blocked (some private modes): the bootstrap script then assumes a plan, and the
		// invitation waits for the read.
	}
}
