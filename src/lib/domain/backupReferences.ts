// The references between backed-up rows: every one must point at a row in the same backup (or a
// built-in routine), so a restore never leaves a mark without its entry or a plan without its
// routines. One table of references, one check.

import type { BackupTableName } from './backupTables';
import type { BackupTables } from './backupRows';
import { builtInRoutine } from './routines';

interface Reference {
	table: BackupTableName;
	field: string;
	target: BackupTableName;
	/** What the target is called in the message. */
	targetName: string;
	/** Built-in routines live in the catalogue, not in the backup. */
	builtInRoutines?: boolean;
}

export const backupReferences: readonly Reference[] = [
	{ table: 'bodyMarks', field: 'entryId', target: 'painEntries', targetName: 'a pain entry' },
	{
		table: 'sessions',
		field: 'routineId',
		target: 'routines',
		targetName: 'a routine',
		builtInRoutines: true
	},
	{
		table: 'routines',
		field: 'basedOn',
		target: 'routines',
		targetName: 'a routine',
		builtInRoutines: true
	},
	{
		table: 'plans',
		field: 'routineIds',
		target: 'routines',
		targetName: 'a routine',
		builtInRoutines: true
	},
	{ table: 'restDays', field: 'planId', target: 'plans', targetName: 'a plan' }
];

/** The first reference to a row that is not in the backup, named by table, row and field. */
export function referenceProblem(tables: BackupTables): string | null {
	for (const reference of backupReferences) {
		const targets = new Set(
			(tables[reference.target] as readonly { id: string }[]).map((row) => row.id)
		);
		const known = (value: string) =>
			targets.has(value) ||
			(reference.builtInRoutines === true && builtInRoutine(value) !== undefined);
		const rows = tables[reference.table] as unknown as readonly Record<string, unknown>[];
		for (let index = 0; index < rows.length; index += 1) {
			const value = rows[index]![reference.field];
			// A null reference means "none" (a clinic visit has no routine, a routine no original).
			const values = value === null ? [] : Array.isArray(value) ? value : [value];
			const missing = (values as string[]).find((item) => !known(item));
			if (missing !== undefined) {
				return `${reference.table} row ${index + 1}: ${reference.field} "${missing}" refers to ${reference.targetName} that is not in the backup.`;
			}
		}
	}
	return null;
}
