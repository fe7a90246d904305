import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../test-data/database';
import { painEntriesOnDay } from '$lib/db/painEntries';
import { readDraft } from '$lib/db/settings';
import { thisTab } from '$lib/state/thisTab';
import { localDay } from '$lib/domain/day';
import CheckInForm from './CheckInForm.svelte';

useCleanDatabase();

describe('the check-in form, by keyboard alone', () => {
	it('chooses a score with the arrow keys and saves it with Enter', async () => {
		const user = userEvent.setup();
		render(CheckInForm);
		const group = screen.getByRole('radiogroup', { name: 'Pain now' });
		expect(group).toBeInTheDocument();

		await user.tab();
		expect(screen.getByRole('radio', { name: '0, No pain' })).toHaveFocus();
		await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
		expect(screen.getByRole('radio', { name: '4, moderate' })).toBeChecked();

		await user.keyboard('{Enter}');
		await screen.findByText('Saved: pain 4, moderate.');
		const saved = await painEntriesOnDay(localDay(Date.now()));
		expect(saved.map((entry) => entry.score)).toEqual([4]);
		expect(screen.getByRole('radio', { name: '4, moderate' })).not.toBeChecked();
	});

	it('reaches the note by Tab, shows a message beside a note over the limit, and keeps it', async () => {
		// Compiled here first, so the fold's own fetch of it is not this test run's compile time.
		await import('$lib/components/EntryMoreFields.svelte');
		const user = userEvent.setup();
		render(CheckInForm);
		await user.tab();
		await user.keyboard('{ArrowRight}{ArrowRight}');
		await user.tab();
		const summary = screen.getByText('Note, tags and time', { exact: true });
		expect(summary).toHaveFocus();
		// jsdom does not open a fold from the keyboard as browsers do (Enter on its summary), and
		// its closed fold's fields would be reached by Tab anyway; the e2e check-in spec opens it
		// by Enter. Its fields' code loads as it opens (fetched from the summary's focus on).
		await user.click(summary);
		const note = await screen.findByRole('textbox', { name: 'Note' });
		await user.tab();
		expect(note).toHaveFocus();
		const longNote = 'x'.repeat(2001);
		await user.click(note);
		await user.paste(longNote);
		await user.click(screen.getByRole('button', { name: 'Save' }));
		const message = await screen.findByText('The note is 2001 characters; the limit is 2000.');
		expect(note).toHaveAttribute('aria-invalid', 'true');
		expect(note.getAttribute('aria-describedby')).toContain(message.id);
		expect(note).toHaveValue(longNote);
		expect(await painEntriesOnDay(localDay(Date.now()))).toEqual([]);
	});

	it('keeps a draft of what is typed in the database', async () => {
		const user = userEvent.setup();
		render(CheckInForm);
		await user.tab();
		await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
		await waitFor(async () =>
			expect(await readDraft<{ score: number }>(`check-in:${await thisTab()}`)).toMatchObject({
				score: 3
			})
		);
	});
});
