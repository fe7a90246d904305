// Parts of a screen that follow it. `later`: their code is fetched in a task after the one that
// hydrates the page, so the first paint and the check-in form come first; used in `{#await}`
// blocks, whose waiting branch is what the prerendered HTML shows until then (never fetched
// while prerendering). `nearView`: fetched only once they are about to be seen.
import { browser } from '$app/environment';
import { nextTask } from '$lib/domain/nextTask';

export function later<T>(load: () => Promise<T>): Promise<T> {
	if (!browser) return new Promise<T>(() => {});
	return nextTask().then(load);
}

/**
 * A Svelte action for the parts at the end of a screen: `onNear` runs once the element comes
 * into view (or within a little of it), so a visit that never scrolls there never fetches them.
 */
export function nearView(node: Element, onNear: () => void) {
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			onNear();
		},
		{ rootMargin: '100px 0px' }
	);
	observer.observe(node);
	return { destroy: () => observer.disconnect() };
}
