import { describe, expect, it, vi } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { localMoment } from '../../test-data/time';
import { addPainEntry, painEntriesOnDay } from '$lib/db/painEntries';
import { localDay } from '$lib/domain/day';
import { watchQuery } from './liveQuery.svelte';

useCleanDatabase();

describe('watchQuery', () => {
	it('runs a repository read again after a write to what it read', async () => {
		const at = localMoment(24, 8);
		const counts: number[] = [];
		const watching = watchQuery(() => painEntriesOnDay(localDay(at)), {
			next: (entries) => counts.push(entries.length),
			error: (error) => {
				throw error;
			}
		});
		try {
			await vi.waitFor(() => expect(counts).toEqual([0]));
			await addPainEntry({ score: 6, at, note: '', tags: [] }, at);
			await vi.waitFor(() => expect(counts.at(-1)).toBe(1));
		} finally {
			watching.unsubscribe();
		}
	});
});
