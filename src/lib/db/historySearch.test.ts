import { describe, expect, it } from 'vitest';
import { addDays, localDay } from '$lib/domain/day';
import { testDatabase, useCleanDatabase } from '../../test-data/database';
import { bodyMarkFactory } from '../../test-data/factories/bodyMark';
import { painEntryFactory } from '../../test-data/factories/painEntry';
import { sessionFactory } from '../../test-data/factories/session';
import { localMoment } from '../../test-data/time';
import { firstJournalDay, historyPage, searchChunkRows, type HistoryPage } from './history';

useCleanDatabase();

const ids = (page: HistoryPage) =>
	page.days.flatMap((day) => [
		...day.entries.map((entry) => entry.id),
		...day.sessions.map((session) => session.id)
	]);

describe('History search by note', () => {
	it('shows only the matching entries and sessions, without the day summary', async () => {
		const db = await testDatabase();
		const stiff = painEntryFactory.build({ at: localMoment(20, 8), note: 'Stiff after the drive' });
		const tagged = painEntryFactory.build({ at: localMoment(20, 12), tags: ['driving'] });
		const other = painEntryFactory.build({ at: localMoment(20, 18), note: 'Better' });
		const deleted = painEntryFactory.build({
			at: localMoment(19, 8),
			note: 'drive',
			deletedAt: localMoment(19, 9)
		});
		const session = sessionFactory.build({ at: localMoment(18, 21), note: 'Drove there first' });
		const visit = sessionFactory.build({
			at: localMoment(17, 10),
			kind: 'clinic',
			otherTreatment: 'Driving posture advice'
		});
		await db.painEntries.bulkAdd([stiff, tagged, other, deleted]);
		await db.sessions.bulkAdd([session, visit]);
		const mark = bodyMarkFactory.build({ entryId: stiff.id, at: stiff.at });
		await db.bodyMarks.add(mark);

		const page = await historyPage({ text: 'DRIV' }, null, 20);
		expect(ids(page)).toEqual([tagged.id, stiff.id, visit.id]);
		expect(page.days.map((day) => day.summary)).toEqual([null, null]);
		expect(page.days[0]!.marks[stiff.id]!.map((row) => row.id)).toEqual([mark.id]);
		expect(page.olderCursor).toBeNull();

		expect(ids(await historyPage({ text: 'drove' }, null, 20))).toEqual([session.id]);
		expect(ids(await historyPage({ text: 'drive', tag: 'driving' }, null, 20))).toEqual([]);
		expect(ids(await historyPage({ text: 'nowhere' }, null, 20))).toEqual([]);
	});

	it('pages through years of rows in chunks, finding each match once, newest first', async () => {
		const db = await testDatabase();
		// 4 entries a day for 400 days, every 7th day one of them says "ball"; one day has more
		// rows than a chunk holds, so a chunk is all of one day.
		const start = localDay(localMoment(1, 12, 0, 1));
		const entries = [];
		const expected: string[] = [];
		for (let index = 0; index < 400; index += 1) {
			const day = addDays(start, index);
			const noon = new Date(`${day}T12:00`).getTime();
			for (let hour = 0; hour < 4; hour += 1) {
				const said = index % 7 === 0 && hour === 2;
				const entry = painEntryFactory.build({
					at: noon + hour * 60_000,
					note: said ? 'ball' : ''
				});
				entries.push(entry);
				if (said) expected.push(entry.id);
			}
			if (index === 200) {
				for (let extra = 0; extra < searchChunkRows + 10; extra += 1) {
					const entry = painEntryFactory.build({ at: noon - 3_600_000, note: 'x' });
					entries.push(entry);
				}
			}
		}
		await db.painEntries.bulkAdd(entries);
		const newestFirst = entries
			.filter((entry) => expected.includes(entry.id))
			.sort((a, b) => b.at - a.at)
			.map((entry) => entry.id);

		const found: string[] = [];
		let cursor: string | null = null;
		let pages = 0;
		do {
			const page: HistoryPage = await historyPage({ text: 'ball' }, cursor, 10);
			found.push(...ids(page));
			cursor = page.olderCursor;
			pages += 1;
		} while (cursor !== null && pages < 20);
		expect(found).toEqual(newestFirst);
		expect(pages).toBe(Math.ceil(newestFirst.length / 10));
	});

	it('lists the marks of each entry on an ordinary page too', async () => {
		const db = await testDatabase();
		const entry = painEntryFactory.build({ at: localMoment(20, 8) });
		await db.painEntries.add(entry);
		const live = bodyMarkFactory.build({ entryId: entry.id, at: entry.at });
		const gone = bodyMarkFactory.build({
			entryId: entry.id,
			at: entry.at,
			regionId: 'right-calf',
			deletedAt: localMoment(20, 9)
		});
		await db.bodyMarks.bulkAdd([live, gone]);
		const [day] = (await historyPage({}, null, 5)).days;
		expect(day!.marks[entry.id]!.map((mark) => mark.id)).toEqual([live.id]);
	});

	it('knows the first day of the journal', async () => {
		const db = await testDatabase();
		expect(await firstJournalDay()).toBeNull();
		await db.painEntries.bulkAdd([
			painEntryFactory.build({ at: localMoment(12, 8) }),
			painEntryFactory.build({ at: localMoment(3, 8), deletedAt: localMoment(3, 9) })
		]);
		await db.sessions.add(sessionFactory.build({ at: localMoment(10, 21) }));
		expect(await firstJournalDay()).toBe('2026-11-10');
	});
});

describe('History search over a big journal', () => {
	/** Rows each `query` of the search returned (a `getAll`), by table, as the database served them. */
	async function countingReads() {
		const reads: { table: string; rows: number }[] = [];
		const db = await testDatabase();
		db.close({ disableAutoOpen: false });
		db.use({
			stack: 'dbcore',
			name: 'countReads',
			create: (down) => ({
				...down,
				table: (name) => {
					const table = down.table(name);
					return {
						...table,
						query: async (request) => {
							const response = await table.query(request);
							reads.push({ table: name, rows: response.result.length });
							return response;
						}
					};
				}
			})
		});
		await db.open();
		return reads;
	}

	it('never holds more than a chunk of rows, and stops reading once a page is found', async () => {
		const db = await testDatabase();
		// 5 entries a day for 600 days: 3,000 rows, three chunks; "walk" on every 3rd day.
		const start = localDay(localMoment(1, 12, 0, 1));
		const entries = [];
		for (let index = 0; index < 600; index += 1) {
			const noon = new Date(`${addDays(start, index)}T12:00`).getTime();
			for (let hour = 0; hour < 5; hour += 1) {
				const note = hour === 0 && index % 3 === 0 ? 'Better after the walk' : 'Stiff';
				entries.push(painEntryFactory.build({ at: noon + hour * 60_000, note }));
			}
		}
		await db.painEntries.bulkAdd(entries);
		const reads = await countingReads();
		const entryRows = () =>
			reads.filter((read) => read.table === 'painEntries').map((read) => read.rows);

		// A word found nowhere reads every entry once, a chunk at a time.
		expect((await historyPage({ text: 'sciatica' }, null, 20)).days).toEqual([]);
		expect(Math.max(...entryRows())).toBeLessThanOrEqual(searchChunkRows);
		const total = entryRows().reduce((sum, rows) => sum + rows, 0);
		expect(total).toBeGreaterThanOrEqual(entries.length);
		// Only a chunk's oldest day, cut part-way, is read again.
		expect(total).toBeLessThanOrEqual(entries.length + 5 * entryRows().length);

		// A word found often fills a page of 20 days from the first chunk alone.
		reads.length = 0;
		const found = await historyPage({ text: 'walk' }, null, 20);
		expect(found.days).toHaveLength(20);
		expect(found.olderCursor).not.toBeNull();
		expect(entryRows()).toEqual([searchChunkRows]);
	});
});
