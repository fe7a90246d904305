// The check-in's "Where?": marks are saved with the entry and copied by "Same as last time".
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, useCleanDatabase } from '../test-data/database';
import { marksBetween } from '$lib/db/bodyMarks';
import { writeDraft } from '$lib/db/settings';
import { localDay } from '$lib/domain/day';
import CheckInForm from './CheckInForm.svelte';

useCleanDatabase();

// The body map is imported when Where? opens. Importing it here first moves the slow first
// transform out of the test; drawing its many controls in jsdom is still the slowest step on a
// busy machine, so each wait for the map gets more than the usual wait (src/test-setup.ts).
beforeAll(async () => {
	await import('$lib/components/MarkEditor.svelte');
}, 30_000);
const mapLoads = { timeout: 20_000 };

describe('Where? in the check-in', () => {
	it('saves the marked regions with the entry, then copies them back in one tap', async () => {
		const user = userEvent.setup();
		render(CheckInForm);
		await user.click(screen.getByRole('radio', { name: '6, moderate' }));
		await user.click(screen.getByText('Where?'));
		const where = await screen.findByRole('group', { name: 'Where it hurts' }, mapLoads);
		await user.click(within(where).getByRole('button', { name: 'Left deep glute (piriformis)' }));
		const mark = within(where).getByRole('group', { name: 'Left deep glute (piriformis)' });
		await user.click(within(mark).getByRole('checkbox', { name: 'tingling' }));
		await user.click(screen.getByRole('button', { name: 'Save' }));
		await screen.findByText('Saved: pain 6, moderate.');

		const today = localDay(Date.now());
		const stored = await marksBetween(today, today);
		expect(stored.map((row) => [row.regionId, row.side, row.intensity, row.sensations])).toEqual([
			['left-deep-glute', 'left', 6, ['tingling']]
		]);
		expect(screen.queryByRole('group', { name: 'Where it hurts' })).not.toBeInTheDocument();

		// Offered once there is a last time to copy.
		await user.click(await screen.findByRole('button', { name: 'Same as last time' }));
		await screen.findByText('Copied 1 mark from last time.');
		expect(
			within(await screen.findByRole('group', { name: 'Where it hurts' }, mapLoads)).getByRole(
				'button',
				{
					name: 'Left deep glute (piriformis)'
				}
			)
		).toHaveAttribute('aria-pressed', 'true');
		// The drawing has many controls and jsdom is slow with them: a generous limit, not a speed test.
	}, 30_000);

	it('refuses marks it does not know (e.g. from an old draft) beside Where?, storing nothing', async () => {
		await writeDraft('check-in', {
			score: 5,
			note: '',
			tags: [],
			pendingTag: '',
			time: '',
			marks: [
				{
					regionId: 'left-elbow',
					side: 'left',
					intensity: 5,
					sensations: [],
					pathId: null,
					pathIndex: null
				}
			]
		});
		const user = userEvent.setup();
		render(CheckInForm);
		await screen.findByText(/Draft restored/);
		await user.click(screen.getByRole('button', { name: 'Save' }));
		// The map shows the message, so this waits for the map too.
		const message = await screen.findByText(
			/the body region "left-elbow" is unknown/,
			{},
			mapLoads
		);
		const where = await screen.findByRole('group', { name: 'Where it hurts' }, mapLoads);
		expect(where).toHaveAttribute('aria-describedby', message.id);
		expect(await (await testDatabase()).painEntries.count()).toBe(0);
		expect(await (await testDatabase()).bodyMarks.count()).toBe(0);
	}, 30_000);
});
