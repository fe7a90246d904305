// The service worker: registered with workbox-window, and an update offered, never forced.
import { unsavedInput } from './unsavedInput.svelte';

class AppUpdate {
	available = $state(false);
	offlineReady = $state(false);
	/**
	 * The new version took over this tab (Reload was chosen in another tab) while a form here
	 * held unsaved input: the tab waits to reload until that input is saved or cancelled, or the
	 * person reloads it.
	 */
	waiting = $state(false);
	#update: ((reload?: boolean) => Promise<void>) | null = null;
	/** Reload was chosen in this tab: what it holds is kept as drafts, and it reloads at once. */
	#chosen = false;

	async register() {
		const { registerSW } = await import('virtual:pwa-register');
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.available = true),
			onNeedReload: () => this.tookOver(),
			onOfflineReady: () => (this.offlineReady = true),
			onRegisterError: (error: unknown) =>
				console.error('Service worker registration failed', error)
		});
	}

	/** Activates the waiting service worker, which then takes over every tab of Unknot. */
	async apply() {
		this.#chosen = true;
		await this.#update?.(true);
	}

	/**
	 * The new version controls this tab now. Every tab hears it, not only the one where Reload
	 * was chosen: one that holds unsaved input waits instead of reloading over it.
	 */
	tookOver(reload: () => void = () => location.reload()) {
		if (this.#chosen || !unsavedInput.any) reload();
		else this.waiting = true;
	}

	dismiss() {
		this.available = false;
	}
}

export const appUpdate = new AppUpdate();
