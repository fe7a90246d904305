// Spreadsheet exports (CSV, RFC 4180): pain entries and sessions, one row each, CRLF line ends and
// a UTF-8 byte-order mark so spreadsheets read accents and non-Latin text right.

import type { BodyMark, PainEntry, Session } from '$lib/domain/records';

export const byteOrderMark = '\uFEFF';

/**
 * One field, quoted when it holds a comma, quote or line break. Text that a spreadsheet would
 * run as a formula (starting with = + - @) gets a leading apostrophe, so a note is never code.
 */
export function csvField(value: string | number | null, isText = true): string {
	if (value === null) return '';
	let written = String(value);
	if (isText && /^[=+\-@\t\r]/.test(written)) written = `'${written}`;
	return /[",\r\n]/.test(written) ? `"${written.replace(/"/g, '""')}"` : written;
}

export function csvDocument(header: string[], rows: (string | number | null)[][]): string {
	const lines = [header.map((name) => csvField(name)).join(',')];
	for (const row of rows) {
		lines.push(row.map((value) => csvField(value, typeof value !== 'number')).join(','));
	}
	return byteOrderMark + lines.join('\r\n') + '\r\n';
}

const pad = (value: number) => String(value).padStart(2, '0');

/** ISO 8601 local date-time with its offset, e.g. 2026-11-25T08:30:00+01:00. */
export function isoLocalDateTime(at: number): string {
	const date = new Date(at);
	const offset = -date.getTimezoneOffset();
	const sign = offset >= 0 ? '+' : '-';
	const hours = Math.floor(Math.abs(offset) / 60);
	const minutes = Math.abs(offset) % 60;
	return (
		`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
		`T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
		`${sign}${pad(hours)}:${pad(minutes)}`
	);
}

/** "piriformis (left, 6/10: ache, sharp)" for each mark, joined with "; ". */
export function describeMarks(marks: BodyMark[]): string {
	return marks
		.map((mark) => {
			const sensations = mark.sensations.length > 0 ? `: ${mark.sensations.join(', ')}` : '';
			return `${mark.regionId} (${mark.side}, ${mark.intensity}/10${sensations})`;
		})
		.join('; ');
}

export const painEntryColumns = ['date-time', 'day', 'score', 'tags', 'note', 'regions'];

/** Live entries oldest first, each with its live marks. */
export function painEntriesCsv(entries: PainEntry[], marks: BodyMark[]): string {
	const marksByEntry = new Map<string, BodyMark[]>();
	for (const mark of marks) {
		if (mark.deletedAt !== null) continue;
		const list = marksByEntry.get(mark.entryId) ?? [];
		list.push(mark);
		marksByEntry.set(mark.entryId, list);
	}
	const rows = entries
		.filter((entry) => entry.deletedAt === null)
		.sort((a, b) => a.at - b.at)
		.map((entry) => [
			isoLocalDateTime(entry.at),
			entry.day,
			entry.score,
			entry.tags.join('; '),
			entry.note,
			describeMarks(marksByEntry.get(entry.id) ?? [])
		]);
	return csvDocument(painEntryColumns, rows);
}

export const sessionColumns = [
	'routine',
	'kind',
	'treatments',
	'other treatment',
	'start',
	'end',
	'hold seconds',
	'spots done',
	'spots planned',
	'pain before',
	'pain after',
	'status',
	'note'
];

export function sessionsCsv(sessions: Session[]): string {
	const rows = sessions
		.filter((session) => session.deletedAt === null)
		.sort((a, b) => a.at - b.at)
		.map((session) => [
			session.routineName,
			session.kind,
			session.treatments.length > 0 ? session.treatments.join('; ') : null,
			session.otherTreatment || null,
			isoLocalDateTime(session.at),
			session.endAt === null ? null : isoLocalDateTime(session.endAt),
			session.holdSeconds,
			session.spotsDone,
			session.spotsPlanned,
			session.painBefore,
			session.painAfter,
			session.status,
			session.note
		]);
	return csvDocument(sessionColumns, rows);
}

/**
 * Reads CSV text back into rows (RFC 4180). Unknot never imports CSV; this exists so tests can
 * prove what a spreadsheet would see.
 */
export function parseCsv(text: string): string[][] {
	const input = text.replace(/^\uFEFF/, '');
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let index = 0; index < input.length; index += 1) {
		const character = input[index]!;
		if (quoted) {
			if (character === '"' && input[index + 1] === '"') {
				field += '"';
				index += 1;
			} else if (character === '"') quoted = false;
			else field += character;
		} else if (character === '"') quoted = true;
		else if (character === ',') {
			row.push(field);
			field = '';
		} else if (character === '\r' && input[index + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			index += 1;
		} else field += character;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}
