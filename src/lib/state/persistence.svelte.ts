// Asking the browser to keep the journal (persistent storage), with the outcome to show in words.

import type { PersistenceOutcome } from '$lib/messages/welcomeSteps';

function storageManager(): StorageManager | undefined {
	return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

class Persistence {
	outcome = $state<PersistenceOutcome | null>(null);
	asking = $state(false);

	/** Shows "Granted" straight away when the browser already keeps the journal. */
	async check() {
		const storage = storageManager();
		if (!storage?.persisted) return;
		try {
			if (await storage.persisted()) this.outcome = 'granted';
		} catch {
			// Unknown for now; asking will tell.
		}
	}

	async ask() {
		const storage = storageManager();
		if (!storage?.persist) {
			this.outcome = 'unsupported';
			return;
		}
		this.asking = true;
		try {
			this.outcome = (await storage.persist()) ? 'granted' : 'denied';
		} catch {
			this.outcome = 'failed';
		} finally {
			this.asking = false;
		}
	}
}

export const persistence = new Persistence();
