// Forms that hold input not yet saved, so an update never reloads over someone's typing, and
// whether a draft of each is kept (so the banners promise only what a reload really keeps).
//
// A form that can be filled again from a draft gives its snapshot here. When the page goes
// (a reload, an update, the tab closing), every such form's snapshot is kept in this tab's
// sessionStorage: written at once, without the database, so it works even after the journal
// stepped aside for a newer version. The form takes its draft back when it opens again after
// the reload (keptDraft), and the screen reopens the dialog it was typed in (keptDraftIds).
import { SvelteMap } from 'svelte/reactivity';

/** Where this tab keeps the drafts of its open forms across a reload. */
const keptDraftsKey = 'unknot.keptDrafts';

function sessionStore(): Storage | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null;
	}
}

class UnsavedInput {
	/** Form id → its snapshot when it can be filled again from a draft, else null. */
	#forms = new SvelteMap<string, (() => unknown) | null>();
	/** Drafts kept by the last page of this tab that no form has taken back yet. */
	#kept: Record<string, unknown> | null = null;

	get any() {
		return this.#forms.size > 0;
	}

	/** Every form holding unsaved input keeps a draft of it: a reload loses nothing. */
	get allDrafted() {
		return [...this.#forms.values()].every(Boolean);
	}

	/**
	 * @param snapshot the form's values as plain data, when the form can be filled from them
	 *   again after a reload; left out by a form whose input a reload cannot keep.
	 */
	mark(form: string, unsaved: boolean, snapshot: (() => unknown) | null = null) {
		if (unsaved) this.#forms.set(form, snapshot);
		else this.#forms.delete(form);
	}

	/** The ids of the forms whose drafts were kept over the last reload and not taken back yet. */
	keptDraftIds(): string[] {
		return Object.keys(this.#pending());
	}

	/** What follows `prefix` in the id of a kept draft ("edit-entry:" → the entry's id), if any. */
	keptDraftFor(prefix: string): string | null {
		const id = this.keptDraftIds().find((kept) => kept.startsWith(prefix));
		return id === undefined ? null : id.slice(prefix.length);
	}

	/** Takes back the draft kept over the last reload for the form `id`, once. */
	keptDraft(id: string): unknown {
		const pending = this.#pending();
		const draft = pending[id];
		delete pending[id];
		return draft;
	}

	/**
	 * Keeps a draft of every form holding unsaved input, and the drafts not taken back yet, in
	 * this tab's sessionStorage. Called when the page goes.
	 */
	keepDrafts() {
		const kept: Record<string, unknown> = { ...this.#pending() };
		for (const [id, snapshot] of this.#forms) {
			if (snapshot) kept[id] = snapshot();
		}
		const store = sessionStore();
		try {
			if (Object.keys(kept).length === 0) store?.removeItem(keptDraftsKey);
			else store?.setItem(keptDraftsKey, JSON.stringify(kept));
		} catch {
			// A full or blocked sessionStorage keeps nothing; the banners still asked to save first.
		}
	}

	#pending(): Record<string, unknown> {
		if (this.#kept) return this.#kept;
		const store = sessionStore();
		let read: unknown = null;
		try {
			read = JSON.parse(store?.getItem(keptDraftsKey) ?? 'null');
			// Taken into memory: the next time the page goes, what is still pending is kept again.
			store?.removeItem(keptDraftsKey);
		} catch {
			read = null;
		}
		this.#kept = read && typeof read === 'object' ? (read as Record<string, unknown>) : {};
		return this.#kept;
	}
}

export const unsavedInput = new UnsavedInput();

if (typeof window !== 'undefined') {
	addEventListener('pagehide', () => unsavedInput.keepDrafts());
}
