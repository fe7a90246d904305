// A Dexie liveQuery as rune state: `current`, `isLoading` and `error` update when any tab writes.
// Create it during a component's initialisation; it subscribes per consumer and stops with it.
// Dexie loads after the page: each query starts once the database library is there.

import { untrack } from 'svelte';
import { loadLiveQuery } from '$lib/db/journal';

export interface LiveObserver<T> {
	next: (result: T) => void;
	error: (error: unknown) => void;
}

/** Runs `query` now and again after every write to what it read; stop with `unsubscribe`. */
export function watchQuery<T>(
	query: () => Promise<T>,
	observer: LiveObserver<T>
): { unsubscribe: () => void } {
	let stopped = false;
	let subscription: { unsubscribe: () => void } | null = null;
	loadLiveQuery().then(
		(liveQuery) => {
			// An async function, so Dexie keeps track of what it reads across its awaits (the
			// repositories await database() before they read); a plain one loses it after the first.
			if (!stopped) subscription = liveQuery(async () => await query()).subscribe(observer);
		},
		(error: unknown) => {
			if (!stopped) observer.error(error);
		}
	);
	return {
		unsubscribe() {
			stopped = true;
			subscription?.unsubscribe();
		}
	};
}

export class LiveQuery<T, Argument = undefined> {
	current = $state.raw<T | undefined>(undefined);
	isLoading = $state(true);
	error = $state<unknown>(null);

	/**
	 * `argument` is read reactively: when what it reads changes, the query is subscribed again
	 * with the new value. The query itself is not tracked, so only `argument` restarts it.
	 */
	constructor(query: (argument: Argument) => Promise<T>, argument?: () => Argument) {
		$effect(() => {
			const value = argument ? argument() : (undefined as Argument);
			const subscription = untrack(() =>
				watchQuery(() => query(value), {
					next: (result) => {
						this.current = result;
						this.isLoading = false;
						this.error = null;
					},
					error: (error: unknown) => {
						this.error = error;
						this.isLoading = false;
					}
				})
			);
			return () => subscription.unsubscribe();
		});
	}
}
