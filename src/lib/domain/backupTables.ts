// Which tables a backup holds and when to remind about one: kept apart from the backup format's
// checks so Today's backup reminder loads without the validation library.

/** The tables a backup holds, in the order they are written on restore (referenced rows first). */
export const backupTableNames = [
	'routines',
	'plans',
	'restDays',
	'painEntries',
	'bodyMarks',
	'dailyChecks',
	'sessions',
	'settings'
] as const;

export type BackupTableName = (typeof backupTableNames)[number];

const dayMs = 86_400_000;

/** Whether to remind about a backup: there is data and none was made in the last 14 days. */
export function backupIsDue(lastBackupAt: number | null, now: number, hasData: boolean): boolean {
	if (!hasData) return false;
	if (lastBackupAt === null) return true;
	return now - lastBackupAt > 14 * dayMs;
}
