// The bootstrap script in src/app.html, run as the browser runs it: before the first paint it
// applies the theme and marks a first visit from the localStorage copies the app keeps.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { themeHint } from '$lib/state/theme.svelte';
import { hasMarksHint, hasPlanHint } from '$lib/state/journalHints';
import { welcomeDoneHint } from '$lib/state/welcome.svelte';

const [script, ...others] = [
	...readFileSync('src/app.html', 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)
].map(([, body]) => body ?? '');

function runBootstrap() {
	new Function(script!)();
	return document.documentElement.dataset;
}

beforeEach(() => {
	localStorage.clear();
	delete document.documentElement.dataset.theme;
	delete document.documentElement.dataset.welcome;
	delete document.documentElement.dataset.hasPlan;
	delete document.documentElement.dataset.hasMarks;
});

describe('the bootstrap script in app.html', () => {
	it('is the only inline script of the template', () => {
		expect(script).toBeDefined();
		expect(others).toEqual([]);
	});

	it('marks a first visit and leaves the theme to the system', () => {
		const marks = runBootstrap();
		expect(marks.welcome).toBe('');
		expect(marks.theme).toBeUndefined();
	});

	it('applies a chosen theme and no welcome once it was done', () => {
		localStorage.setItem(themeHint, 'dark');
		localStorage.setItem(welcomeDoneHint, '1');
		const marks = runBootstrap();
		expect(marks.theme).toBe('dark');
		expect(marks.welcome).toBeUndefined();
	});

	it('marks a remembered plan, so Release does not paint its invitation to set one', () => {
		expect(runBootstrap().hasPlan).toBeUndefined();
		localStorage.setItem(hasPlanHint, '1');
		expect(runBootstrap().hasPlan).toBe('');
	});

	it('marks remembered body marks, so the check-in keeps the line for "Same as last time"', () => {
		expect(runBootstrap().hasMarks).toBeUndefined();
		localStorage.setItem(hasMarksHint, '1');
		expect(runBootstrap().hasMarks).toBe('');
	});

	it('ignores a theme it does not know', () => {
		localStorage.setItem(themeHint, 'purple');
		expect(runBootstrap().theme).toBeUndefined();
	});

	it('shows the welcome when storage cannot be read', () => {
		vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
			throw new DOMException('blocked', 'SecurityError');
		});
		const marks = runBootstrap();
		expect(marks.welcome).toBe('');
		// Unknown: Release's invitation waits for the plan's read rather than flash over a plan.
		expect(marks.hasPlan).toBe('');
		expect(marks.hasMarks).toBe('');
	});
});
