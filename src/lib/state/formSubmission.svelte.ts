// One way for a form to save: `run(write)` shows "Saving", then ends the same way on every kind
// of error, and the form counts as unsaved input (so no update reloads over it) while what it
// holds differs from what it opened with.
//
// How a save ends:
// - ValidationError: its messages go beside their fields (`errors`), and nothing else is shown.
// - WriteError or GoneError: `failure` is the error's own message (it says what to do).
// - anything else: `failure` is one shared "Not saved: something went wrong…" and the error is
//   logged for whoever debugs it.
// A failed save never touches the form's values: what the person typed is still there.
//
// Drafts: a form given `restore` keeps a draft of itself over a reload of the tab (see
// unsavedInput): when it opens again after the reload, `restore` gets the values it held, and it
// stays unsaved, since they differ from what it opened with, until it is saved or cancelled.
import { untrack } from 'svelte';
import { ValidationError, WriteError } from '$lib/domain/errors';
import { words as commonWords } from '$lib/messages/common';
import { unsavedInput } from './unsavedInput.svelte';

/** How `run` ended: the write's value when it succeeded. */
export type Submitted<T> = { ok: true; value: T } | { ok: false };

export class FormSubmission<Values> {
	/** A write is under way: the submit button waits. */
	saving = $state(false);
	/** Messages from a ValidationError, by field name, shown beside each field. */
	errors = $state<Record<string, string>>({});
	/** Why the last write failed as a whole (empty when it did not). */
	failure = $state('');

	readonly id: string;
	readonly #values: () => Values;
	readonly #restore: ((draft: Values) => void) | null;
	/** What the form held when it opened (or was last saved, emptied or cancelled), as JSON. */
	#opening = $state('');
	readonly unsaved = $derived(this.#text(this.snapshot()) !== this.#opening);

	/**
	 * Call while a component is created: the form is registered as unsaved input while it holds
	 * changes, and unregistered when the component is destroyed.
	 *
	 * @param id a stable name for the form ("check-in", "edit-entry"): the key of its draft.
	 * @param values what the form holds now, read on every change (e.g. `() => ({ note, day })`);
	 *   left out by a control that saves at once (a setting), which never holds unsaved input.
	 * @param options.restore puts a draft's values back into the form's fields: given, the form
	 *   keeps a draft of itself over a reload and takes it back when it opens again, after the
	 *   component's own `$effect.pre` (which may fill it from a record) has run.
	 */
	constructor(
		id: string,
		values: () => Values = () => null as Values,
		options: { restore?: (draft: Values) => void } = {}
	) {
		this.id = id;
		this.#values = values;
		this.#restore = options.restore ?? null;
		this.#opening = this.#text(this.snapshot());
		const snapshot = this.#restore ? () => this.snapshot() : null;
		$effect(() => {
			unsavedInput.mark(this.id, this.unsaved, snapshot);
		});
		$effect(() => () => unsavedInput.mark(this.id, false));
		if (this.#restore) {
			const restore = this.#restore;
			$effect(() => {
				untrack(() => {
					const draft = unsavedInput.keptDraft(this.id);
					if (draft !== undefined && draft !== null) restore(draft as Values);
				});
			});
		}
	}

	/** The form's values as plain data, as a draft of it would be stored. */
	snapshot(): Values {
		return $state.snapshot(this.#values()) as Values;
	}

	/**
	 * What the form holds now is where it starts: nothing unsaved, no messages. Call after
	 * filling it from a record, after emptying it for the next entry, and on Cancel.
	 */
	reset() {
		this.#opening = this.#text(this.snapshot());
		this.errors = {};
		this.failure = '';
	}

	/**
	 * Runs one save. Never throws: it returns `{ ok: false }` after showing why, or the write's
	 * value. A second submit while one is saving is ignored.
	 */
	async run<T>(write: () => Promise<T>): Promise<Submitted<T>> {
		if (this.saving) return { ok: false };
		this.saving = true;
		this.failure = '';
		const saved = this.#text(this.snapshot());
		try {
			const value = await write();
			this.errors = {};
			// What was written is saved; anything typed while it was written is not.
			this.#opening = saved;
			return { ok: true, value };
		} catch (error) {
			this.#fail(error);
			return { ok: false };
		} finally {
			this.saving = false;
		}
	}

	#fail(error: unknown) {
		if (error instanceof ValidationError) {
			this.errors = { ...error.fieldErrors } as Record<string, string>;
			return;
		}
		this.errors = {};
		if (error instanceof WriteError) {
			// GoneError is a WriteError: the row was deleted meanwhile, and its message says so.
			this.failure = error.message;
			return;
		}
		this.failure = commonWords.form.notSaved;
		console.error(error);
	}

	#text(values: Values): string {
		return JSON.stringify(values) ?? '';
	}
}
