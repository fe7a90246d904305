import { beforeEach, describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { readSetting, writeSetting } from '$lib/db/settings';
import { theme, themeHint } from './theme.svelte';

useCleanDatabase();

beforeEach(() => {
	localStorage.clear();
	delete document.documentElement.dataset.theme;
});

describe('theme', () => {
	it('applies a choice, stores it, and keeps the copy the bootstrap script reads', async () => {
		await theme.choose('dark');
		expect(document.documentElement.dataset.theme).toBe('dark');
		expect(await readSetting('theme', 'system')).toBe('dark');
		expect(localStorage.getItem(themeHint)).toBe('dark');

		await theme.choose('system');
		expect(document.documentElement.dataset.theme).toBeUndefined();
		expect(localStorage.getItem(themeHint)).toBeNull();
	});

	it('puts the copy right from the journal, which stays the truth', async () => {
		localStorage.setItem(themeHint, 'dark');
		await writeSetting('theme', 'light');
		await theme.load();
		expect(theme.choice).toBe('light');
		expect(document.documentElement.dataset.theme).toBe('light');
		expect(localStorage.getItem(themeHint)).toBe('light');
	});
});
