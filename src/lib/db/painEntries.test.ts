import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { localMoment } from '../../test-data/time';
import { entryFormOf } from '$lib/domain/entryEdit';
import { painEntryInputOf } from '$lib/domain/entryForm';
import { database } from './database';
import { ChangedElsewhereError, ValidationError, WriteError } from './errors';
import {
	addPainEntry,
	deletePainEntry,
	getPainEntry,
	painEntriesBetween,
	painEntriesOnDay,
	restorePainEntry,
	updatePainEntry
} from './painEntries';

useCleanDatabase();

const now = localMoment(25, 12);

describe('pain entries', () => {
	it('saves an entry with its local day and lists it on that day', async () => {
		const entry = await addPainEntry(
			{ score: 6, at: localMoment(24, 23, 30), note: ' stiff ', tags: [] },
			now
		);
		expect(entry.day).toBe('2026-11-24');
		expect(entry.note).toBe('stiff');
		expect(entry.deletedAt).toBeNull();
		const stored = await painEntriesOnDay('2026-11-24');
		expect(stored.map((row) => row.score)).toEqual([6]);
		expect(await painEntriesOnDay('2026-11-25')).toEqual([]);
	});

	it('lists entries by day range, both ends included', async () => {
		for (const [day, score] of [
			[20, 1],
			[21, 2],
			[22, 3],
			[23, 4]
		] as const) {
			await addPainEntry({ score, at: localMoment(day, 9), note: '', tags: [] }, now);
		}
		await addPainEntry({ score: 9, at: localMoment(22, 23, 59), note: '', tags: [] }, now);
		const inRange = await painEntriesBetween('2026-11-21', '2026-11-22');
		expect(inRange.map((row) => row.score)).toEqual([2, 3, 9]);
	});

	it('soft-deletes: the row stays stored but stops being listed, and undo brings it back', async () => {
		const entry = await addPainEntry({ score: 5, at: localMoment(25, 8), note: '', tags: [] }, now);
		await deletePainEntry(entry.id, now + 1);
		expect(await painEntriesOnDay('2026-11-25')).toEqual([]);
		expect(await getPainEntry(entry.id)).toBeUndefined();
		const tombstone = await (await database()).painEntries.get(entry.id);
		expect(tombstone?.deletedAt).toBe(now + 1);
		await restorePainEntry(entry.id, now + 2);
		expect((await painEntriesOnDay('2026-11-25')).map((row) => row.id)).toEqual([entry.id]);
	});

	it('moves an entry edited to yesterday onto yesterday', async () => {
		const entry = await addPainEntry({ score: 4, at: localMoment(25, 8), note: '', tags: [] }, now);
		await updatePainEntry(entry.id, { score: 4, at: localMoment(24, 21), note: '', tags: [] }, now);
		expect(await painEntriesOnDay('2026-11-25')).toEqual([]);
		expect((await painEntriesOnDay('2026-11-24'))[0]?.id).toBe(entry.id);
	});

	it('keeps the moment and the day of an entry whose note alone was edited, even in another zone', async () => {
		const originalZone = process.env.TZ;
		try {
			// Saved at 00:01:42 in London on 30 November…
			process.env.TZ = 'Europe/London';
			const savedAt = Date.UTC(2026, 10, 30, 0, 1, 42);
			const entry = await addPainEntry({ score: 5, at: savedAt, note: '', tags: [] }, savedAt);
			expect(entry.day).toBe('2026-11-30');
			// …and its note edited in Los Angeles, where that moment is still 29 November.
			process.env.TZ = 'America/Los_Angeles';
			const form = entryFormOf(entry);
			const edited = await updatePainEntry(
				entry.id,
				painEntryInputOf({ ...form, note: 'better after the ball' }, savedAt + 1000),
				savedAt + 1000
			);
			expect(edited).toMatchObject({
				at: savedAt,
				day: '2026-11-30',
				note: 'better after the ball'
			});
			expect((await painEntriesOnDay('2026-11-30')).map((row) => row.id)).toEqual([entry.id]);
		} finally {
			process.env.TZ = originalZone;
		}
	});

	it('refuses bad input with field messages and stores nothing', async () => {
		const attempt = addPainEntry({ score: 11, at: now + 3_600_000, note: '', tags: [''] }, now);
		await expect(attempt).rejects.toBeInstanceOf(ValidationError);
		const error = (await attempt.catch((caught: unknown) => caught)) as ValidationError;
		expect(error.fieldErrors.score).toMatch(/0 to 10/);
		expect(error.fieldErrors.at).toMatch(/future/);
		expect(error.fieldErrors.tags).toMatch(/empty/);
		expect(await (await database()).painEntries.count()).toBe(0);
	});

	it('surfaces a failed write as a plain message and leaves the database unchanged', async () => {
		await addPainEntry({ score: 2, at: localMoment(25, 7), note: '', tags: [] }, now);
		const refuseWrites = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		(await database()).painEntries.hook('creating', refuseWrites);
		try {
			const attempt = addPainEntry(
				{ score: 7, at: localMoment(25, 9), note: 'kept', tags: [] },
				now
			);
			await expect(attempt).rejects.toBeInstanceOf(WriteError);
			await expect(attempt).rejects.toThrow(/out of storage space/);
		} finally {
			(await database()).painEntries.hook('creating').unsubscribe(refuseWrites);
		}
		expect((await painEntriesOnDay('2026-11-25')).map((row) => row.score)).toEqual([2]);
	});
});

describe('an edit saved over a change made elsewhere', () => {
	it('is refused while the entry changed since the form read it, and saves once asked again', async () => {
		const entry = await addPainEntry({ score: 4, at: localMoment(25, 8), note: '', tags: [] }, now);
		// Another tab saves its edit first…
		await updatePainEntry(entry.id, { ...entry, note: 'from the other tab' }, now + 1, {
			updatedAt: entry.updatedAt
		});
		// …then this tab, whose form read the entry before that edit.
		const refused = await updatePainEntry(entry.id, { ...entry, note: 'from this tab' }, now + 2, {
			updatedAt: entry.updatedAt
		}).catch((error: unknown) => error);
		expect(refused).toBeInstanceOf(ChangedElsewhereError);
		expect((refused as ChangedElsewhereError).updatedAt).toBe(now + 1);
		expect((await getPainEntry(entry.id))?.note).toBe('from the other tab');

		await updatePainEntry(entry.id, { ...entry, note: 'from this tab' }, now + 3, {
			updatedAt: (refused as ChangedElsewhereError).updatedAt
		});
		expect((await getPainEntry(entry.id))?.note).toBe('from this tab');
	});
});
