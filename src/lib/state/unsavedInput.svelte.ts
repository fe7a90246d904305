// Forms that hold input not yet saved, so an update never reloads over someone's typing, and
// whether a draft of each is kept (so the banners promise only what a reload really keeps).
import { SvelteMap } from 'svelte/reactivity';

class UnsavedInput {
	/** Form id → whether a draft of it is kept. */
	#forms = new SvelteMap<string, boolean>();

	get any() {
		return this.#forms.size > 0;
	}

	/** Every form holding unsaved input keeps a draft of it: a reload loses nothing. */
	get allDrafted() {
		return [...this.#forms.values()].every(Boolean);
	}

	mark(form: string, unsaved: boolean, drafted = false) {
		if (unsaved) this.#forms.set(form, drafted);
		else this.#forms.delete(form);
	}
}

export const unsavedInput = new UnsavedInput();
