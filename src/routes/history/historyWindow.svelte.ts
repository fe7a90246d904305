// A window of History pages read from IndexedDB: older pages load as the list scrolls, and at
// most `maxPages` stay in memory, so ten years of entries never sit in the page at once.
// Each page is a live query: an edit here or a save in another tab updates it in place.

import { historyPage, type HistoryFilter, type HistoryPage } from '$lib/db/history';
import type { LocalDay } from '$lib/domain/day';
import { watchQuery } from '$lib/state/liveQuery.svelte';

export const daysPerPage = 20;
export const maxPages = 5;

interface WindowPage {
	/** Position in `#cursors` of the cursor this page was read from. */
	index: number;
	page: HistoryPage | null;
	subscription: { unsubscribe: () => void };
}

export class HistoryWindow {
	pages = $state.raw<WindowPage[]>([]);
	error = $state('');
	#filter: HistoryFilter = {};
	/** Every page's starting cursor seen so far, newest first: small strings, cheap to keep. */
	#cursors: (LocalDay | null)[] = [];

	get loading() {
		return this.pages.some((entry) => entry.page === null);
	}

	get hasNewer() {
		return (this.pages[0]?.index ?? 0) > 0;
	}

	get hasOlder() {
		const last = this.pages[this.pages.length - 1];
		return last?.page?.olderCursor != null;
	}

	get days() {
		return this.pages.flatMap((entry) => entry.page?.days ?? []);
	}

	/** Starts again from the newest day, or from `startDay` and older (jump to a date). */
	reset(filter: HistoryFilter, startDay: LocalDay | null = null) {
		this.#close();
		this.#filter = { ...filter };
		this.#cursors = [startDay ? `${startDay}~` : null];
		this.pages = [this.#open(0)];
	}

	loadOlder() {
		const last = this.pages[this.pages.length - 1];
		const cursor = last?.page?.olderCursor;
		if (!last || cursor == null || this.loading) return;
		const index = last.index + 1;
		this.#cursors[index] = cursor;
		this.#cursors.length = index + 1;
		const pages = [...this.pages, this.#open(index)];
		while (pages.length > maxPages) pages.shift()!.subscription.unsubscribe();
		this.pages = pages;
	}

	loadNewer() {
		const first = this.pages[0];
		if (!first || first.index === 0 || this.loading) return;
		const pages = [this.#open(first.index - 1), ...this.pages];
		while (pages.length > maxPages) pages.pop()!.subscription.unsubscribe();
		this.pages = pages;
	}

	destroy() {
		this.#close();
		this.pages = [];
	}

	#open(index: number): WindowPage {
		const cursor = this.#cursors[index] ?? null;
		const filter = this.#filter;
		const entry: WindowPage = {
			index,
			page: null,
			subscription: watchQuery(() => historyPage(filter, cursor, daysPerPage), {
				next: (page) => {
					entry.page = page;
					this.pages = [...this.pages];
				},
				error: (error: unknown) => {
					this.error = error instanceof Error ? error.message : String(error);
				}
			})
		};
		return entry;
	}

	#close() {
		for (const entry of this.pages) entry.subscription.unsubscribe();
	}
}
