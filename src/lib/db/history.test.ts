import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { localMoment } from '../../test-data/time';
import { saveDailyCheck } from './dailyChecks';
import { historyPage } from './history';
import { addPainEntry, deletePainEntry } from './painEntries';

useCleanDatabase();

const now = localMoment(30, 12);

async function seed() {
	// Days 1..10 of November, two entries a day (scores day % 10 and 10 - day % 10), tag on even days.
	for (let day = 1; day <= 10; day++) {
		await addPainEntry(
			{ score: day % 10, at: localMoment(day, 8), note: '', tags: day % 2 ? [] : ['cold'] },
			now
		);
		await addPainEntry(
			{ score: 10 - (day % 10), at: localMoment(day, 20), note: '', tags: [] },
			now
		);
	}
}

describe('historyPage', () => {
	it('pages days newest first, with each day whole and a cursor to the next page', async () => {
		await seed();
		const first = await historyPage({}, null, 4);
		expect(first.days.map((day) => day.day)).toEqual([
			'2026-11-10',
			'2026-11-09',
			'2026-11-08',
			'2026-11-07'
		]);
		expect(first.days.every((day) => day.entries.length === 2)).toBe(true);
		expect(first.days[0]!.entries.map((entry) => entry.score)).toEqual([10, 0]);
		expect(first.olderCursor).toBe('2026-11-07');

		const second = await historyPage({}, first.olderCursor, 4);
		expect(second.days.map((day) => day.day)).toEqual([
			'2026-11-06',
			'2026-11-05',
			'2026-11-04',
			'2026-11-03'
		]);
		const last = await historyPage({}, second.olderCursor, 4);
		expect(last.days.map((day) => day.day)).toEqual(['2026-11-02', '2026-11-01']);
		expect(last.olderCursor).toBeNull();
	});

	it("summarises each day's mean, lowest and highest score, and its daily check", async () => {
		await seed();
		await saveDailyCheck({ pain: 6, enjoyment: 4, activity: 5 }, localMoment(3, 21), now);
		const page = await historyPage({ fromDay: '2026-11-03', toDay: '2026-11-03' }, null, 10);
		expect(page.days).toHaveLength(1);
		expect(page.days[0]!.summary).toEqual({ count: 2, mean: 5, lowest: 3, highest: 7 });
		expect(page.days[0]!.check?.pain).toBe(6);
	});

	it('filters by date range and by tag, and leaves deleted entries out', async () => {
		await seed();
		const range = await historyPage({ fromDay: '2026-11-04', toDay: '2026-11-06' }, null, 10);
		expect(range.days.map((day) => day.day)).toEqual(['2026-11-06', '2026-11-05', '2026-11-04']);
		const tagged = await historyPage({ tag: 'cold' }, null, 3);
		expect(tagged.days.map((day) => day.day)).toEqual(['2026-11-10', '2026-11-08', '2026-11-06']);
		expect(tagged.days.every((day) => day.entries.length === 1)).toBe(true);
		const onTenth = (await historyPage({ fromDay: '2026-11-10' }, null, 1)).days[0]!.entries;
		await deletePainEntry(onTenth[0]!.id, now);
		const afterDelete = await historyPage({ fromDay: '2026-11-10' }, null, 1);
		expect(afterDelete.days[0]!.entries.map((entry) => entry.id)).toEqual([onTenth[1]!.id]);
	});

	it('starts from a chosen day when jumping to a date', async () => {
		await seed();
		const page = await historyPage({}, '2026-11-05~', 2);
		expect(page.days.map((day) => day.day)).toEqual(['2026-11-05', '2026-11-04']);
	});
});
