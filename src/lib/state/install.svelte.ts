// Installing Unknot: the browser's install prompt kept for the "Install Unknot" button,
// whether this device needs Safari's Add to Home Screen steps, and whether it is installed.

import { installPlatform, type InstallPlatform } from '$lib/domain/installPlatform';

/** Chromium's event, not in the DOM typings. */
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

export type InstallOutcome = 'accepted' | 'dismissed' | null;

class Install {
	#prompt = $state.raw<BeforeInstallPromptEvent | null>(null);
	installed = $state(false);
	platform = $state<InstallPlatform>('other');
	outcome = $state<InstallOutcome>(null);

	get canPrompt() {
		return this.#prompt !== null;
	}

	/** Listens in the browser; returns the clean-up. */
	start() {
		this.platform = installPlatform({
			userAgent: navigator.userAgent,
			platform: navigator.platform,
			maxTouchPoints: navigator.maxTouchPoints
		});
		const standalone = matchMedia('(display-mode: standalone)');
		// Safari on iOS does not support the display-mode query for Home Screen apps.
		const appleStandalone = (navigator as Navigator & { standalone?: boolean }).standalone;
		this.installed = standalone.matches || appleStandalone === true;
		const onPrompt = (event: Event) => {
			// Keep the prompt for our own button instead of the browser's mini bar.
			event.preventDefault();
			this.#prompt = event as BeforeInstallPromptEvent;
		};
		const onInstalled = () => {
			this.installed = true;
			this.#prompt = null;
		};
		const onDisplayMode = () => (this.installed = standalone.matches || this.installed);
		addEventListener('beforeinstallprompt', onPrompt);
		addEventListener('appinstalled', onInstalled);
		standalone.addEventListener('change', onDisplayMode);
		return () => {
			removeEventListener('beforeinstallprompt', onPrompt);
			removeEventListener('appinstalled', onInstalled);
			standalone.removeEventListener('change', onDisplayMode);
		};
	}

	/** Shows the browser's install prompt; it can be used only once. */
	async prompt() {
		const event = this.#prompt;
		if (!event) return;
		this.#prompt = null;
		await event.prompt();
		const choice = await event.userChoice;
		this.outcome = choice.outcome;
	}
}

export const install = new Install();
