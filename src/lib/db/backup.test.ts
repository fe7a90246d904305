import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { useCleanDatabase } from '../../test-data/database';
import { draftFactory } from '../../test-data/factories/draft';
import { settingFactory } from '../../test-data/factories/setting';
import { sampleBackup, sampleTables } from '../../test-data/journal';
import { localMoment } from '../../test-data/time';
import {
	backupTableNames,
	checkBackup,
	currentFormatVersion,
	readBackupText,
	type Backup,
	type BackupTableName,
	type BackupTables
} from '$lib/domain/backupFormat';
import { addDays, localDay } from '$lib/domain/day';
import { parseCsv } from '$lib/domain/csv';
import {
	clinicTreatments,
	redFlagCheckStates,
	sensations,
	type BodyMark,
	type DailyCheck,
	type DayRollup,
	type PainEntry,
	type Session,
	type Setting
} from './types';
import { computeRollups } from './dayRollups';
import { generateJournal } from '../../../bench/journal.js';
import {
	backupText,
	eraseAllData,
	exportBackup,
	hasJournalData,
	importBackup,
	lastBackupAt,
	recordBackup,
	spreadsheetExports,
	tablesLeftOutOfBackups,
	type RestoreMode
} from './backup';
import { database } from './database';
import { WriteError } from './errors';
import { copyStoredDatabase, preUpgradeCopyName, storedVersion } from './preUpgrade';
import { currentSchemaVersion, schemaVersions } from './schema';

useCleanDatabase();

/** A backup file's text through the steps Settings takes: the whole check, then the import. */
async function restoreText(text: string, mode: RestoreMode) {
	const checked = readBackupText(text, currentSchemaVersion);
	if (!checked.ok) return checked;
	return { ok: true, report: await importBackup(checked.backup, mode) } as const;
}

async function fill(tables: BackupTables) {
	const db = await database();
	for (const name of backupTableNames) await db.table(name).bulkAdd(tables[name]);
}

/** Every row of every table, drafts included, sorted by key: "the database" for comparisons. */
async function snapshot() {
	const db = await database();
	const result: Record<string, unknown[]> = {};
	for (const table of db.tables) result[table.name] = await table.toArray();
	return result;
}

function sortedTables(tables: BackupTables) {
	const result: Record<string, unknown[]> = {};
	for (const name of backupTableNames) {
		const key = name === 'settings' ? 'key' : 'id';
		result[name] = [...(tables[name] as unknown as Record<string, string>[])].sort((a, b) =>
			a[key]! < b[key]! ? -1 : 1
		);
	}
	return result;
}

describe('which tables a backup holds', () => {
	it('backs up or deliberately leaves out every table the schema has ever had', async () => {
		const everyTable = new Set(
			schemaVersions.flatMap((version) =>
				Object.entries(version.stores)
					.filter(([, spec]) => spec !== null)
					.map(([name]) => name)
			)
		);
		const covered = new Set<string>([...backupTableNames, ...Object.keys(tablesLeftOutOfBackups)]);
		const forgotten = [...everyTable].filter((name) => !covered.has(name));
		expect(forgotten).toEqual([]);
		expect((await database()).tables.map((table) => table.name)).toEqual(
			expect.arrayContaining([...backupTableNames])
		);
	});
});

describe('backup', () => {
	it('exports every table with soft-deleted rows, format, versions and moment', async () => {
		await fill(sampleTables());
		await (await database()).drafts.put(draftFactory.build({ key: 'check-in' }));
		const progress: [number, number][] = [];
		const now = localMoment(25, 12);
		const backup = await exportBackup((done, total) => progress.push([done, total]), now);
		expect(backup.format).toBe('unknot-backup');
		expect(backup.formatVersion).toBe(currentFormatVersion);
		expect(backup.schemaVersion).toBe(currentSchemaVersion);
		expect(backup.appVersion).toMatch(/^\d+\.\d+\.\d+/);
		expect(backup.exportedAt).toBe(new Date(now).toISOString());
		expect(sortedTables(backup.tables)).toEqual(sortedTables(sampleTables()));
		expect(backup.tables.painEntries.some((entry) => entry.deletedAt !== null)).toBe(true);
		expect(Object.keys(backup.tables)).not.toContain('drafts');
		const total = 13;
		expect(progress[0]).toEqual([0, total]);
		expect(progress[progress.length - 1]).toEqual([total, total]);
	});

	it('reads large tables in chunks and reports progress along the way', async () => {
		const entries = Array.from({ length: 2500 }, (_, index) => ({
			...sampleTables().painEntries[0]!,
			id: `entry-${String(index).padStart(5, '0')}`
		}));
		await (await database()).painEntries.bulkAdd(entries);
		const progress: number[] = [];
		const backup = await exportBackup((done) => progress.push(done));
		expect(backup.tables.painEntries).toHaveLength(2500);
		expect(new Set(backup.tables.painEntries.map((entry) => entry.id)).size).toBe(2500);
		expect(progress).toEqual([0, 1000, 2000, 2500]);
	});

	it('remembers when the last backup was made and whether there is data', async () => {
		expect(await lastBackupAt()).toBeNull();
		expect(await hasJournalData()).toBe(false);
		await recordBackup(1234);
		expect(await lastBackupAt()).toBe(1234);
		expect(await hasJournalData()).toBe(false);
		await fill({ ...sampleTables(), settings: [] });
		expect(await hasJournalData()).toBe(true);
	});
});

describe('restore', () => {
	it('replaces everything with the backup and keeps drafts of this device', async () => {
		await (
			await database()
		).painEntries.add({ ...sampleTables().painEntries[1]!, id: 'only-here' });
		await (await database()).drafts.put(draftFactory.build({ key: 'check-in', value: 'typing' }));
		const report = await importBackup(sampleBackup(), 'replace');
		expect(report).toEqual({ mode: 'replace', added: 13, updated: 0, unchanged: 0 });
		expect(await (await database()).painEntries.get('only-here')).toBeUndefined();
		expect(sortedTables((await exportBackup()).tables)).toEqual(sortedTables(sampleTables()));
		expect(await (await database()).drafts.get('check-in')).toBeDefined();
	});

	it('merges by id: the newer updatedAt wins, and it counts added, updated and unchanged', async () => {
		const tables = sampleTables();
		const newerHere: PainEntry = { ...tables.painEntries[0]!, score: 2, updatedAt: 9e12 };
		const olderHere: PainEntry = { ...tables.painEntries[1]!, score: 8, updatedAt: 1 };
		const onlyHere: PainEntry = { ...tables.painEntries[1]!, id: 'only-here' };
		await (await database()).painEntries.bulkAdd([newerHere, olderHere, onlyHere]);
		await (await database()).dailyChecks.add(tables.dailyChecks[0]!);

		const report = await importBackup(sampleBackup(), 'merge');
		expect(report).toEqual({ mode: 'merge', added: 10, updated: 1, unchanged: 2 });
		const db = await database();
		expect((await db.painEntries.get(newerHere.id))?.score).toBe(2);
		expect((await db.painEntries.get(olderHere.id))?.score).toBe(3);
		expect(await db.painEntries.get('only-here')).toBeDefined();
		expect(await db.painEntries.count()).toBe(4);
	});

	it('writes all or nothing: a failure on the last table leaves the journal as it was', async () => {
		await (
			await database()
		).painEntries.add({ ...sampleTables().painEntries[1]!, id: 'only-here' });
		const before = await snapshot();
		const refuse = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		(await database()).settings.hook('creating', refuse);
		try {
			for (const mode of ['merge', 'replace'] as const) {
				const failure = await importBackup(sampleBackup(), mode).catch((error: unknown) => error);
				expect(failure).toBeInstanceOf(WriteError);
				// A restore has no typed input to keep: it says the journal is unchanged instead.
				expect((failure as WriteError).message).toBe(
					'Not restored: this device is out of storage space for Unknot. Free some space, then restore again. Your journal is as it was before.'
				);
				expect(await snapshot()).toEqual(before);
			}
		} finally {
			(await database()).settings.hook('creating').unsubscribe(refuse);
		}
	});

	it('leaves the rollups exactly as rebuilt from the restored rows, in both modes', async () => {
		const db = await database();
		const byDay = (rollups: DayRollup[]) => [...rollups].sort((a, b) => (a.day < b.day ? -1 : 1));
		const fromRows = async () =>
			byDay(
				computeRollups({
					painEntries: await db.painEntries.toArray(),
					sessions: await db.sessions.toArray(),
					dailyChecks: await db.dailyChecks.toArray(),
					bodyMarks: await db.bodyMarks.toArray()
				})
			);
		const journal = (seed: number, years: number) => {
			const checked = checkBackup(
				generateJournal({ years, end: Date.UTC(2026, 0, 31), seed }),
				currentSchemaVersion
			);
			if (!checked.ok) throw new Error(checked.problem);
			return checked.backup;
		};
		// Rows here on days the next backup does not have: a replace must drop their rollups.
		await importBackup(journal(1, 0.2), 'merge');
		expect(await db.dayRollups.count()).toBeGreaterThan(60);
		expect(byDay(await db.dayRollups.toArray())).toEqual(await fromRows());
		await importBackup(journal(2, 0.05), 'replace');
		expect(byDay(await db.dayRollups.toArray())).toEqual(await fromRows());
		expect(await db.dayRollups.count()).toBeLessThan(30);
		await importBackup(journal(3, 0.1), 'merge');
		expect(byDay(await db.dayRollups.toArray())).toEqual(await fromRows());
		expect(await db.dayRollups.count()).toBeGreaterThan(30);
		// A newer copy of a stored entry, moved to a day of its own: both days are rebuilt.
		const backup = await exportBackup();
		const moved = backup.tables.painEntries[0]!;
		const oldDay = moved.day;
		const movedTo = {
			...moved,
			day: '2020-02-02',
			at: Date.UTC(2020, 1, 2, 12),
			updatedAt: moved.updatedAt + 1
		};
		const report = await importBackup(
			{ ...backup, tables: { ...backup.tables, painEntries: [movedTo] } },
			'merge'
		);
		expect(report.updated).toBe(1);
		expect((await db.dayRollups.get('2020-02-02'))?.painCount).toBe(1);
		expect(byDay(await db.dayRollups.toArray())).toEqual(await fromRows());
		expect(byDay(await db.dayRollups.toArray()).find((rollup) => rollup.day === oldDay)).toEqual(
			(await fromRows()).find((rollup) => rollup.day === oldDay)
		);
		// After a restore, ordinary writes keep the rollups again, one by one.
		const entry = (await db.painEntries.toArray())[0]!;
		await db.painEntries.update(entry.id, { score: 10 });
		expect(byDay(await db.dayRollups.toArray())).toEqual(await fromRows());
	});

	it('deletes the marks of an entry deleted on the other side of a merge, whichever side added them', async () => {
		const db = await database();
		const tables = sampleTables();
		const entry = tables.painEntries[0]!;
		const [firstMark, secondMark] = tables.bodyMarks;
		// Here (device P) the entry's marks were changed: the first mark replaced by a new one.
		const changedAt = entry.updatedAt + 1000;
		await fill({
			...tables,
			painEntries: [{ ...entry, updatedAt: changedAt }, ...tables.painEntries.slice(1)],
			bodyMarks: [
				{ ...firstMark!, deletedAt: changedAt, updatedAt: changedAt },
				secondMark!,
				...tables.bodyMarks.slice(2),
				{ ...firstMark!, id: 'mark-added-here', createdAt: changedAt, updatedAt: changedAt }
			]
		});
		// Device Q deleted the entry later, never having seen the new mark.
		const deletedAt = changedAt + 5000;
		const fromQ = sampleBackup();
		fromQ.tables.painEntries[0] = { ...entry, deletedAt, updatedAt: deletedAt };
		fromQ.tables.bodyMarks = fromQ.tables.bodyMarks.map((mark) =>
			mark.entryId === entry.id ? { ...mark, deletedAt, updatedAt: deletedAt } : mark
		);
		await importBackup(fromQ, 'merge');
		const marks = await db.bodyMarks.where('entryId').equals(entry.id).toArray();
		expect(marks.map((mark) => [mark.id, mark.deletedAt])).toEqual(
			expect.arrayContaining([['mark-added-here', deletedAt]])
		);
		expect(marks.every((mark) => mark.deletedAt !== null)).toBe(true);
		expect((await db.dayRollups.get(entry.day))?.markCount ?? 0).toBe(0);

		// And the other way round: the entry deleted here, a live mark arriving in the backup.
		const fromOlderDevice = sampleBackup();
		fromOlderDevice.tables.bodyMarks.push({
			...secondMark!,
			id: 'mark-from-there',
			regionId: 'tfl-left'
		});
		await importBackup(fromOlderDevice, 'merge');
		expect((await db.bodyMarks.get('mark-from-there'))?.deletedAt).toBe(deletedAt);
	});

	it('refuses a bad file with a message naming the problem and changes nothing', async () => {
		await fill(sampleTables());
		const before = await snapshot();
		const broken = sampleBackup();
		broken.tables.painEntries[1]!.score = 11;
		const outcome = await restoreText(JSON.stringify(broken), 'replace');
		expect(outcome).toEqual({
			ok: false,
			problem: 'painEntries row 2: score must be a whole number from 0 to 10 (found 11).'
		});
		expect(await snapshot()).toEqual(before);
	});
});

describe('erase and spreadsheets', () => {
	it('erases every table, and the journal still works afterwards', async () => {
		await fill(sampleTables());
		await (await database()).drafts.put(draftFactory.build({ key: 'check-in', value: 'typing' }));
		await eraseAllData();
		const after = await snapshot();
		expect(Object.values(after).every((rows) => rows.length === 0)).toBe(true);
		await (await database()).painEntries.add(sampleTables().painEntries[0]!);
		expect(await (await database()).painEntries.count()).toBe(1);
	});

	it('also deletes a copy kept from an interrupted upgrade', async () => {
		await fill(sampleTables());
		await copyStoredDatabase(indexedDB, 'unknot', preUpgradeCopyName('unknot'));
		expect(await storedVersion(indexedDB, preUpgradeCopyName('unknot'))).not.toBeNull();
		await eraseAllData();
		expect(await storedVersion(indexedDB, preUpgradeCopyName('unknot'))).toBeNull();
	});

	it('exports live pain entries with their regions, and sessions', async () => {
		await fill(sampleTables());
		const files = await spreadsheetExports();
		const entries = parseCsv(files.painEntries);
		expect(entries.map((row) => row[2])).toEqual(['score', '6', '3']);
		expect(entries[1]?.[5]).toContain('piriformis-left (left, 6/10: ache, radiating)');
		const sessions = parseCsv(files.sessions);
		expect(sessions.map((row) => row[0])).toEqual([
			'routine',
			'Evening glutes, gently',
			'Acupuncture'
		]);
	});
});

// ---- Properties ----

// Moments up to now: a restore refuses rows from the future, as the forms do.
const moment = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.now() });
const words = fc.string({ unit: 'grapheme', maxLength: 24 });
const score = fc.integer({ min: 0, max: 10 });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

const datedRow = fc
	.record({ id: fc.uuid(), at: moment, changed: fc.nat(1_000_000), deletedAt: maybe(moment) })
	.map(({ id, at, changed, deletedAt }) => ({
		id,
		createdAt: at,
		updatedAt: at + changed,
		deletedAt,
		at,
		day: localDay(at)
	}));

const painEntry: fc.Arbitrary<PainEntry> = fc
	.record({
		row: datedRow,
		score,
		note: words,
		tags: fc.uniqueArray(
			words.map((word) => word.trim()).filter((word) => word.length > 0 && [...word].length <= 40),
			{ maxLength: 3, selector: (tag) => tag.toLocaleLowerCase() }
		),
		redFlagCheck: maybe(fc.constantFrom(...redFlagCheckStates)),
		redFlags: maybe(fc.record({ 'numbness-saddle': fc.boolean(), 'new-weakness': fc.boolean() }))
	})
	.map(({ row, ...rest }) => ({ ...row, ...rest }));

const sensation = fc.constantFrom(...sensations);

const markFor = (entryIds: string[]): fc.Arbitrary<BodyMark> =>
	fc
		.record({
			row: datedRow,
			entryId: fc.constantFrom(...entryIds),
			regionId: fc.constantFrom('piriformis-left', 'tfl-right', 'quadratus-lumborum-left'),
			side: fc.constantFrom('left', 'right', 'centre') as fc.Arbitrary<BodyMark['side']>,
			intensity: score,
			sensations: fc.uniqueArray(sensation, { maxLength: 3 }),
			pathId: maybe(fc.uuid()),
			pathIndex: maybe(fc.nat(5))
		})
		.map(({ row, ...rest }) => ({ ...row, ...rest }));

const dailyCheck: fc.Arbitrary<DailyCheck> = fc
	.record({ row: datedRow, pain: score, enjoyment: score, activity: score })
	.map(({ row, ...rest }) => ({ ...row, ...rest }));

const session: fc.Arbitrary<Session> = fc
	.record({
		row: datedRow,
		kind: fc.constantFrom('release', 'stretch', 'clinic') as fc.Arbitrary<Session['kind']>,
		routineId: maybe(fc.constantFrom('release-glutes', 'stretch-piriformis', 'routine-own-1')),
		routineName: words,
		treatments: fc.uniqueArray(fc.constantFrom(...clinicTreatments), { maxLength: 3 }),
		otherTreatment: words,
		regionIds: fc.array(fc.constantFrom('piriformis-left', 'tfl-right'), { maxLength: 2 }),
		sides: fc.array(fc.constantFrom('left', 'right') as fc.Arbitrary<'left' | 'right'>, {
			maxLength: 2
		}),
		spotsPlanned: fc.nat(12),
		spotsDone: fc.nat(12),
		holdSeconds: fc.nat(180),
		endAt: maybe(moment),
		painBefore: maybe(score),
		painAfter: maybe(score),
		note: words,
		status: fc.constantFrom('finished', 'partial', 'logged') as fc.Arbitrary<Session['status']>
	})
	// A name only for an "other" treatment, as the form keeps it.
	.map(({ row, ...rest }) => ({
		...row,
		...rest,
		otherTreatment: rest.treatments.includes('other') ? rest.otherTreatment : ''
	}));

const setting: fc.Arbitrary<Setting> = fc.record({
	key: fc.constantFrom('theme', 'persistenceAsked', 'lastBackupAt', 'reminderTime'),
	value: fc.jsonValue({ maxDepth: 2 }),
	updatedAt: moment
});

const journal: fc.Arbitrary<BackupTables> = fc
	.uniqueArray(painEntry, { selector: (entry) => entry.id, minLength: 1, maxLength: 6 })
	.chain((painEntries) =>
		fc.record({
			painEntries: fc.constant(painEntries),
			bodyMarks: fc.uniqueArray(markFor(painEntries.map((entry) => entry.id)), {
				selector: (mark) => mark.id,
				maxLength: 6
			}),
			dailyChecks: fc.uniqueArray(dailyCheck, { selector: (row) => row.id, maxLength: 3 }),
			sessions: fc.uniqueArray(session, { selector: (row) => row.id, maxLength: 4 }),
			settings: fc.uniqueArray(setting, { selector: (row) => row.key, maxLength: 3 })
		})
	)
	.map((tables) => {
		const fixed = sampleTables();
		// As the app keeps them: a deleted entry's marks are deleted, and an entry marks a region
		// once among its live marks.
		const entries = new Map(tables.painEntries.map((entry) => [entry.id, entry]));
		const liveRegions = new Set<string>();
		const bodyMarks = tables.bodyMarks.map((mark) => {
			const entry = entries.get(mark.entryId)!;
			const deletedAt = mark.deletedAt ?? entry.deletedAt;
			const key = `${mark.entryId} ${mark.regionId}`;
			if (deletedAt === null && liveRegions.has(key)) return { ...mark, deletedAt: mark.at };
			if (deletedAt === null) liveRegions.add(key);
			return { ...mark, deletedAt };
		});
		return {
			...tables,
			bodyMarks,
			routines: fixed.routines,
			plans: fixed.plans,
			restDays: fixed.restDays
		};
	});

/** What JSON can carry: e.g. -0 becomes 0, as it would in a real file. */
function throughJson<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

describe('properties', () => {
	it('export then import gives back identical data, in both modes', async () => {
		await fc.assert(
			fc.asyncProperty(journal, fc.constantFrom('merge', 'replace'), async (tables, mode) => {
				await eraseAllData();
				const stored = throughJson(tables);
				await fill(stored);
				const text = backupText(await exportBackup());
				await eraseAllData();
				const outcome = await restoreText(text, mode as 'merge' | 'replace');
				expect(outcome.ok).toBe(true);
				expect(sortedTables((await exportBackup()).tables)).toEqual(sortedTables(stored));
			}),
			{ numRuns: 40 }
		);
	});

	it('refuses 1,000 randomly broken backups cleanly and leaves the database unchanged', async () => {
		await (
			await database()
		).painEntries.add({ ...sampleTables().painEntries[1]!, id: 'only-here' });
		await (await database()).settings.add(settingFactory.build({ key: 'theme', value: 'light' }));
		const before = await snapshot();
		const good = sampleBackup();
		const goodText = JSON.stringify(good);
		const badValues = [{ bogus: [] }, -1.5, [[]]];

		interface Breakage {
			kind: number;
			table: BackupTableName;
			row: number;
			field: number;
			value: unknown;
			position: number;
			days: number;
			sign: number;
			mode: 'merge' | 'replace';
		}
		const breakage: fc.Arbitrary<Breakage> = fc.record({
			kind: fc.integer({ min: 0, max: 9 }),
			table: fc.constantFrom(...backupTableNames),
			row: fc.nat(),
			field: fc.nat(),
			value: fc.constantFrom(...badValues),
			position: fc.nat(),
			days: fc.integer({ min: 2, max: 400 }),
			sign: fc.constantFrom(1, -1),
			mode: fc.constantFrom('merge', 'replace') as fc.Arbitrary<'merge' | 'replace'>
		});

		function broken(choice: Breakage): string {
			if (choice.kind === 0) return goodText.slice(0, choice.position % goodText.length);
			const data = structuredClone(good) as Backup & Record<string, unknown>;
			const rows = data.tables[choice.table] as unknown as Record<string, unknown>[];
			const row = rows[choice.row % rows.length]!;
			const fields = Object.keys(row).filter(
				(key) => !(choice.table === 'settings' && key === 'value')
			);
			const field = fields[choice.field % fields.length]!;
			switch (choice.kind) {
				case 1:
					delete row[Object.keys(row)[choice.field % Object.keys(row).length]!];
					break;
				case 2:
					row[`extra${choice.field}`] = 1;
					break;
				case 3:
					row[field] = choice.value;
					break;
				case 4:
					rows.push({ ...row });
					break;
				case 5: {
					const scored = data.tables.painEntries[choice.row % 3]!;
					scored.score = [11, -1, 2.5][choice.field % 3]!;
					break;
				}
				case 6: {
					const envelope = data as unknown as Record<string, unknown>;
					const change = choice.field % 5;
					if (change === 0) envelope.format = 'unknot-backups';
					else if (change === 1) envelope.formatVersion = 99;
					else if (change === 2) envelope.schemaVersion = currentSchemaVersion + 1;
					else if (change === 3) delete envelope.tables;
					else delete envelope.exportedAt;
					break;
				}
				case 7:
					delete (data.tables as unknown as Record<string, unknown>)[choice.table];
					break;
				case 8: {
					const datedTables: BackupTableName[] = [
						'painEntries',
						'bodyMarks',
						'dailyChecks',
						'sessions',
						'restDays'
					];
					const datedRows = data.tables[
						datedTables[choice.field % datedTables.length]!
					] as unknown as { day: string }[];
					const target = datedRows[choice.row % datedRows.length]!;
					target.day = addDays(target.day, choice.sign * choice.days);
					break;
				}
				default: {
					const reference = choice.field % 3;
					if (reference === 0) data.tables.bodyMarks[choice.row % 3]!.entryId = 'missing';
					else if (reference === 1) data.tables.restDays[0]!.planId = 'missing';
					else data.tables.sessions[choice.row % 2]!.routineId = 'missing';
				}
			}
			return JSON.stringify(data);
		}

		await fc.assert(
			fc.asyncProperty(breakage, async (choice) => {
				const outcome = await restoreText(broken(choice), choice.mode);
				expect(outcome.ok).toBe(false);
				if (!outcome.ok) expect(outcome.problem.length).toBeGreaterThan(10);
				expect(await snapshot()).toEqual(before);
			}),
			{ numRuns: 1000 }
		);
	}, 60_000);
});
