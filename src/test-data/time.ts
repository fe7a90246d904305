// The clock of the unit tests: moments written as local wall-clock times, so a test reads the
// way a person would say it ("the 24th at 8") and its calendar days hold in any time zone.
import type { EpochMs } from '$lib/domain/day';

/**
 * The epoch ms of a local time in November 2026, the month the tests live in, or in another
 * `month` (1 to 12) of 2026. Days past the month's end roll over, as `Date` does.
 */
export function localMoment(day: number, hour: number, minute = 0, month = 11): EpochMs {
	return new Date(2026, month - 1, day, hour, minute).getTime();
}
