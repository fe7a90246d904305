// When the last backup was made and whether there is anything to back up: what Today's reminder
// reads, kept apart from backup.ts so Today loads without the backup format's validation.

import type { EpochMs } from '$lib/domain/day';
import { backupTableNames } from '$lib/domain/backupTables';
import { database } from './database';
import { guardWrite } from './errors';

export const lastBackupSetting = 'lastBackupAt';

export async function lastBackupAt(): Promise<EpochMs | null> {
	const row = await (await database()).settings.get(lastBackupSetting);
	return typeof row?.value === 'number' ? row.value : null;
}

/** Remembers that a backup was downloaded, for Settings and the reminder on Today. */
export async function recordBackup(now: EpochMs = Date.now()) {
	const db = await database();
	await guardWrite(() => db.settings.put({ key: lastBackupSetting, value: now, updatedAt: now }));
}

/** Whether the journal holds anything worth backing up (any row in any backed-up table but settings). */
export async function hasJournalData(): Promise<boolean> {
	const db = await database();
	const tables = backupTableNames
		.filter((name) => name !== 'settings')
		.map((name) => db.table(name));
	for (const table of tables) {
		if ((await table.count()) > 0) return true;
	}
	return false;
}
