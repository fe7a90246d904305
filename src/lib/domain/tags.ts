// Triggers a person can tag a check-in with: built-in ones, then their own.

export const builtInTags = [
	'long sitting',
	'standing long',
	'driving',
	'lifting',
	'poor sleep',
	'stress',
	'exercise',
	'cold',
	'after a release session'
] as const;

/** Built-in tags first, then the person's own in the order given, without repeats (ignoring case). */
export function offeredTags(usedTags: readonly string[]): string[] {
	const seen = new Set(builtInTags.map((tag) => tag.toLocaleLowerCase()));
	const own = usedTags.filter((tag) => {
		const key = tag.toLocaleLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	return [...builtInTags, ...own];
}
