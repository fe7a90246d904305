// The service worker: registered with workbox-window, and an update offered, never forced.

class AppUpdate {
	available = $state(false);
	offlineReady = $state(false);
	#update: ((reload?: boolean) => Promise<void>) | null = null;

	async register() {
		const { registerSW } = await import('virtual:pwa-register');
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.available = true),
			onOfflineReady: () => (this.offlineReady = true),
			onRegisterError: (error: unknown) =>
				console.error('Service worker registration failed', error)
		});
	}

	/** Activates the waiting service worker; workbox-window reloads once it controls the page. */
	async apply() {
		await this.#update?.(true);
	}

	dismiss() {
		this.available = false;
	}
}

export const appUpdate = new AppUpdate();
