import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { localMoment } from '../../test-data/time';
import { savePlan } from '$lib/db/plans';
import { readSetting } from '$lib/db/settings';
import { planReminder } from './planReminder.svelte';

useCleanDatabase();

/** The browser parts a notification needs: permission and a service worker registration. */
function fakeBrowser(permission: NotificationPermission) {
	const showNotification = vi.fn(() => Promise.resolve());
	vi.stubGlobal('Notification', { permission, requestPermission: vi.fn() });
	Object.defineProperty(navigator, 'serviceWorker', {
		configurable: true,
		value: { ready: Promise.resolve({ showNotification }) }
	});
	return showNotification;
}

afterEach(() => {
	vi.unstubAllGlobals();
	Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('plan reminder', () => {
	it('notifies once through the service worker at the preferred time on a due day', async () => {
		const showNotification = fakeBrowser('granted');
		await savePlan(
			{
				routineIds: ['release-piriformis'],
				schedule: { type: 'perWeek', daysPerWeek: 7 },
				preferredTime: 'before-bed'
			},
			localMoment(25, 9)
		);
		await planReminder.check(localMoment(25, 21, 0));
		expect(showNotification).not.toHaveBeenCalled();
		await planReminder.check(localMoment(25, 21, 31));
		expect(showNotification).toHaveBeenCalledTimes(1);
		expect(showNotification).toHaveBeenCalledWith(
			'Time for your self-care',
			expect.objectContaining({ tag: 'unknot-plan' })
		);
		expect(await readSetting('planReminderShownOn', null)).toBe('2026-11-25');
		await planReminder.check(localMoment(25, 21, 45));
		expect(showNotification).toHaveBeenCalledTimes(1);
	});

	it('stays quiet without permission', async () => {
		const showNotification = fakeBrowser('denied');
		await savePlan(
			{
				routineIds: ['release-piriformis'],
				schedule: { type: 'perWeek', daysPerWeek: 7 },
				preferredTime: '08:00'
			},
			localMoment(25, 7)
		);
		await planReminder.check(localMoment(25, 8, 5));
		expect(showNotification).not.toHaveBeenCalled();
	});
});
