// The backup file format: what a backup holds and the order of the checks every file passes
// before a restore writes anything. The row schemas (backupRows.ts), the references between rows
// (backupReferences.ts) and the upgrades of older formats (backupUpgrades.ts) live beside it.
// Pure: the caller passes the schema version it runs, so this module never touches the database.

import * as v from 'valibot';
import { referenceProblem } from './backupReferences';
import { crossRowProblem, rowRules } from './backupRules';
import { rowSchemas, type BackupTables } from './backupRows';
import { backupTableNames, type BackupTableName } from './backupTables';
import { formatUpgrades, type FormatUpgrade } from './backupUpgrades';

export const backupFormatName = 'unknot-backup';

/** Files larger than this are refused before they are read. */
export const backupSizeLimit = 50 * 1024 * 1024;

export { backupIsDue } from './backupTables';
export { backupTableNames, type BackupTableName };

export type { BackupTables };

export interface Backup {
	format: typeof backupFormatName;
	formatVersion: number;
	appVersion: string;
	schemaVersion: number;
	/** ISO 8601 moment the backup was made. */
	exportedAt: string;
	tables: BackupTables;
}

type RuleProblem = { field: string; message: string } | null;

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; problem: string };

export { formatUpgrades };

export const currentFormatVersion = formatUpgrades.length + 1;

const updateTheApp =
	'Please update the app (reload Unknot when it offers an update), then restore this backup again.';

// ---- Messages ----

function shown(value: unknown): string {
	if (value === undefined) return 'nothing';
	let written: string;
	try {
		written = JSON.stringify(value) ?? String(value);
	} catch {
		written = String(value);
	}
	return written.length > 40 ? `${written.slice(0, 37)}…` : written;
}

function fieldName(path: readonly unknown[]): string {
	return path
		.map((key, index) =>
			typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`
		)
		.join('');
}

function describeIssue(where: string, issue: v.BaseIssue<unknown>): string {
	const path = (issue.path ?? []).map((item) => item.key);
	const field = fieldName(path);
	if (issue.type === 'strict_object' && path.length > 0) {
		const parent = fieldName(path.slice(0, -1));
		const inside = parent ? ` in ${parent}` : '';
		if (issue.expected === 'never') {
			return `${where}: unknown field "${String(path[path.length - 1])}"${inside}.`;
		}
		if (issue.input === undefined) {
			return `${where}: field "${String(path[path.length - 1])}"${inside} is missing.`;
		}
	}
	if (path.length === 0) return `${where}: must be an object (found ${shown(issue.input)}).`;
	return `${where}: ${field} ${issue.message} (found ${shown(issue.input)}).`;
}

// ---- Checks ----

const hourMs = 3_600_000;

/** The calendar day of a moment as seen at a fixed offset from UTC. */
function dayAtOffset(at: number, offsetMs: number): string {
	return new Date(at + offsetMs).toISOString().slice(0, 10);
}

/**
 * Whether `day` is the local day of `at` in some time zone (UTC−14h to UTC+14h). A backup made
 * in another zone keeps the day as the person lived it, so it is accepted unchanged rather than
 * recomputed here, which would move late-evening entries to another day.
 */
export function dayFitsMoment(day: string, at: number): boolean {
	return day >= dayAtOffset(at, -14 * hourMs) && day <= dayAtOffset(at, 14 * hourMs);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Brings an older backup format to the current one; refuses a newer one. */
export function upgradeFormat(
	data: Record<string, unknown>,
	upgrades: readonly FormatUpgrade[] = formatUpgrades
): { ok: true; data: Record<string, unknown> } | { ok: false; problem: string } {
	const version = data.formatVersion;
	const current = upgrades.length + 1;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return {
			ok: false,
			problem: `This backup has no valid format version (found ${shown(version)}).`
		};
	}
	if (version > current) {
		return {
			ok: false,
			problem: `This backup was made by a newer version of Unknot (backup format ${version}; this app reads up to ${current}). ${updateTheApp}`
		};
	}
	let upgraded = data;
	for (let from = version; from < current; from += 1) {
		upgraded = { ...upgrades[from - 1]!(upgraded), formatVersion: from + 1 };
	}
	return { ok: true, data: upgraded };
}

/**
 * Checks a parsed backup in full and names the first problem: the table, the row (counted
 * from 1) and the field. Nothing is written by anyone until this says ok.
 */
export function checkBackup(
	data: unknown,
	schemaVersion: number,
	{
		upgrades = formatUpgrades,
		now = Date.now()
	}: { upgrades?: readonly FormatUpgrade[]; now?: number } = {}
): BackupCheck {
	const refuse = (problem: string): BackupCheck => ({ ok: false, problem });
	if (!isRecord(data)) {
		return refuse('This file is not an Unknot backup: it holds no backup object.');
	}
	if (data.format !== backupFormatName) {
		return refuse(
			`This file is not an Unknot backup: its format is ${shown(data.format)}, not "${backupFormatName}".`
		);
	}
	const upgraded = upgradeFormat(data, upgrades);
	if (!upgraded.ok) return refuse(upgraded.problem);
	const envelope = upgraded.data;
	const backupSchemaVersion = envelope.schemaVersion;
	if (
		typeof backupSchemaVersion !== 'number' ||
		!Number.isInteger(backupSchemaVersion) ||
		backupSchemaVersion < 1
	) {
		return refuse(`This backup has no valid schema version (found ${shown(backupSchemaVersion)}).`);
	}
	if (backupSchemaVersion > schemaVersion) {
		return refuse(
			`This backup was made by a newer version of Unknot (data version ${backupSchemaVersion}; this app has ${schemaVersion}). ${updateTheApp}`
		);
	}
	if (typeof envelope.appVersion !== 'string') {
		return refuse(`This backup has no app version (found ${shown(envelope.appVersion)}).`);
	}
	if (typeof envelope.exportedAt !== 'string' || Number.isNaN(Date.parse(envelope.exportedAt))) {
		return refuse(`This backup has no valid export date (found ${shown(envelope.exportedAt)}).`);
	}
	const extra = Object.keys(envelope).find(
		(key) =>
			!['format', 'formatVersion', 'appVersion', 'schemaVersion', 'exportedAt', 'tables'].includes(
				key
			)
	);
	if (extra !== undefined) return refuse(`This backup has an unknown field "${extra}".`);
	const tables = envelope.tables;
	if (!isRecord(tables)) return refuse('This backup has no tables.');
	const unknownTable = Object.keys(tables).find(
		(name) => !(backupTableNames as readonly string[]).includes(name)
	);
	if (unknownTable !== undefined) {
		return refuse(`This backup has an unknown table "${unknownTable}".`);
	}

	const checked: Partial<Record<BackupTableName, unknown[]>> = {};
	for (const table of backupTableNames) {
		const rows = tables[table];
		if (rows === undefined) return refuse(`This backup is missing the table "${table}".`);
		if (!Array.isArray(rows)) return refuse(`The table "${table}" must be a list of rows.`);
		const keyField = table === 'settings' ? 'key' : 'id';
		const seen = new Set<string>();
		const output: unknown[] = [];
		for (let index = 0; index < rows.length; index += 1) {
			const where = `${table} row ${index + 1}`;
			const result = v.safeParse(rowSchemas[table], rows[index], { abortEarly: true });
			if (!result.success) return refuse(describeIssue(where, result.issues[0]));
			const row = result.output as unknown as Record<string, unknown>;
			const key = row[keyField] as string;
			if (seen.has(key)) return refuse(`${where}: ${keyField} "${key}" appears more than once.`);
			seen.add(key);
			const rule = (rowRules[table] as (row: unknown, now: number) => RuleProblem)(row, now);
			if (rule) return refuse(`${where}: ${rule.field} ${rule.message}.`);
			if ('day' in row && !dayFitsMoment(row.day as string, row.at as number)) {
				return refuse(
					`${where}: day ${shown(row.day)} does not match its time at (${new Date(row.at as number).toISOString()}) in any time zone.`
				);
			}
			output.push(row);
		}
		checked[table] = output;
	}

	const result = checked as unknown as BackupTables;
	const reference = referenceProblem(result) ?? crossRowProblem(result);
	if (reference) return refuse(reference);

	return {
		ok: true,
		backup: {
			format: backupFormatName,
			formatVersion: currentFormatVersion,
			appVersion: envelope.appVersion,
			schemaVersion: backupSchemaVersion,
			exportedAt: envelope.exportedAt,
			tables: result
		}
	};
}

/**
 * The text of a backup file's bytes. Unknot writes UTF-8; a file re-saved by an editor may be
 * UTF-16, with or without a byte-order mark: it is read as such, rather than refused as broken.
 * Null when the bytes are not text in any of these encodings.
 */
export function decodeBackupBytes(bytes: Uint8Array): string | null {
	const decode = (encoding: string, from = 0) => {
		try {
			return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(
				bytes.subarray(from)
			);
		} catch {
			return null;
		}
	};
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', 2);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', 2);
	// JSON starts with ASCII ("{", a space, a line break): in UTF-16 one of its two bytes is zero.
	if (bytes.length >= 2 && bytes[1] === 0 && bytes[0] !== 0) return decode('utf-16le');
	if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return decode('utf-16be');
	const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	return decode('utf-8', start);
}

/** Reads a backup file's bytes and checks them; never throws on bad input. */
export function readBackupBytes(bytes: Uint8Array, schemaVersion: number): BackupCheck {
	const text = decodeBackupBytes(bytes);
	if (text === null) {
		return {
			ok: false,
			problem:
				'This file is not an Unknot backup: it is not text (Unknot backups are UTF-8 text files ending in .json).'
		};
	}
	return readBackupText(text, schemaVersion);
}

/** Parses the text of a backup file and checks it; never throws on bad input. */
export function readBackupText(text: string, schemaVersion: number): BackupCheck {
	if (text.trim().length === 0) {
		return { ok: false, problem: 'This file is empty: it holds no backup.' };
	}
	let data: unknown;
	try {
		// A byte-order mark is harmless in a file a person saved from an editor.
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return {
			ok: false,
			problem: 'This file is not an Unknot backup: it is not readable JSON (it may be cut short).'
		};
	}
	try {
		return checkBackup(data, schemaVersion);
	} catch (error) {
		// A check that trips over a strange value still answers with a message, never a crash.
		return {
			ok: false,
			problem: `This file could not be checked: ${error instanceof Error ? error.message : String(error)}`
		};
	}
}

/** The file name a backup made on `day` is downloaded as. */
export function backupFileName(day: string): string {
	return `unknot-backup-${day}.json`;
}

/**
 * Checks one row of a table as a restore checks it (exact fields, ranges, a day that fits its
 * moment), for rows that arrive one at a time from another device. References between rows are
 * not checked: a mark may arrive before its entry.
 */
export function checkRow(
	table: BackupTableName,
	value: unknown
): { ok: true; row: Record<string, unknown> } | { ok: false; problem: string } {
	const result = v.safeParse(rowSchemas[table], value, { abortEarly: true });
	if (!result.success) return { ok: false, problem: describeIssue(table, result.issues[0]) };
	const row = result.output as unknown as Record<string, unknown>;
	if ('day' in row && !dayFitsMoment(row.day as string, row.at as number)) {
		return { ok: false, problem: `${table}: day ${shown(row.day)} does not match its time.` };
	}
	return { ok: true, row };
}
