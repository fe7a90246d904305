// Calendar days. A day is the local "YYYY-MM-DD" of a moment; moments are epoch milliseconds.
// This is the one place that turns a moment into a day, so grouping is the same everywhere.

export type LocalDay = string;
export type EpochMs = number;

const pad = (value: number) => String(value).padStart(2, '0');

/** The local calendar day of a moment, in the device's current time zone. */
export function localDay(at: EpochMs): LocalDay {
	const date = new Date(at);
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDay(value: string): value is LocalDay {
	const match = dayPattern.exec(value);
	if (!match) return false;
	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	const date = new Date(year, month - 1, day);
	return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/** Local midnight at the start of a day. */
export function startOfDay(day: LocalDay): EpochMs {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return new Date(year, month - 1, date).getTime();
}

/** The day a whole number of calendar days away; right across daylight-saving changes. */
export function addDays(day: LocalDay, count: number): LocalDay {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return localDay(new Date(year, month - 1, date + count, 12).getTime());
}

/** Whole calendar days from one day to another (negative when `to` is earlier). */
export function daysBetween(from: LocalDay, to: LocalDay): number {
	const utc = (day: LocalDay) => {
		const [year, month, date] = day.split('-').map(Number) as [number, number, number];
		return Date.UTC(year, month - 1, date);
	};
	return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Every day from `from` to `to`, both included, in order. */
export function dayRange(from: LocalDay, to: LocalDay): LocalDay[] {
	const days: LocalDay[] = [];
	// One Date stepped a day at a time (at noon, as addDays, so daylight saving cannot skip or
	// repeat a day) rather than addDays on each string: ten years are 3,650 days.
	const [year, month, date] = from.split('-').map(Number) as [number, number, number];
	const noon = new Date(year, month - 1, date, 12);
	for (let day = from; day <= to; day = localDay(noon.getTime())) {
		days.push(day);
		noon.setDate(noon.getDate() + 1);
	}
	return days;
}

/** Day of the week of a local day, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: LocalDay): number {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return new Date(year, month - 1, date).getDay();
}

/** The value of an <input type="datetime-local"> for a moment, in local time. */
export function toDateTimeLocal(at: EpochMs): string {
	const date = new Date(at);
	return `${localDay(at)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Parses an <input type="datetime-local"> value as local time; null when it is not one. */
/**
 * Like fromDateTimeLocal, but a field still showing `original` as first shown stands for exactly
 * that moment: a minute field drops the seconds, and the second 01:30 of a daylight-saving night
 * would read back as the first. So an edit that leaves the time alone never moves it.
 */
export function fromDateTimeLocalKeeping(value: string, original: EpochMs | null): EpochMs | null {
	if (original !== null && value === toDateTimeLocal(original)) return original;
	return fromDateTimeLocal(value);
}

export function fromDateTimeLocal(value: string): EpochMs | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
	if (!match) return null;
	const [year, month, date, hours, minutes, seconds] = match
		.slice(1)
		.map((part) => Number(part ?? 0));
	const moment = new Date(year!, month! - 1, date!, hours!, minutes!, seconds!);
	if (moment.getMonth() !== month! - 1 || moment.getDate() !== date!) return null;
	return moment.getTime();
}
