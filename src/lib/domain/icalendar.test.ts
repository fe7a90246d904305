import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, planCalendar, planEventUid, utcStamp } from './icalendar';
import { localMoment } from '../../test-data/time';

const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

// Wednesday 25 November 2026, 16:15 local time.
const now = localMoment(25, 16, 15);

describe('plan calendar (.ics)', () => {
	const text = planCalendar({
		schedule: { type: 'weekdays', weekdays: [5, 1, 3] },
		preferredTime: 'before-bed',
		routineNames: ['Piriformis release (deep glute)', 'Glute release'],
		planId: 'abc-123',
		now
	});
	const lines = text.split('\r\n');

	it('ends every line with CRLF and keeps lines within 75 octets', () => {
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(lines.at(-1)).toBe('');
		for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
	});

	it('has the calendar, event, weekly rule at the preferred time and an alarm', () => {
		const unfolded = unfold(text).split('\r\n');
		expect(unfolded[0]).toBe('BEGIN:VCALENDAR');
		expect(unfolded).toContain('VERSION:2.0');
		expect(unfolded.some((line) => line.startsWith('PRODID:'))).toBe(true);
		expect(unfolded).toContain('UID:plan-abc-123@unknot.app');
		expect(unfolded).toContain(`DTSTAMP:${utcStamp(now)}`);
		expect(unfolded).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR');
		// Before bed is 21:30; the first plan day from Wednesday 25th is that same Wednesday.
		expect(unfolded).toContain('DTSTART:20261125T213000');
		const alarm = unfolded.slice(
			unfolded.indexOf('BEGIN:VALARM'),
			unfolded.indexOf('END:VALARM') + 1
		);
		expect(alarm).toContain('ACTION:DISPLAY');
		expect(alarm).toContain('TRIGGER:PT0M');
		expect(alarm.some((line) => line.startsWith('DESCRIPTION:'))).toBe(true);
		expect(unfolded.filter((line) => line.startsWith('BEGIN:')).length).toBe(
			unfolded.filter((line) => line.startsWith('END:')).length
		);
		expect(unfolded.at(-2)).toBe('END:VCALENDAR');
		// Commas in text are escaped so the list of routines stays one value.
		expect(unfolded.find((line) => line.startsWith('DESCRIPTION:Your plan'))).toContain(
			'(deep glute)\\, Glute release'
		);
	});

	it('spreads "n days a week" over the week and uses a chosen time', () => {
		const calendar = unfold(
			planCalendar({
				schedule: { type: 'perWeek', daysPerWeek: 2 },
				preferredTime: '07:05',
				routineNames: ['TFL release'],
				planId: 'p',
				now
			})
		);
		expect(calendar).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TH\r\n');
		expect(calendar).toContain('DTSTART:20261126T070500\r\n');
	});

	it('folds long lines at 75 octets without splitting a character, and unfolds back', () => {
		const long = 'DESCRIPTION:' + 'Dehnung für den Gesäßmuskel — ruhig atmen. '.repeat(5);
		const folded = foldLine(long);
		const parts = folded.split('\r\n');
		expect(parts.length).toBeGreaterThan(1);
		for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
		for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
		expect(unfold(folded)).toBe(long);
		expect(foldLine('SHORT:line')).toBe('SHORT:line');
		expect(octets(parts[0]!)).toBeGreaterThan(70);
	});

	it('escapes text values', () => {
		expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
		expect(escapeText('bell\u0007 and\u0000 null\ttab')).toBe('bell and null\ttab');
	});

	it('never lets a restored plan id or routine name add a line to the file', () => {
		const hostile = planCalendar({
			schedule: { type: 'weekdays', weekdays: [1] },
			preferredTime: '21:00',
			routineNames: ['Glutes\r\nATTACH:https://evil.example/x', 'QL\u000bURL:javascript:alert(1)'],
			planId: 'plan\r\nATTACH:https://evil.example/payload\r\nURL:javascript:alert(1)',
			now
		});
		const properties = unfold(hostile)
			.split('\r\n')
			.filter(Boolean)
			.map((line) => line.split(/[:;]/)[0]);
		expect(properties).toEqual([
			'BEGIN',
			'VERSION',
			'PRODID',
			'CALSCALE',
			'METHOD',
			'BEGIN',
			'UID',
			'DTSTAMP',
			'DTSTART',
			'DURATION',
			'RRULE',
			'SUMMARY',
			'DESCRIPTION',
			'BEGIN',
			'ACTION',
			'DESCRIPTION',
			'TRIGGER',
			'END',
			'END',
			'END'
		]);
		expect(hostile).not.toMatch(/\r\n(ATTACH|URL)/);
	});

	it('keeps an app-made plan id in the UID and hashes any other, stably', () => {
		expect(planEventUid('0b6c1e4e-7a1d-4c0e-9d1f-2f6c9a1b2c3d')).toBe(
			'plan-0b6c1e4e-7a1d-4c0e-9d1f-2f6c9a1b2c3d@unknot.app'
		);
		const odd = planEventUid('a b\r\nc');
		expect(odd).toMatch(/^plan-h[0-9a-f]{8}@unknot\.app$/);
		expect(planEventUid('a b\r\nc')).toBe(odd);
		expect(planEventUid('a b\r\nd')).not.toBe(odd);
	});
});
