// How Release's pages hand over to one another so that the phone's Back button returns where the
// person was. A page that is done (a saved form, a cancelled one, a finished session) goes back
// in history when it was opened from where it returns to, and otherwise replaces itself, so Back
// never lands on a finished form or an ended timer. The notice it leaves ("Plan saved.") shows on
// the page it returns to and goes with the next navigation; a reload never shows it again.

import { goto } from '$app/navigation';
import type { ResolvedPathname } from '$app/types';
import type { AfterNavigate } from '@sveltejs/kit';

export type ReleaseNotice = 'sessionSaved' | 'visitSaved' | 'routineSaved' | 'planSaved';

class ReleaseNavigation {
	notice = $state<ReleaseNotice | null>(null);
	#pending: ReleaseNotice | null = null;
	/** The page this one was opened from, when Back is known to return there. */
	#cameFrom: string | null = null;
	#replacing = false;

	/** The release layout calls this after every navigation. */
	navigated(navigation: AfterNavigate) {
		this.notice = this.#pending;
		this.#pending = null;
		if (this.#replacing) {
			// A replaced entry keeps the one before it: Back still returns where it did.
			this.#replacing = false;
			return;
		}
		const pushed = navigation.type === 'link' || navigation.type === 'goto';
		this.#cameFrom = pushed ? (navigation.from?.url.pathname ?? null) : null;
	}

	/** Opens a page on top of this one: Back returns here. */
	open(path: ResolvedPathname) {
		return goto(path);
	}

	/** Shows another page in place of this one, which Back then skips. */
	replace(path: ResolvedPathname, notice: ReleaseNotice | null = null) {
		this.#pending = notice;
		this.#replacing = true;
		return goto(path, { replaceState: true }).catch((error: unknown) => {
			this.#replacing = false;
			throw error;
		});
	}

	/** Leaves a page that is done for `path`, with a notice to show there. */
	leave(path: ResolvedPathname, notice: ReleaseNotice | null = null) {
		if (this.#cameFrom === path) {
			this.#pending = notice;
			history.back();
			return Promise.resolve();
		}
		return this.replace(path, notice);
	}
}

export const releaseNavigation = new ReleaseNavigation();
