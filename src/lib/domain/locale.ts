// The device's conventions that Intl does not apply by itself, such as the first day of the week.

interface WeekInfo {
	firstDay: number;
}

type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/** Regions whose week starts on Sunday or Saturday, for engines without Intl week info. */
const sundayRegions = new Set([
	'US',
	'CA',
	'MX',
	'BR',
	'JP',
	'KR',
	'TW',
	'HK',
	'IL',
	'IN',
	'PH',
	'ZA',
	'AU'
]);
const saturdayRegions = new Set([
	'EG',
	'SA',
	'AE',
	'QA',
	'KW',
	'BH',
	'OM',
	'JO',
	'SY',
	'IQ',
	'LY',
	'DZ',
	'AF',
	'IR'
]);

/**
 * The first day of the week for a locale, 0 = Sunday … 6 = Saturday (as Date#getDay counts).
 * `locale` defaults to the device's.
 */
export function firstDayOfWeek(locale?: string): number {
	const tag = locale ?? new Intl.DateTimeFormat().resolvedOptions().locale;
	const parsed = new Intl.Locale(tag) as LocaleWithWeekInfo;
	const info = parsed.getWeekInfo?.() ?? parsed.weekInfo;
	// Intl counts 1 = Monday … 7 = Sunday.
	if (info) return info.firstDay % 7;
	const region = parsed.maximize().region ?? '';
	if (sundayRegions.has(region)) return 0;
	if (saturdayRegions.has(region)) return 6;
	return 1;
}

/** The seven weekdays in the locale's order, as Date#getDay numbers. */
export function weekdaysInOrder(locale?: string): number[] {
	const first = firstDayOfWeek(locale);
	return Array.from({ length: 7 }, (_, index) => (first + index) % 7);
}

/** Short weekday names in the locale, indexed by Date#getDay number. */
export function weekdayNames(locale?: string, width: 'short' | 'long' = 'short'): string[] {
	const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
	// 4 January 1970 was a Sunday.
	return Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(1970, 0, 4 + day)));
}
