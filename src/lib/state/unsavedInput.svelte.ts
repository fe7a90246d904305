// Forms that hold input not yet saved, so an update never reloads over someone's typing.
import { SvelteSet } from 'svelte/reactivity';

class UnsavedInput {
	#forms = new SvelteSet<string>();

	get any() {
		return this.#forms.size > 0;
	}

	mark(form: string, unsaved: boolean) {
		if (unsaved) this.#forms.add(form);
		else this.#forms.delete(form);
	}
}

export const unsavedInput = new UnsavedInput();
