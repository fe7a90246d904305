// Facts about the journal copied to localStorage for the bootstrap script in src/app.html (the
// tables are the truth). Before the first paint it marks the root with them, so a screen can lay
// out what a read will fill in without moving anything when the read returns:
// - data-has-plan: Release's "Set a plan" invitation shows at once on a visit without a plan, and
//   stays hidden only while a plan that will take its place is read.
// - data-has-marks: the check-in keeps a line for "Same as last time" only when there is a last
//   time to copy, instead of an empty gap above Save for someone who never marked where it hurt.
// A stale copy costs at most one such moment, and the next read corrects it.

export const hasPlanHint = 'unknot.hasPlan';
export const hasMarksHint = 'unknot.hasMarks';

function remember(key: string, has: boolean) {
	try {
		if (has) localStorage.setItem(key, '1');
		else localStorage.removeItem(key);
	} catch {
		// Storage blocked (some private modes): the bootstrap script then assumes both, and the
		// screens keep the room for what the reads may bring.
	}
}

export const rememberHasPlan = (has: boolean) => remember(hasPlanHint, has);
export const rememberHasMarks = (has: boolean) => remember(hasMarksHint, has);
