import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appUpdate } from './appUpdate.svelte';
import { FormSubmission } from './formSubmission.svelte';

describe('an update that takes over the tab', () => {
	let destroy = () => {};
	afterEach(() => {
		destroy();
		appUpdate.waiting = false;
	});

	it('reloads a tab holding no unsaved input at once', () => {
		const reload = vi.fn();
		appUpdate.tookOver(reload);
		expect(reload).toHaveBeenCalledOnce();
		expect(appUpdate.waiting).toBe(false);
	});

	it('waits in a tab where a form holds unsaved input, instead of reloading over it', () => {
		const values = $state({ note: '' });
		destroy = $effect.root(() => {
			new FormSubmission('edit-entry:1', () => values, { restore: () => {} });
		});
		values.note = 'typed in an open dialog';
		flushSync();
		const reload = vi.fn();
		appUpdate.tookOver(reload);
		expect(reload).not.toHaveBeenCalled();
		expect(appUpdate.waiting).toBe(true);
	});
});
