// Whether the first-run welcome is open, and remembering that it was done.
// The settings table is the truth; a localStorage copy is read before the first paint by the
// bootstrap script in app.html, which marks a first visit on the root element (data-welcome) so
// the welcome's first step shows from the HTML; the copy also lets e2e specs skip it.

import { journalMayExist } from '$lib/db/journal';
import { readSetting, writeSetting } from '$lib/db/settings';

export const welcomeDoneSetting = 'welcomeDone';
export const welcomeDoneHint = 'unknot.welcomeDone';

function readHint(): boolean {
	try {
		return localStorage.getItem(welcomeDoneHint) === '1';
	} catch {
		// Storage blocked (some private modes): fall back to the settings table alone.
		return false;
	}
}

/** The bootstrap script's mark of a possible first visit: shown until decided, then removed. */
function hasFirstVisitMark(): boolean {
	return typeof document !== 'undefined' && document.documentElement.dataset.welcome !== undefined;
}

function writeHint() {
	try {
		localStorage.setItem(welcomeDoneHint, '1');
	} catch {
		// Nothing to do: the settings table still remembers.
	}
}

class Welcome {
	open = $state(false);
	/** Bumped each time the welcome opens, so it starts again at its first step. */
	openings = $state(0);
	/** Skipped or done in this page, perhaps from its first paint before load() had decided. */
	#finished = false;
	/** The bootstrap script's mark, while it stands: the welcome may be about to open. */
	#firstVisit = $state(hasFirstVisitMark());
	/**
	 * Whether the welcome covers the screen, or may on a first visit not yet decided: the end of a
	 * screen, loaded as it comes into view, waits until it can be seen.
	 */
	covering = $derived(this.open || this.#firstVisit);

	/** False when this browser has already finished the welcome; true may still turn out done. */
	mayOpen() {
		return !readHint();
	}

	#clearFirstVisitMark() {
		if (typeof document !== 'undefined') delete document.documentElement.dataset.welcome;
		this.#firstVisit = false;
	}

	/** Opens the welcome on a first visit; call once in the browser, before the journal is opened. */
	async load() {
		if (readHint()) {
			this.#clearFirstVisitMark();
			return;
		}
		this.#finished = false;
		let done = false;
		try {
			// A first visit has no journal to read yet: the welcome need not wait while it is created.
			done = (await journalMayExist()) && (await readSetting(welcomeDoneSetting, false));
		} catch {
			// The journal cannot be opened: the welcome still helps, so show it.
		}
		if (this.#finished) return;
		if (done) {
			writeHint();
			this.#clearFirstVisitMark();
		} else this.show();
	}

	show() {
		this.openings += 1;
		this.open = true;
	}

	/** Skipped or done: hidden for good (until shown again from Settings). */
	async finish() {
		this.#finished = true;
		this.open = false;
		this.#clearFirstVisitMark();
		writeHint();
		try {
			await writeSetting(welcomeDoneSetting, true);
		} catch {
			// The hint above keeps it hidden in this browser; nothing the person can do about it here.
		}
	}
}

export const welcome = new Welcome();
