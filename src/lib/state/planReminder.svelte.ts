// Reminders without a server: while Unknot is open and notifications are allowed, one
// notification through the service worker at the plan's preferred time on a day it is due.

import { readSetting, writeSetting } from '$lib/db/settings';
import { localDay } from '$lib/domain/day';
import { words as sessionWords } from '$lib/messages/sessions';

const shownKey = 'planReminderShownOn';

function currentPermission(): NotificationPermission | 'unsupported' {
	return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

class PlanReminder {
	permission = $state<NotificationPermission | 'unsupported'>(currentPermission());
	#starts = 0;
	#interval: ReturnType<typeof setInterval> | null = null;

	/** Starts checking once a minute; each caller stops its own start. */
	start(): () => void {
		this.permission = currentPermission();
		this.#starts += 1;
		if (this.#starts === 1) {
			this.#interval = setInterval(() => void this.check(), 60_000);
			void this.check();
		}
		return () => {
			this.#starts -= 1;
			if (this.#starts === 0 && this.#interval) clearInterval(this.#interval);
		};
	}

	async ask() {
		if (typeof Notification === 'undefined') return;
		this.permission = await Notification.requestPermission();
		// The layout starts the checks only where notifications were already allowed.
		if (this.permission === 'granted' && this.#starts === 0) this.start();
		else await this.check();
	}

	async check(now = Date.now()) {
		// Read afresh: permission can be changed in the browser's settings at any time.
		this.permission = currentPermission();
		if (this.permission !== 'granted' || !('serviceWorker' in navigator)) return;
		// The plan's code loads only once a notification could be shown: the layout starts this
		// on every screen, and without the permission it would load for nothing.
		const [{ planProgress }, { dayAdherence }, { reminderDue }] = await Promise.all([
			import('$lib/db/plans'),
			import('$lib/domain/adherence'),
			import('$lib/domain/plan')
		]);
		const today = localDay(now);
		const progress = await planProgress(today);
		if (!progress) return;
		const due = dayAdherence(progress.input, today).due;
		const shownOn = await readSetting<string | null>(shownKey, null);
		if (!reminderDue(progress.plan.preferredTime, now, due, shownOn, today)) return;
		await writeSetting(shownKey, today, now);
		const registration = await navigator.serviceWorker.ready;
		await registration.showNotification(sessionWords.planReminder.title, {
			body: sessionWords.planReminder.body,
			tag: 'unknot-plan',
			icon: '/icons/icon-192.png'
		});
	}
}

export const planReminder = new PlanReminder();
