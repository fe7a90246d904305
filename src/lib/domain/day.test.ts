import { afterEach, describe, expect, it } from 'vitest';
import {
	addDays,
	dayRange,
	daysBetween,
	fromDateTimeLocal,
	fromDateTimeLocalKeeping,
	isLocalDay,
	localDay,
	startOfDay,
	toDateTimeLocal
} from './day';

const originalZone = process.env.TZ;
afterEach(() => {
	process.env.TZ = originalZone;
});

describe('localDay', () => {
	it('puts 23:30 local time on that local day, even where UTC is already tomorrow', () => {
		process.env.TZ = 'America/New_York';
		// 23:30 in New York on 14 March 2026 is 03:30 UTC on 15 March.
		const lateEvening = new Date(2026, 2, 14, 23, 30).getTime();
		expect(new Date(lateEvening).toISOString()).toBe('2026-03-15T03:30:00.000Z');
		expect(localDay(lateEvening)).toBe('2026-03-14');
	});

	it('puts 00:30 on the new day', () => {
		process.env.TZ = 'Europe/Berlin';
		expect(localDay(new Date(2026, 5, 2, 0, 30).getTime())).toBe('2026-06-02');
	});

	it('keeps days right across the spring-forward change (a 23-hour day)', () => {
		process.env.TZ = 'Europe/London';
		// Clocks went forward at 01:00 on 29 March 2026.
		const before = new Date(2026, 2, 29, 0, 30).getTime();
		const after = new Date(2026, 2, 29, 23, 30).getTime();
		expect(after - before).toBe(22 * 3_600_000);
		expect(localDay(before)).toBe('2026-03-29');
		expect(localDay(after)).toBe('2026-03-29');
		expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
		expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
		expect(startOfDay('2026-03-30') - startOfDay('2026-03-29')).toBe(23 * 3_600_000);
	});

	it('keeps days right across the fall-back change (a 25-hour day)', () => {
		process.env.TZ = 'Europe/London';
		// Clocks went back at 02:00 on 25 October 2026: 01:30 happens twice.
		const firstHalfPastOne = Date.UTC(2026, 9, 25, 0, 30);
		const secondHalfPastOne = Date.UTC(2026, 9, 25, 1, 30);
		expect(localDay(firstHalfPastOne)).toBe('2026-10-25');
		expect(localDay(secondHalfPastOne)).toBe('2026-10-25');
		expect(startOfDay('2026-10-26') - startOfDay('2026-10-25')).toBe(25 * 3_600_000);
		expect(dayRange('2026-10-24', '2026-10-27')).toEqual([
			'2026-10-24',
			'2026-10-25',
			'2026-10-26',
			'2026-10-27'
		]);
	});

	it('follows the device when its time zone changes; the stored moment stays the truth', () => {
		const moment = Date.UTC(2026, 0, 10, 23, 30);
		process.env.TZ = 'Europe/London';
		expect(localDay(moment)).toBe('2026-01-10');
		process.env.TZ = 'Asia/Tokyo';
		expect(localDay(moment)).toBe('2026-01-11');
	});
});

describe('day arithmetic and form values', () => {
	it('counts whole days and validates days', () => {
		expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
		expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
		expect(isLocalDay('2026-02-29')).toBe(false);
		expect(isLocalDay('2028-02-29')).toBe(true);
		expect(isLocalDay('2026-1-1')).toBe(false);
	});

	it('round-trips datetime-local values in local time and refuses impossible ones', () => {
		process.env.TZ = 'Europe/Berlin';
		const moment = new Date(2026, 10, 25, 7, 5).getTime();
		expect(toDateTimeLocal(moment)).toBe('2026-11-25T07:05');
		expect(fromDateTimeLocal('2026-11-25T07:05')).toBe(moment);
		expect(fromDateTimeLocal('2026-02-30T10:00')).toBeNull();
		expect(fromDateTimeLocal('yesterday')).toBeNull();
	});

	it('keeps a moment exactly while its field still shows it: seconds, and the second 01:30 of a DST night', () => {
		process.env.TZ = 'Europe/London';
		const withSeconds = new Date(2026, 10, 30, 0, 1, 42, 123).getTime();
		expect(fromDateTimeLocalKeeping('2026-11-30T00:01', withSeconds)).toBe(withSeconds);
		// On 25 October 2026 London's clocks go back: 01:30 happens twice, first BST then GMT.
		const secondHalfPast = Date.UTC(2026, 9, 25, 1, 30);
		expect(toDateTimeLocal(secondHalfPast)).toBe('2026-10-25T01:30');
		expect(fromDateTimeLocal('2026-10-25T01:30')).not.toBe(secondHalfPast);
		expect(fromDateTimeLocalKeeping('2026-10-25T01:30', secondHalfPast)).toBe(secondHalfPast);
		// A changed field means what it says.
		expect(fromDateTimeLocalKeeping('2026-11-30T00:02', withSeconds)).toBe(
			new Date(2026, 10, 30, 0, 2).getTime()
		);
	});
});
