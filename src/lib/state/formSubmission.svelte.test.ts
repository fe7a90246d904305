import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GoneError, ValidationError, WriteError } from '$lib/domain/errors';
import { FormSubmission } from './formSubmission.svelte';
import { unsavedInput } from './unsavedInput.svelte';

/** A form with one note field, created as a component would create it; `destroy` ends it. */
function noteForm(note = '') {
	const values = $state({ note });
	let form!: FormSubmission<{ note: string }>;
	const destroy = $effect.root(() => {
		form = new FormSubmission('note-form', () => values);
	});
	flushSync();
	return { form, values, destroy };
}

let destroyForm = () => {};
afterEach(() => destroyForm());

function open(note = '') {
	const opened = noteForm(note);
	destroyForm = opened.destroy;
	return opened;
}

describe('a form submission', () => {
	it('counts as unsaved input only while it differs from what it opened with', () => {
		const { form, values } = open('as stored');
		expect(form.unsaved).toBe(false);
		expect(unsavedInput.any).toBe(false);

		values.note = 'changed';
		flushSync();
		expect(form.unsaved).toBe(true);
		expect(unsavedInput.any).toBe(true);

		values.note = 'as stored';
		flushSync();
		expect(unsavedInput.any).toBe(false);
	});

	it('tells whether every form holding unsaved input keeps a draft of it', () => {
		const { values } = open();
		const drafted = $state({ note: '' });
		const destroyDrafted = $effect.root(() => {
			new FormSubmission('check-in', () => drafted, { restore: () => {} });
		});
		drafted.note = 'kept as a draft';
		flushSync();
		expect(unsavedInput.allDrafted).toBe(true);
		values.note = 'not kept by a reload';
		flushSync();
		expect(unsavedInput.allDrafted).toBe(false);
		destroyDrafted();
	});

	it('takes a snapshot of its values as plain data, the shape a draft is stored in', () => {
		const { form, values } = open();
		values.note = 'stiff';
		expect(form.snapshot()).toEqual({ note: 'stiff' });
		expect(form.id).toBe('note-form');
	});

	it('ends a refused input with the messages beside their fields and nothing else', async () => {
		const { form, values } = open();
		values.note = 'x'.repeat(2001);
		const outcome = await form.run(() =>
			Promise.reject(new ValidationError({ note: 'The note is too long.' }))
		);
		expect(outcome).toEqual({ ok: false });
		expect(form.errors).toEqual({ note: 'The note is too long.' });
		expect(form.failure).toBe('');
		expect(form.saving).toBe(false);
		expect(values.note).toBe('x'.repeat(2001));
		flushSync();
		expect(unsavedInput.any).toBe(true);
	});

	it('ends a failed write with its own message, keeps what was typed and clears old field messages', async () => {
		const { form, values } = open();
		values.note = 'typed';
		await form.run(() => Promise.reject(new ValidationError({ note: 'Too long.' })));
		const outcome = await form.run(() =>
			Promise.reject(new WriteError('Not saved: the journal could not be written.', null))
		);
		expect(outcome).toEqual({ ok: false });
		expect(form.failure).toBe('Not saved: the journal could not be written.');
		expect(form.errors).toEqual({});
		expect(values.note).toBe('typed');
		flushSync();
		expect(unsavedInput.any).toBe(true);
	});

	it('ends a save of a row deleted meanwhile with the gone message', async () => {
		const { form } = open();
		await form.run(() =>
			Promise.reject(new GoneError('Not saved: this entry no longer exists (it was deleted).'))
		);
		expect(form.failure).toBe('Not saved: this entry no longer exists (it was deleted).');
		expect(form.errors).toEqual({});
	});

	it('ends any other error with the shared words, logs it and does not throw', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const { form, values } = open();
		values.note = 'typed';
		const bug = new TypeError('undefined is not a function');
		const outcome = await form.run(() => Promise.reject(bug));
		expect(outcome).toEqual({ ok: false });
		expect(form.failure).toBe('Not saved: something went wrong. What you typed is still here.');
		expect(logged).toHaveBeenCalledWith(bug);
		expect(values.note).toBe('typed');
	});

	it('returns the written value on success, clears the messages and the unsaved input', async () => {
		const { form, values } = open();
		values.note = 'typed';
		await form.run(() => Promise.reject(new WriteError('Not saved.', null)));
		flushSync();
		expect(unsavedInput.any).toBe(true);

		const outcome = await form.run(() => Promise.resolve('entry-1'));
		expect(outcome).toEqual({ ok: true, value: 'entry-1' });
		expect(form.failure).toBe('');
		expect(form.errors).toEqual({});
		flushSync();
		expect(form.unsaved).toBe(false);
		expect(unsavedInput.any).toBe(false);
	});

	it('shows that it is saving, and ignores a second submit meanwhile', async () => {
		const { form } = open();
		let finish!: () => void;
		const write = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
		const first = form.run(write);
		expect(form.saving).toBe(true);
		expect(await form.run(write)).toEqual({ ok: false });
		expect(write).toHaveBeenCalledTimes(1);
		finish();
		expect(await first).toEqual({ ok: true, value: undefined });
		expect(form.saving).toBe(false);
	});

	it('holds nothing unsaved after reset (filled from a record, emptied, or cancelled)', () => {
		const { form, values } = open();
		values.note = 'typed';
		flushSync();
		expect(unsavedInput.any).toBe(true);
		form.reset();
		flushSync();
		expect(form.unsaved).toBe(false);
		expect(unsavedInput.any).toBe(false);
	});

	it('is no longer unsaved input once its component is destroyed', () => {
		const { values, destroy } = open();
		values.note = 'typed';
		flushSync();
		expect(unsavedInput.any).toBe(true);
		destroy();
		expect(unsavedInput.any).toBe(false);
	});
});
