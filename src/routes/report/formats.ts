// How the report writes numbers, days and moments, in the reader's locale: one place, so every
// section writes them alike.

import { startOfDay, type EpochMs, type LocalDay } from '$lib/domain/day';
import { oneDecimal } from '$lib/domain/insightStatements';
import { words } from './messages';

export const format = oneDecimal();

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const momentFormat = new Intl.DateTimeFormat(undefined, {
	dateStyle: 'medium',
	timeStyle: 'short'
});
const shortDayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

export const formatDay = (day: LocalDay) => dayFormat.format(startOfDay(day));
export const formatMoment = (at: EpochMs) => momentFormat.format(at);
/** "3 Nov", for lists of dates inside a sentence. */
export const formatShortMoment = (at: EpochMs) => shortDayFormat.format(at);
export const value = (number: number | null) => (number === null ? words.noValue : format(number));
