// The backup file format: what a backup holds, the checks every row passes before a restore
// writes anything, and the upgrades that bring older backup formats to the current one.
// Pure: the caller passes the schema version it runs, so this module never touches the database.

import * as v from 'valibot';
import { backupTableNames, type BackupTableName } from './backupTables';
import { isLocalDay } from './day';
import type {
	BodyMark,
	DailyCheck,
	PainEntry,
	Plan,
	ReleaseSession,
	RestDay,
	Routine,
	Setting
} from '$lib/db/types';

export const backupFormatName = 'unknot-backup';

/** Files larger than this are refused before they are read. */
export const backupSizeLimit = 50 * 1024 * 1024;

export { backupIsDue } from './backupTables';
export { backupTableNames, type BackupTableName };

export interface BackupTables {
	painEntries: PainEntry[];
	bodyMarks: BodyMark[];
	dailyChecks: DailyCheck[];
	sessions: ReleaseSession[];
	routines: Routine[];
	plans: Plan[];
	restDays: RestDay[];
	settings: Setting[];
}

export interface Backup {
	format: typeof backupFormatName;
	formatVersion: number;
	appVersion: string;
	schemaVersion: number;
	/** ISO 8601 moment the backup was made. */
	exportedAt: string;
	tables: BackupTables;
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; problem: string };

type Upgrade = (backup: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrades of older backup formats, in order: entry i turns format version i + 1 into i + 2.
 * Only format 1 exists so far; when a row shape changes, add a pure function here and a test.
 */
export const formatUpgrades: readonly Upgrade[] = [];

export const currentFormatVersion = formatUpgrades.length + 1;

const updateTheApp =
	'Please update the app (reload Unknot when it offers an update), then restore this backup again.';

// ---- Row schemas: exactly the fields of types.ts; unknown fields are refused. ----

const wholeFrom0To10 = v.pipe(
	v.number('must be a whole number from 0 to 10'),
	v.integer('must be a whole number from 0 to 10'),
	v.minValue(0, 'must be a whole number from 0 to 10'),
	v.maxValue(10, 'must be a whole number from 0 to 10')
);
const count = v.pipe(
	v.number('must be a whole number of 0 or more'),
	v.integer('must be a whole number of 0 or more'),
	v.minValue(0, 'must be a whole number of 0 or more')
);
const moment = v.pipe(
	v.number('must be a moment in milliseconds'),
	v.integer('must be a moment in milliseconds'),
	v.minValue(0, 'must be a moment in milliseconds'),
	v.maxValue(8_640_000_000_000_000, 'must be a moment in milliseconds')
);
const text = v.string('must be text');
const id = v.pipe(text, v.minLength(1, 'must not be empty'), v.maxLength(200, 'is too long'));
const texts = v.array(text, 'must be a list of texts');
const day = v.pipe(text, v.check(isLocalDay, 'must be a calendar day written YYYY-MM-DD'));
const side = v.picklist(['left', 'right', 'centre'], 'must be left, right or centre');

const stored = {
	id,
	createdAt: moment,
	updatedAt: moment,
	deletedAt: v.nullable(moment)
};
const dated = { ...stored, at: moment, day };

const painEntrySchema = v.strictObject({
	...dated,
	score: wholeFrom0To10,
	note: text,
	tags: texts,
	redFlags: v.nullable(
		v.record(text, v.boolean('must be true or false'), 'must be answers by question')
	)
});

const bodyMarkSchema = v.strictObject({
	...dated,
	entryId: id,
	regionId: id,
	side,
	intensity: wholeFrom0To10,
	sensations: v.array(
		v.picklist(
			['ache', 'sharp', 'burning', 'tight', 'numbness', 'tingling', 'radiating'],
			'must be a known sensation'
		),
		'must be a list of sensations'
	),
	pathId: v.nullable(id),
	pathIndex: v.nullable(count)
});

const dailyCheckSchema = v.strictObject({
	...dated,
	pain: wholeFrom0To10,
	enjoyment: wholeFrom0To10,
	activity: wholeFrom0To10
});

const sessionSchema = v.strictObject({
	...dated,
	kind: v.picklist(['release', 'stretch', 'clinic'], 'must be release, stretch or clinic'),
	routineId: v.nullable(id),
	routineName: text,
	treatment: v.nullable(
		v.picklist(['acupuncture', 'cupping', 'moxibustion'], 'must be a known clinic treatment')
	),
	regionIds: v.array(id, 'must be a list of region ids'),
	sides: v.array(side, 'must be a list of sides'),
	spotsPlanned: count,
	spotsDone: count,
	holdSeconds: count,
	endAt: v.nullable(moment),
	painBefore: v.nullable(wholeFrom0To10),
	painAfter: v.nullable(wholeFrom0To10),
	note: text,
	status: v.picklist(['finished', 'partial', 'logged'], 'must be finished, partial or logged')
});

const routineSchema = v.strictObject({
	...stored,
	name: text,
	kind: v.picklist(['release', 'stretch'], 'must be release or stretch'),
	basedOn: v.nullable(id),
	targets: texts,
	tool: v.picklist(
		['tennis ball', 'lacrosse ball', 'none'],
		'must be tennis ball, lacrosse ball or none'
	),
	position: v.picklist(
		['wall', 'floor', 'standing', 'seated'],
		'must be wall, floor, standing or seated'
	),
	steps: texts,
	spotsPerSide: count,
	holdSeconds: count,
	sides: v.picklist(['both', 'one'], 'must be both or one'),
	cautions: texts
});

const weekday = v.pipe(
	v.number('must be weekdays from 0 (Sunday) to 6'),
	v.integer('must be weekdays from 0 (Sunday) to 6'),
	v.minValue(0, 'must be weekdays from 0 (Sunday) to 6'),
	v.maxValue(6, 'must be weekdays from 0 (Sunday) to 6')
);

const planSchema = v.strictObject({
	...stored,
	routineIds: v.array(id, 'must be a list of routine ids'),
	schedule: v.variant(
		'type',
		[
			v.strictObject({
				type: v.literal('weekdays'),
				weekdays: v.array(weekday, 'must be a list of weekdays')
			}),
			v.strictObject({
				type: v.literal('perWeek'),
				daysPerWeek: v.pipe(
					v.number('must be a whole number from 1 to 7'),
					v.integer('must be a whole number from 1 to 7'),
					v.minValue(1, 'must be a whole number from 1 to 7'),
					v.maxValue(7, 'must be a whole number from 1 to 7')
				)
			})
		],
		'must be weekdays or a number of days per week'
	),
	preferredTime: text,
	active: v.boolean('must be true or false')
});

const restDaySchema = v.strictObject({ ...dated, planId: id });

const settingSchema = v.strictObject({ key: id, value: v.unknown(), updatedAt: moment });

// Each schema must produce exactly its record type: a field added to types.ts fails here first.
const rowSchemas: {
	[Table in BackupTableName]: v.GenericSchema<unknown, BackupTables[Table][number]>;
} = {
	painEntries: painEntrySchema,
	bodyMarks: bodyMarkSchema,
	dailyChecks: dailyCheckSchema,
	sessions: sessionSchema,
	routines: routineSchema,
	plans: planSchema,
	restDays: restDaySchema,
	settings: settingSchema
};

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

const builtInRoutinePrefixes = ['release-', 'stretch-'];

function isBuiltInRoutine(routineId: string): boolean {
	return builtInRoutinePrefixes.some((prefix) => routineId.startsWith(prefix));
}

/** Brings an older backup format to the current one; refuses a newer one. */
export function upgradeFormat(
	data: Record<string, unknown>,
	upgrades: readonly Upgrade[] = formatUpgrades
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
	upgrades: readonly Upgrade[] = formatUpgrades
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
	const entryIds = new Set(result.painEntries.map((row) => row.id));
	const routineIds = new Set(result.routines.map((row) => row.id));
	const planIds = new Set(result.plans.map((row) => row.id));
	const knownRoutine = (routineId: string) =>
		routineIds.has(routineId) || isBuiltInRoutine(routineId);

	const markIndex = result.bodyMarks.findIndex((mark) => !entryIds.has(mark.entryId));
	if (markIndex >= 0) {
		return refuse(
			`bodyMarks row ${markIndex + 1}: entryId "${result.bodyMarks[markIndex]!.entryId}" refers to a pain entry that is not in the backup.`
		);
	}
	const sessionIndex = result.sessions.findIndex(
		(session) => session.routineId !== null && !knownRoutine(session.routineId)
	);
	if (sessionIndex >= 0) {
		return refuse(
			`sessions row ${sessionIndex + 1}: routineId "${result.sessions[sessionIndex]!.routineId}" refers to a routine that is not in the backup.`
		);
	}
	const routineIndex = result.routines.findIndex(
		(routine) => routine.basedOn !== null && !knownRoutine(routine.basedOn)
	);
	if (routineIndex >= 0) {
		return refuse(
			`routines row ${routineIndex + 1}: basedOn "${result.routines[routineIndex]!.basedOn}" refers to a routine that is not in the backup.`
		);
	}
	const planIndex = result.plans.findIndex((plan) => !plan.routineIds.every(knownRoutine));
	if (planIndex >= 0) {
		const missing = result.plans[planIndex]!.routineIds.find((item) => !knownRoutine(item));
		return refuse(
			`plans row ${planIndex + 1}: routineIds "${missing}" refers to a routine that is not in the backup.`
		);
	}
	const restIndex = result.restDays.findIndex((rest) => !planIds.has(rest.planId));
	if (restIndex >= 0) {
		return refuse(
			`restDays row ${restIndex + 1}: planId "${result.restDays[restIndex]!.planId}" refers to a plan that is not in the backup.`
		);
	}

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
