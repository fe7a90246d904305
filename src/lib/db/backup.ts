// Backup, restore, spreadsheet export and erase: the database side of "own your data".

import type { Table } from 'dexie';
import {
	backupFormatName,
	backupTableNames,
	currentFormatVersion,
	type Backup,
	type BackupTableName,
	type BackupTables
} from '$lib/domain/backupFormat';
import { painEntriesCsv, sessionsCsv } from '$lib/domain/csv';
import type { EpochMs } from '$lib/domain/day';
import type { BodyMark, PainEntry } from '$lib/domain/records';
import { database } from './database';
import { computeRollups, rebuildRollupsOf, replaceAllRollups, rollupSources } from './dayRollups';
import { deferRollups, takeDeferredDays } from './rollupMiddleware';
import { skipSyncRecording } from './syncMiddleware';
import { guardWrite } from './errors';
import { deleteStoredDatabase, preUpgradeCopyName } from './preUpgrade';
import { currentSchemaVersion, type UnknotDatabase } from './schema';

/**
 * Tables deliberately left out of backups, with the reason. A test fails when the schema has a
 * table that is neither backed up nor listed here, so a new table is never silently forgotten.
 */
export const tablesLeftOutOfBackups: Readonly<Record<string, string>> = {
	drafts: 'unsaved input belongs to this device and this moment',
	dayRollups: 'derived from pain entries and rebuilt by the database itself on every write',
	syncRows: "this device's sync clock stamps and outbox, rebuilt when sync is set up again",
	syncMeta: "this device's sync account, password and keys: they never go into a file"
};

export { hasJournalData, lastBackupAt, lastBackupSetting, recordBackup } from './backupStatus';

/** The schema version this app runs, which a backup file may not exceed. */
export const appSchemaVersion = currentSchemaVersion;

/**
 * Told how many rows are done. A restore tells (0, total) only once its write holds the journal:
 * until then it waits for another tab or page to finish with it.
 */
export type Progress = (done: number, total: number) => void;

const chunkSize = 1000;
const chunksInFlight = 3;

function tablesOf(db: UnknotDatabase): Table<unknown, string>[] {
	return backupTableNames.map((name) => db.table(name));
}

/** Every backed-up table is keyed by one plain field: "id", or "key" for settings. */
function primaryKeyOf(table: Table<unknown, string>, row: unknown): string {
	return (row as Record<string, string>)[table.schema.primKey.keyPath as string]!;
}

function appVersion(): string {
	return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';
}

/** Every backed-up table, soft-deleted rows included, read in one consistent snapshot. */
export async function exportBackup(onProgress?: Progress, now: EpochMs = Date.now()) {
	const db = await database();
	const tables = tablesOf(db);
	return db.transaction('r', tables, async () => {
		const counts = await Promise.all(tables.map((table) => table.count()));
		const total = counts.reduce((sum, value) => sum + value, 0);
		let done = 0;
		onProgress?.(done, total);
		const collected: Partial<Record<BackupTableName, unknown[]>> = {};
		for (const table of tables) {
			const rows: unknown[] = [];
			// Read in key order, a chunk at a time, so a large journal reports its progress.
			let chunk = await table.limit(chunkSize).toArray();
			while (chunk.length > 0) {
				rows.push(...chunk);
				done += chunk.length;
				onProgress?.(done, total);
				if (chunk.length < chunkSize) break;
				const lastKey = primaryKeyOf(table, chunk[chunk.length - 1]);
				chunk = await table.where(':id').above(lastKey).limit(chunkSize).toArray();
			}
			collected[table.name as BackupTableName] = rows;
		}
		const backup: Backup = {
			format: backupFormatName,
			formatVersion: currentFormatVersion,
			appVersion: appVersion(),
			schemaVersion: currentSchemaVersion,
			exportedAt: new Date(now).toISOString(),
			tables: collected as unknown as BackupTables
		};
		return backup;
	});
}

/** The text of a backup file: JSON, readable by a person. */
export function backupText(backup: Backup): string {
	return JSON.stringify(backup, null, 1);
}

export type RestoreMode = 'merge' | 'replace';

export interface RestoreReport {
	mode: RestoreMode;
	added: number;
	updated: number;
	unchanged: number;
}

function updatedAtOf(row: unknown): number {
	return (row as { updatedAt: number }).updatedAt;
}

/**
 * Adds a chunk's rows new to this journal and puts those newer than the stored ones. `kept` is
 * told of every row the journal holds afterwards: the backup's, or the stored one that won.
 */
async function writeChunk(
	table: Table<unknown, string>,
	chunk: unknown[],
	storedKeys: ReadonlySet<string>,
	report: RestoreReport,
	kept?: (rows: readonly unknown[]) => void
) {
	const added = chunk.filter((row) => !storedKeys.has(primaryKeyOf(table, row)));
	const others = chunk.filter((row) => storedKeys.has(primaryKeyOf(table, row)));
	report.added += added.length;
	kept?.(added);
	const adding = added.length > 0 ? table.bulkAdd(added) : undefined;
	if (others.length > 0) {
		const existing = await table.bulkGet(others.map((row) => primaryKeyOf(table, row)));
		const newer = others.map((row, index) => updatedAtOf(row) > updatedAtOf(existing[index]));
		const changed = others.filter((_row, index) => newer[index]);
		kept?.(others.map((row, index) => (newer[index] ? row : existing[index])));
		report.updated += changed.length;
		report.unchanged += others.length - changed.length;
		if (changed.length > 0) await table.bulkPut(changed);
	}
	await adding;
}

/**
 * A deleted entry's marks are deleted with it, whichever side of a merge each came from: a mark
 * added on one device must not stay live under an entry another device deleted.
 */
async function deleteMarksOfDeletedEntries(
	marks: Table<BodyMark, string>,
	deletedEntries: ReadonlyMap<string, PainEntry>
) {
	if (deletedEntries.size === 0) return 0;
	return marks
		.where('entryId')
		.anyOf([...deletedEntries.keys()])
		.filter((mark) => mark.deletedAt === null)
		.modify((mark) => {
			const entry = deletedEntries.get(mark.entryId)!;
			mark.deletedAt = entry.deletedAt;
			// The entry's stamp, not the clock's: every device that merges the same rows agrees.
			mark.updatedAt = Math.max(mark.updatedAt, entry.updatedAt);
		});
}

/**
 * Writes a checked backup in ONE transaction over every backed-up table, so a failure or a closed
 * page leaves the journal exactly as it was. Merge keeps, per id, the row with the newer updatedAt;
 * replace clears the tables first.
 */
export async function importBackup(
	backup: Backup,
	mode: RestoreMode,
	onProgress?: Progress
): Promise<RestoreReport> {
	const db = await database();
	const tables = tablesOf(db);
	const total = backupTableNames.reduce((sum, name) => sum + backup.tables[name].length, 0);
	const report: RestoreReport = { mode, added: 0, updated: 0, unchanged: 0 };
	await guardWrite(
		() =>
			db.transaction('rw', [...tables, db.dayRollups], async (transaction) => {
				// Thousands of rows: the rollups of the days they touch are rebuilt once, at the end.
				deferRollups(transaction.idbtrans);
				let done = 0;
				if (mode === 'replace') {
					for (const table of tables) await table.clear();
				}
				// One read of the keys already stored per table, before any write: rows new to this
				// journal are added without a read each, and only the others are fetched to compare.
				const storedKeys = await Promise.all(
					tables.map(async (table) =>
						mode === 'replace'
							? new Set<string>()
							: new Set(await table.toCollection().primaryKeys())
					)
				);
				// The first reads are done: the write holds the journal, no other tab stands in its way.
				onProgress?.(done, total);
				// A few chunks are kept in flight: the database writes one while the next is handed
				// over, instead of idling between round trips, and the page gets a turn now and then
				// to show the progress. The tables are the transaction's own, so every chunk joins it
				// whichever promise it was started from.
				const inFlight: Promise<void>[] = [];
				const deletedEntries = new Map<string, PainEntry>();
				const noteDeletedEntries = (rows: readonly unknown[]) => {
					for (const entry of rows as PainEntry[]) {
						if (entry.deletedAt !== null) deletedEntries.set(entry.id, entry);
					}
				};
				for (const [tableIndex, name] of backupTableNames.entries()) {
					const table = transaction.table<unknown, string>(name);
					const rows = backup.tables[name] as unknown[];
					const kept = name === 'painEntries' ? noteDeletedEntries : undefined;
					for (let start = 0; start < rows.length; start += chunkSize) {
						if (inFlight.length >= chunksInFlight) await inFlight.shift();
						const chunk = rows.slice(start, start + chunkSize);
						const writing = writeChunk(table, chunk, storedKeys[tableIndex]!, report, kept).then(
							() => {
								done += chunk.length;
								onProgress?.(done, total);
							}
						);
						// Awaited in its turn; until then a failure must not count as unhandled. Either
						// way the transaction aborts and the await below throws it.
						writing.catch(() => {});
						inFlight.push(writing);
					}
				}
				await Promise.all(inFlight);
				const marksDeleted = await deleteMarksOfDeletedEntries(
					transaction.table<BodyMark, string>('bodyMarks'),
					deletedEntries
				);
				const touchedDays = takeDeferredDays(transaction.idbtrans);
				const journalWasEmpty = rollupSources.every(
					(name) => storedKeys[backupTableNames.indexOf(name)]!.size === 0
				);
				// Into an empty journal the backup's rows are all there is (unless marks were deleted
				// above): their rollups are computed from memory instead of reading back tens of
				// thousands of rows just written.
				if (journalWasEmpty && marksDeleted === 0) {
					await replaceAllRollups(transaction, computeRollups(backup.tables));
				} else await rebuildRollupsOf(transaction, touchedDays);
			}),
		'restore'
	);
	return report;
}

/**
 * Deletes every row of every table, drafts and this device's sync account included, and any copy
 * kept from an interrupted upgrade; the database stays open and usable.
 */
export async function eraseAllData() {
	const db = await database();
	await guardWrite(async () => {
		// All tables clear together: an erase that stopped halfway would leave orphaned marks.
		await db.transaction('rw', db.tables, async (transaction) => {
			// Erasing this device's copy is not a change to send: the sync tables clear too, which
			// turns sync off here. Erasing everywhere is its own step, done by the sync engine.
			skipSyncRecording(transaction.idbtrans);
			for (const table of db.tables) await table.clear();
		});
		await deleteStoredDatabase(indexedDB, preUpgradeCopyName(db.name));
	});
}

/** The two spreadsheet files: pain entries (with their regions) and sessions. */
export async function spreadsheetExports(): Promise<{ painEntries: string; sessions: string }> {
	const db = await database();
	return db.transaction('r', db.painEntries, db.bodyMarks, db.sessions, async () => {
		const [entries, marks, sessions] = await Promise.all([
			db.painEntries.toArray(),
			db.bodyMarks.toArray(),
			db.sessions.toArray()
		]);
		return { painEntries: painEntriesCsv(entries, marks), sessions: sessionsCsv(sessions) };
	});
}
