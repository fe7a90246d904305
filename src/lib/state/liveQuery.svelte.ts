// A Dexie liveQuery as rune state: `current`, `isLoading` and `error` update when any tab writes.
// Create it during a component's initialisation; it subscribes per consumer and stops with it.

import { liveQuery } from 'dexie';
import { untrack } from 'svelte';

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
				liveQuery(() => query(value)).subscribe({
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
