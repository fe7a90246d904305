import { describe, expect, it } from 'vitest';
import { readSetting } from '$lib/db/settings';
import { useCleanDatabase } from '../../test-data/database';
import { guidedSession } from './guidedSession.svelte';

useCleanDatabase();

describe('the guided session', () => {
	it('keeps hands-free as chosen while the settings were still being read', async () => {
		// The checkbox works as soon as the page does, which can be before the read ends.
		const reading = guidedSession.load();
		const choosing = guidedSession.setHandsFree(true);
		await Promise.all([reading, choosing]);
		expect(guidedSession.handsFree).toBe(true);
		expect(await readSetting('handsFree', false)).toBe(true);

		await guidedSession.load();
		expect(guidedSession.handsFree).toBe(true);
	});
});
