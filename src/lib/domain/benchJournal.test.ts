// The benchmark's generated journal (bench/journal.js) must be a backup the app accepts.
import { describe, expect, it } from 'vitest';
import { generateJournal, mulberry32, rowCounts } from '../../../bench/journal.js';
import { checkBackup } from './backupFormat';
import { isRegionId } from './regions';

const end = Date.UTC(2026, 10, 25, 22, 0);

describe('the benchmark journal', () => {
	it('passes the full backup check of the current schema', () => {
		const journal = generateJournal({ years: 0.25, end, seed: 7 });
		// The app's schema version is at least the one the generator writes.
		const checked = checkBackup(JSON.parse(JSON.stringify(journal)), journal.schemaVersion);
		expect(checked).toMatchObject({ ok: true });
	});

	it('is the same for the same seed and different for another', () => {
		const first = JSON.stringify(generateJournal({ years: 0.1, end, seed: 3 }));
		expect(JSON.stringify(generateJournal({ years: 0.1, end, seed: 3 }))).toBe(first);
		expect(JSON.stringify(generateJournal({ years: 0.1, end, seed: 4 }))).not.toBe(first);
	});

	it('holds about 3 entries, 7 marks, 1.5 sessions and a daily check a day', () => {
		const journal = generateJournal({ years: 1, end, seed: 1 });
		const counts = rowCounts(journal);
		const days = 365;
		expect(counts.painEntries / days).toBeCloseTo(3, 0);
		expect(counts.bodyMarks / counts.painEntries).toBeGreaterThanOrEqual(2);
		expect(counts.bodyMarks / counts.painEntries).toBeLessThanOrEqual(3);
		const clinic = journal.tables.sessions.filter((row) => row.kind === 'clinic').length;
		expect(clinic).toBeGreaterThanOrEqual(52);
		expect((counts.sessions - clinic) / days).toBeCloseTo(1.5, 0);
		expect(counts.dailyChecks / days).toBeGreaterThan(0.8);
		expect(journal.tables.painEntries.at(-1)).toBeDefined();
	});

	it('marks and targets only regions the body map knows', () => {
		const journal = generateJournal({ years: 0.2, end, seed: 9 });
		const regions = [
			...journal.tables.bodyMarks.map((mark) => mark.regionId),
			...journal.tables.sessions.flatMap((session) => session.regionIds as string[])
		];
		expect(regions.filter((region) => !isRegionId(region))).toEqual([]);
	});

	it('ends on the day of its end moment', () => {
		const journal = generateJournal({ years: 0.05, end, seed: 2 });
		const days = journal.tables.painEntries.map((entry) => entry.day as string).sort();
		expect(days.at(-1)).toBe('2026-11-25');
	});

	it('draws numbers in [0, 1) reproducibly', () => {
		const random = mulberry32(42);
		const values = Array.from({ length: 1000 }, random);
		expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
		expect(mulberry32(42)()).toBe(values[0]);
	});
});
