import { describe, expect, it } from 'vitest';
import { firstDayOfWeek, weekdayNames, weekdaysInOrder } from './locale';

describe('locale conventions', () => {
	it('starts the week on Monday in Germany and on Sunday in the United States', () => {
		expect(firstDayOfWeek('de-DE')).toBe(1);
		expect(firstDayOfWeek('en-US')).toBe(0);
		expect(weekdaysInOrder('de-DE')).toEqual([1, 2, 3, 4, 5, 6, 0]);
		expect(weekdaysInOrder('en-US')).toEqual([0, 1, 2, 3, 4, 5, 6]);
	});

	it('names weekdays in the locale, indexed like Date#getDay', () => {
		expect(weekdayNames('en-US')[0]).toBe('Sun');
		expect(weekdayNames('de-DE', 'long')[1]).toBe('Montag');
	});
});
