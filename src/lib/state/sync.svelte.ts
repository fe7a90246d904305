// Sync as the screens see it: the account, the engine's status in the tab that runs it, and the
// outbox count in every tab. Loaded only when sync is on or being set up (its own chunk).

import { liveQuery } from 'dexie';
import { syncJournal, waitingCount } from '$lib/db/syncStore';
import {
	accountSummary,
	changePassphrase,
	eraseEverywhere,
	eraseThisDevice,
	followErasure,
	pause,
	resume,
	runner,
	turnOff,
	type AccountSummary,
	type EngineStatus
} from '$lib/sync/controller';
import type { SyncProblem } from '$lib/sync/problems';
import { syncErasedKey } from '$lib/services/syncPolicy';

class SyncState {
	account = $state.raw<AccountSummary | null>(null);
	/** The engine's status, in the tab that runs it; null in the others. */
	status = $state.raw<EngineStatus | null>(null);
	/** Whether this tab runs the engine. */
	leader = $state(false);
	/** Local changes not yet known to be on the server, counted here when another tab syncs. */
	#counted = $state(0);
	#counting: { unsubscribe(): void } | null = null;
	loaded = $state(false);
	#started = false;

	/** Reads the account and, when sync is on, starts the engine (in one tab at a time). */
	async start() {
		if (this.#started) return;
		this.#started = true;
		await this.refresh();
		runner.subscribe((status, leader) => {
			this.status = status;
			this.leader = leader;
			// The tab that syncs knows the count from its engine; counting on every write would slow
			// a first sync of years of rows.
			if (leader && status) {
				this.#counting?.unsubscribe();
				this.#counting = null;
			} else {
				this.#counting ??= liveQuery(async () => waitingCount(await syncJournal())).subscribe({
					next: (count) => (this.#counted = count),
					error: () => undefined
				});
			}
			if (status?.problem === 'erasedElsewhere') void this.#followErasure();
		});
		if (this.account && !this.account.paused) await runner.start();
	}

	async refresh() {
		this.account = await accountSummary();
		this.loaded = true;
	}

	async #followErasure() {
		await followErasure();
		localStorage.setItem(syncErasedKey, '1');
		await this.refresh();
	}

	get waiting(): number {
		return this.leader && this.status ? this.status.waiting : this.#counted;
	}

	get problem(): SyncProblem | null {
		return this.status?.state === 'problem' ? this.status.problem : null;
	}

	async pause() {
		await pause();
		await this.refresh();
	}

	async resume() {
		await resume();
		await this.refresh();
	}

	syncNow() {
		runner.syncNow();
	}

	async turnOff() {
		await turnOff();
		this.status = null;
		await this.refresh();
	}

	async eraseHere() {
		await eraseThisDevice();
		this.status = null;
		await this.refresh();
	}

	async eraseEverywhere() {
		await eraseEverywhere();
		this.status = null;
		await this.refresh();
	}

	changePassphrase = changePassphrase;

	/** After setting up or joining on this device. */
	async started() {
		await this.refresh();
		await runner.start();
	}
}

export const sync = new SyncState();
