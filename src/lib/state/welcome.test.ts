import { beforeEach, describe, expect, it } from 'vitest';
import { deleteTestDatabase, useCleanDatabase } from '../../test-data/database';
import { journalMayExist } from '$lib/db/journal';
import { readSetting, writeSetting } from '$lib/db/settings';
import { welcome, welcomeDoneHint, welcomeDoneSetting } from './welcome.svelte';

useCleanDatabase();

beforeEach(() => {
	localStorage.clear();
	welcome.open = false;
});

describe('welcome', () => {
	it('opens on a first visit', async () => {
		await welcome.load();
		expect(welcome.open).toBe(true);
	});

	it('once finished, is remembered in settings and stays closed on the next load', async () => {
		await welcome.load();
		await welcome.finish();
		expect(welcome.open).toBe(false);
		expect(await readSetting(welcomeDoneSetting, false)).toBe(true);
		localStorage.clear();
		await welcome.load();
		expect(welcome.open).toBe(false);
		expect(localStorage.getItem(welcomeDoneHint)).toBe('1');
	});

	it('opens on a first visit without opening, and so creating, the journal', async () => {
		await deleteTestDatabase();
		await welcome.load();
		expect(welcome.open).toBe(true);
		expect(await journalMayExist()).toBe(false);
	});

	it('honours the localStorage hint without waiting for the database', async () => {
		localStorage.setItem(welcomeDoneHint, '1');
		await welcome.load();
		expect(welcome.open).toBe(false);
	});

	it('stays closed when settings say done', async () => {
		await writeSetting(welcomeDoneSetting, true);
		await welcome.load();
		expect(welcome.open).toBe(false);
	});

	it('stays closed when skipped (from its first paint) while it was still deciding', async () => {
		await deleteTestDatabase();
		const deciding = welcome.load();
		await welcome.finish();
		await deciding;
		expect(welcome.open).toBe(false);
	});

	it('opens again when asked, each time from the start', async () => {
		const before = welcome.openings;
		welcome.show();
		expect(welcome.open).toBe(true);
		expect(welcome.openings).toBe(before + 1);
	});
});
