import { describe, expect, it } from 'vitest';
import { sampleBackup } from '../../test-data/journal';
import {
	backupFileName,
	backupIsDue,
	checkBackup,
	currentFormatVersion,
	dayFitsMoment,
	readBackupBytes,
	readBackupText,
	upgradeFormat
} from './backupFormat';

const schemaVersion = 1;

// Broken files are any shape at all, so the tests reach into them freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** A sample backup as plain JSON data, changed by `change` before it is checked. */
function problemWith(change: (data: Loose) => void): string {
	const data = JSON.parse(JSON.stringify(sampleBackup())) as Loose;
	change(data);
	const result = checkBackup(data, schemaVersion);
	if (result.ok) throw new Error('expected the backup to be refused');
	return result.problem;
}

describe('checking a backup', () => {
	it('accepts a good backup and gives back exactly its rows', () => {
		const backup = sampleBackup();
		const result = readBackupText(JSON.stringify(backup), schemaVersion);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.backup).toEqual(backup);
	});

	it('accepts a file that starts with a byte-order mark', () => {
		expect(readBackupText('\uFEFF' + JSON.stringify(sampleBackup()), schemaVersion).ok).toBe(true);
	});

	it('refuses an empty file and text that is not JSON', () => {
		const empty = readBackupText('', schemaVersion);
		expect(empty.ok || empty.problem).toMatch(/empty/);
		const notJson = readBackupText('{"format": "unknot-backup", ', schemaVersion);
		expect(notJson.ok || notJson.problem).toMatch(/not readable JSON/);
	});

	it('refuses JSON of another shape and a wrong format name', () => {
		const array = checkBackup([1, 2], schemaVersion);
		expect(array.ok || array.problem).toMatch(/not an Unknot backup/);
		expect(problemWith((data) => (data.format = 'other-app'))).toMatch(
			/format is "other-app", not "unknot-backup"/
		);
	});

	it('refuses a missing table, an unknown table and an unknown top-level field', () => {
		expect(problemWith((data) => delete data.tables.sessions)).toBe(
			'This backup is missing the table "sessions".'
		);
		expect(problemWith((data) => (data.tables.gossip = []))).toMatch(/unknown table "gossip"/);
		expect(problemWith((data) => (data.extra = 1))).toMatch(/unknown field "extra"/);
	});

	it('names table, row and field for a pain score of 11', () => {
		expect(problemWith((data) => (data.tables.painEntries[1].score = 11))).toBe(
			'painEntries row 2: score must be a whole number from 0 to 10 (found 11).'
		);
	});

	it('refuses unknown fields, missing fields and unknown values inside rows', () => {
		expect(problemWith((data) => (data.tables.bodyMarks[0].colour = 'red'))).toBe(
			'bodyMarks row 1: unknown field "colour".'
		);
		expect(problemWith((data) => delete data.tables.sessions[1].status)).toBe(
			'sessions row 2: field "status" is missing.'
		);
		expect(problemWith((data) => (data.tables.bodyMarks[1].sensations = ['itchy']))).toBe(
			'bodyMarks row 2: sensations[0] must be a known sensation (found "itchy").'
		);
		expect(problemWith((data) => (data.tables.painEntries[0].tags = 'morning'))).toMatch(
			/^painEntries row 1: tags must be a list of texts/
		);
		expect(problemWith((data) => (data.tables.plans[0].schedule = { type: 'daily' }))).toMatch(
			/^plans row 1: schedule/
		);
	});

	it('refuses a day that does not match its moment', () => {
		expect(problemWith((data) => (data.tables.painEntries[0].day = '2026-11-05'))).toMatch(
			/^painEntries row 1: day "2026-11-05" does not match its time/
		);
		expect(problemWith((data) => (data.tables.restDays[0].day = '2026-02-30'))).toMatch(
			/^restDays row 1: day must be a calendar day/
		);
	});

	it('accepts the day of a moment as lived in any time zone from UTC−14 to UTC+14', () => {
		const moment = Date.UTC(2026, 10, 25, 23, 30);
		expect(dayFitsMoment('2026-11-25', moment)).toBe(true);
		expect(dayFitsMoment('2026-11-26', moment)).toBe(true);
		expect(dayFitsMoment('2026-11-24', moment)).toBe(false);
		const early = Date.UTC(2026, 10, 25, 1, 0);
		expect(dayFitsMoment('2026-11-24', early)).toBe(true);
		expect(dayFitsMoment('2026-11-26', early)).toBe(false);
	});

	it('refuses what no form would store: long notes, future moments, bad tags, long names', () => {
		expect(problemWith((data) => (data.tables.painEntries[0].note = 'x'.repeat(200_000)))).toBe(
			'painEntries row 1: note is refused: the note is 200000 characters; the limit is 2000.'
		);
		const farFuture = Date.UTC(9999, 5, 15, 12);
		expect(
			problemWith((data) => {
				data.tables.painEntries[0].at = farFuture;
				data.tables.painEntries[0].day = '9999-06-15';
			})
		).toBe('painEntries row 1: at is in the future (9999-06-15T12:00:00.000Z).');
		// The last day of year 9999 is named as the future too, not as a day that fits no zone.
		expect(
			problemWith((data) => {
				data.tables.sessions[0].at = Date.UTC(9999, 11, 31, 23);
				data.tables.sessions[0].day = '9999-12-31';
			})
		).toMatch(/^sessions row 1: at is in the future/);
		expect(problemWith((data) => (data.tables.painEntries[0].tags = ['knee', ' ']))).toBe(
			'painEntries row 1: tags is refused: a tag cannot be empty.'
		);
		expect(problemWith((data) => (data.tables.painEntries[0].tags = ['k'.repeat(41)]))).toBe(
			'painEntries row 1: tags is refused: a tag can have at most 40 characters.'
		);
		expect(problemWith((data) => (data.tables.routines[0].name = 'n'.repeat(81)))).toBe(
			'routines row 1: name must be 1 to 80 characters.'
		);
		expect(problemWith((data) => (data.tables.sessions[1].otherTreatment = 'reiki'))).toBe(
			'sessions row 2: otherTreatment names a treatment, but "other" is not among them.'
		);
	});

	it('refuses rows that would blank a screen: a tag twice, one id in two tables, a region marked twice', () => {
		expect(problemWith((data) => (data.tables.painEntries[0].tags = ['knee', 'Knee']))).toBe(
			'painEntries row 1: tags has the tag "Knee" twice.'
		);
		expect(problemWith((data) => (data.tables.sessions[0].id = 'entry-1'))).toBe(
			'sessions row 1: id "entry-1" is already the id of painEntries row 1; every row needs its own id.'
		);
		expect(
			problemWith((data) =>
				data.tables.bodyMarks.push({ ...data.tables.bodyMarks[0], id: 'mark-again' })
			)
		).toBe(
			'bodyMarks row 4: the entry "entry-1" already marks the region "piriformis-left" (row 1); an entry marks a region once.'
		);
	});

	it('refuses ids with control characters, which could break out of a calendar line', () => {
		expect(problemWith((data) => (data.tables.plans[0].id = 'plan-1\r\nATTACH:x'))).toMatch(
			/^plans row 1: id must not hold control characters/
		);
	});

	it('reads a file saved as UTF-16, with or without a byte-order mark, and names a file that is not text', () => {
		const json = JSON.stringify(sampleBackup());
		const utf16 = (text: string, bigEndian: boolean) => {
			const bytes = new Uint8Array(text.length * 2);
			for (let index = 0; index < text.length; index += 1) {
				const code = text.charCodeAt(index);
				bytes[index * 2 + (bigEndian ? 1 : 0)] = code & 0xff;
				bytes[index * 2 + (bigEndian ? 0 : 1)] = code >> 8;
			}
			return bytes;
		};
		expect(readBackupBytes(utf16(json, false), schemaVersion).ok).toBe(true);
		expect(readBackupBytes(utf16(json, true), schemaVersion).ok).toBe(true);
		expect(readBackupBytes(utf16('\uFEFF' + json, false), schemaVersion).ok).toBe(true);
		expect(readBackupBytes(new TextEncoder().encode(json), schemaVersion).ok).toBe(true);
		const binary = readBackupBytes(new Uint8Array([0x7b, 0xc3, 0x28, 0xff]), schemaVersion);
		expect(binary.ok || binary.problem).toMatch(/it is not text/);
	});

	it('refuses duplicate ids and duplicate setting keys', () => {
		expect(
			problemWith((data) => data.tables.painEntries.push({ ...data.tables.painEntries[0] }))
		).toBe('painEntries row 4: id "entry-1" appears more than once.');
		expect(problemWith((data) => data.tables.settings.push({ ...data.tables.settings[0] }))).toBe(
			'settings row 2: key "theme" appears more than once.'
		);
	});

	it('refuses references to rows that are not in the backup', () => {
		expect(problemWith((data) => (data.tables.bodyMarks[2].entryId = 'gone'))).toBe(
			'bodyMarks row 3: entryId "gone" refers to a pain entry that is not in the backup.'
		);
		expect(problemWith((data) => (data.tables.sessions[0].routineId = 'gone'))).toMatch(
			/^sessions row 1: routineId "gone" refers to a routine/
		);
		expect(problemWith((data) => (data.tables.restDays[0].planId = 'gone'))).toMatch(
			/^restDays row 1: planId "gone" refers to a plan/
		);
		expect(problemWith((data) => (data.tables.plans[0].routineIds = ['gone']))).toMatch(
			/^plans row 1: routineIds "gone"/
		);
	});

	it('accepts references to built-in routines', () => {
		const backup = sampleBackup();
		backup.tables.sessions[0]!.routineId = 'stretch-piriformis';
		expect(checkBackup(backup, schemaVersion).ok).toBe(true);
	});

	it('refuses a backup from a newer app, asking to update the app', () => {
		expect(problemWith((data) => (data.formatVersion = currentFormatVersion + 1))).toMatch(
			/newer version.*update the app/
		);
		expect(problemWith((data) => (data.schemaVersion = 2))).toMatch(
			/newer version.*update the app/
		);
	});

	it('upgrades older formats through each upgrade in turn', () => {
		const upgrades = [
			(data: Record<string, unknown>) => ({ ...data, steps: ['1→2'] }),
			(data: Record<string, unknown>) => ({
				...data,
				steps: [...((data.steps as string[] | undefined) ?? []), '2→3']
			})
		];
		const result = upgradeFormat({ formatVersion: 1 }, upgrades);
		expect(result).toEqual({ ok: true, data: { formatVersion: 3, steps: ['1→2', '2→3'] } });
		const fromTwo = upgradeFormat({ formatVersion: 2 }, upgrades);
		expect(fromTwo).toEqual({ ok: true, data: { formatVersion: 3, steps: ['2→3'] } });
		expect(upgradeFormat({ formatVersion: 4 }, upgrades).ok).toBe(false);
	});
});

describe('backup reminders and names', () => {
	const day = 24 * 3_600_000;
	it('is due when there is data and no backup in the last 14 days', () => {
		expect(backupIsDue(null, 100 * day, true)).toBe(true);
		expect(backupIsDue(80 * day, 100 * day, true)).toBe(true);
		expect(backupIsDue(90 * day, 100 * day, true)).toBe(false);
		expect(backupIsDue(null, 100 * day, false)).toBe(false);
	});

	it('names the file by its day', () => {
		expect(backupFileName('2026-11-25')).toBe('unknot-backup-2026-11-25.json');
	});
});
