// The plan as an iCalendar file (RFC 5545) that phone calendars import: one weekly repeating
// event at the preferred time with an alarm, so reminders work without any server.

import type { PlanSchedule } from '$lib/domain/records';
import { addDays, localDay, weekdayOf, type EpochMs, type LocalDay } from './day';
import { preferredClock, scheduleWeekdays } from './plan';

const dayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

const encoder = new TextEncoder();

/**
 * Escapes TEXT values: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). Other
 * control characters are not allowed in TEXT at all (§3.3.11: no CTLs but HTAB): dropped.
 */
export function escapeText(text: string): string {
	return (
		text
			.replace(/\\/g, '\\\\')
			.replace(/;/g, '\\;')
			.replace(/,/g, '\\,')
			.replace(/\r\n|\r|\n/g, '\\n')
			// eslint-disable-next-line no-control-regex -- removing control characters is the point
			.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
	);
}

/**
 * The UID of the plan's event. A plan id made by this app is a UUID; one from a restored or
 * crafted file could hold anything, even line breaks that would add lines to the file: such an
 * id is replaced by a hash of it, so the UID stays stable and can never break out of its line.
 */
export function planEventUid(planId: string, host = 'unknot.app'): string {
	const safe = /^[A-Za-z0-9-]{1,100}$/.test(planId) ? planId : `h${fnv1a(planId)}`;
	return `plan-${safe}@${host}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to keep distinct odd ids apart in one calendar. */
function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (const unit of encoder.encode(text)) {
		hash ^= unit;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1): continuation lines
 * start with one space. Splits between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const character of line) {
		const size = encoder.encode(character).length;
		const limit = parts.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += character;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** A UTC DATE-TIME such as 20261125T161500Z. */
export function utcStamp(at: EpochMs): string {
	const date = new Date(at);
	return (
		`${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
		`T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
	);
}

export interface PlanCalendarInput {
	schedule: PlanSchedule;
	preferredTime: string;
	routineNames: string[];
	/** A stable id for the plan, so importing again updates the event instead of adding one. */
	planId: string;
	now: EpochMs;
	/** Where the plan's host name part of the UID comes from. */
	host?: string;
}

/** The first day on or after `from` that falls on one of the weekdays. */
function firstMatchingDay(from: LocalDay, weekdays: number[]): LocalDay {
	for (let offset = 0; offset < 7; offset++) {
		const day = addDays(from, offset);
		if (weekdays.includes(weekdayOf(day))) return day;
	}
	return from;
}

/**
 * The whole .ics text, lines ended with CRLF. DTSTART is a floating local time (no time zone),
 * so the reminder stays at the preferred clock time wherever the phone is.
 */
export function planCalendar(input: PlanCalendarInput): string {
	const weekdays = scheduleWeekdays(input.schedule);
	const { hours, minutes } = preferredClock(input.preferredTime);
	const firstDay = firstMatchingDay(localDay(input.now), weekdays);
	const start = `${firstDay.replaceAll('-', '')}T${pad(hours)}${pad(minutes)}00`;
	const byDay = weekdays.map((day) => dayCodes[day]).join(',');
	const names = input.routineNames.join(', ');
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Unknot//Self-care plan//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'BEGIN:VEVENT',
		`UID:${planEventUid(input.planId, input.host)}`,
		`DTSTAMP:${utcStamp(input.now)}`,
		`DTSTART:${start}`,
		'DURATION:PT15M',
		`RRULE:FREQ=WEEKLY;BYDAY=${byDay}`,
		`SUMMARY:${escapeText('Unknot: self-care session')}`,
		`DESCRIPTION:${escapeText(`Your plan: ${names}. Open Unknot to start the guided timer.`)}`,
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		`DESCRIPTION:${escapeText(`Time for your self-care: ${names}`)}`,
		'TRIGGER:PT0M',
		'END:VALARM',
		'END:VEVENT',
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
