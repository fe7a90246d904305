import { describe, expect, it } from 'vitest';
import { sampleTables } from '../../test-data/journal';
import { csvField, isoLocalDateTime, painEntriesCsv, parseCsv, sessionsCsv } from './csv';

describe('CSV', () => {
	it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "ow"')).toBe('"say ""ow"""');
		expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
		expect(csvField(null)).toBe('');
	});

	it('keeps a note from being run as a spreadsheet formula', () => {
		expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvField(-3, false)).toBe('-3');
	});

	it('writes pain entries with a byte-order mark, CRLF lines and every column', () => {
		const tables = sampleTables();
		tables.painEntries[0]!.note = 'Stiff, "very"\nthen eased — 腰痛 ok';
		const text = painEntriesCsv(tables.painEntries, tables.bodyMarks);
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		const rows = parseCsv(text);
		expect(rows[0]).toEqual(['date-time', 'day', 'score', 'tags', 'note', 'regions']);
		// The soft-deleted entry is left out; the others come oldest first.
		expect(rows).toHaveLength(3);
		const first = tables.painEntries[0]!;
		expect(rows[1]).toEqual([
			isoLocalDateTime(first.at),
			first.day,
			'6',
			'morning; after sitting',
			'Stiff, "very"\nthen eased — 腰痛 ok',
			'piriformis-left (left, 6/10: ache, radiating); hamstring-left (left, 4/10: tingling)'
		]);
		expect(rows[2]?.[2]).toBe('3');
	});

	it('writes sessions with routine, start, end, hold, spots and pain before and after', () => {
		const tables = sampleTables();
		const rows = parseCsv(sessionsCsv(tables.sessions));
		expect(rows[0]).toEqual([
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
		]);
		const session = tables.sessions[0]!;
		expect(rows[1]).toEqual([
			'Evening glutes, gently',
			'release',
			'',
			'',
			isoLocalDateTime(session.at),
			isoLocalDateTime(session.endAt!),
			'45',
			'5',
			'6',
			'6',
			'4',
			'partial',
			'Ball on the wall'
		]);
		expect(rows[2]?.slice(0, 4)).toEqual(['Acupuncture', 'clinic', 'acupuncture', '']);
		const twoTreatments = parseCsv(
			sessionsCsv([
				{
					...tables.sessions[1]!,
					treatments: ['cupping', 'other'],
					otherTreatment: 'osteopathy'
				}
			])
		);
		expect(twoTreatments[1]?.slice(2, 4)).toEqual(['cupping; other', 'osteopathy']);
	});

	it('writes local date-times with their offset', () => {
		const moment = new Date(2026, 10, 25, 8, 5, 9).getTime();
		expect(isoLocalDateTime(moment)).toMatch(/^2026-11-25T08:05:09[+-]\d{2}:\d{2}$/);
		expect(new Date(isoLocalDateTime(moment)).getTime()).toBe(moment);
	});
});
