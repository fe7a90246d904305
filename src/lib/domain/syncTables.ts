// What sync carries between devices: every table of the journal, and of the settings only those
// that belong to the journal. Device-only settings (theme, sound cues, reminders shown, when this
// device last made a backup…) and unsaved drafts stay on the device they were made on.

import { backupTableNames, type BackupTableName } from './backupTables';

/** The synced tables are exactly the backed-up ones: both are "the journal". */
export const syncedTableNames = backupTableNames;
export type SyncedTableName = BackupTableName;

/** Settings that describe the journal rather than this device. */
export const syncedSettingKeys = ['reportName'] as const;

export function isSyncedTable(table: string): table is SyncedTableName {
	return (syncedTableNames as readonly string[]).includes(table);
}

/** Whether a row of `table` with this primary key travels to the other devices. */
export function isSyncedRow(table: SyncedTableName, rowKey: string): boolean {
	return table !== 'settings' || (syncedSettingKeys as readonly string[]).includes(rowKey);
}

/** The key of a row across tables: the table and the row's own key. */
export function syncKey(table: SyncedTableName, rowKey: string): string {
	return `${table}/${rowKey}`;
}

export function splitSyncKey(key: string): { table: SyncedTableName; rowKey: string } | null {
	const slash = key.indexOf('/');
	if (slash < 0) return null;
	const table = key.slice(0, slash);
	if (!isSyncedTable(table)) return null;
	return { table, rowKey: key.slice(slash + 1) };
}
