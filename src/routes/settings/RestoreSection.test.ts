import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { testDatabase, useCleanDatabase } from '../../test-data/database';
import { painEntryFactory } from '../../test-data/factories/painEntry';
import { sampleBackup } from '../../test-data/journal';
import { localMoment } from '../../test-data/time';
import { backupTableNames, type Backup } from '$lib/domain/backupFormat';
import RestoreSection from './RestoreSection.svelte';

useCleanDatabase();

/** A chosen file whose reading ends only when the test says so, to order two checks at will. */
function fileReadWhenReleased(name: string, backup: Backup | string) {
	const text = typeof backup === 'string' ? backup : JSON.stringify(backup);
	const file = new File([text], name, { type: 'application/json' });
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	const read = file.arrayBuffer.bind(file);
	let finished: Promise<ArrayBuffer> | null = null;
	file.arrayBuffer = () => (finished = released.then(read));
	return {
		file,
		/** Lets the reading end, then waits until everything it set off in the page has run. */
		async finish() {
			release();
			await finished;
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
	};
}

/** A backup holding one pain entry: its note names it. */
function oneEntryBackup(note: string): Backup {
	const backup = sampleBackup();
	for (const name of backupTableNames) (backup.tables[name] as unknown[]) = [];
	backup.tables.painEntries = [painEntryFactory.build({ note, at: localMoment(20, 9) })];
	return backup;
}

const largeBackup = sampleBackup();
const largeRows = backupTableNames.reduce((sum, name) => sum + largeBackup.tables[name].length, 0);

async function setUp() {
	const user = userEvent.setup();
	render(RestoreSection);
	const input = screen.getByLabelText('Backup file');
	await waitFor(() => expect(input).toBeEnabled());
	return { user, input };
}

async function storedNotes() {
	return (await (await testDatabase()).painEntries.toArray()).map((entry) => entry.note);
}

describe('restore writes exactly the file whose summary is shown', () => {
	it('ignores the check of an earlier file that ends after the later one', async () => {
		const { user, input } = await setUp();
		const first = fileReadWhenReleased('large.json', largeBackup);
		const second = fileReadWhenReleased('small.json', oneEntryBackup('the small file'));
		await user.upload(input, first.file);
		await user.upload(input, second.file);
		await second.finish();
		await screen.findByText(/with 1 records\. Nothing has changed yet\./);
		await first.finish();
		expect(screen.queryByText(new RegExp(`with ${largeRows} records`))).toBeNull();
		expect(screen.getByText(/with 1 records/)).toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Restore' }));
		await screen.findByText('Restored: 1 added, 0 updated, 0 unchanged.');
		expect(await storedNotes()).toEqual(['the small file']);
	});

	it('never shows an invalid later file’s refusal beside the earlier file’s summary', async () => {
		const { user, input } = await setUp();
		const first = fileReadWhenReleased('good.json', oneEntryBackup('the first file'));
		const second = fileReadWhenReleased('bad.json', '{"format": "something else"}');
		await user.upload(input, first.file);
		await user.upload(input, second.file);
		await second.finish();
		const refusal = await screen.findByRole('alert');
		await first.finish();
		expect(refusal).toBeInTheDocument();
		expect(screen.queryByText(/Nothing has changed yet/)).toBeNull();

		await user.click(screen.getByRole('button', { name: 'Restore' }));
		expect(await storedNotes()).toEqual([]);
	});

	it('replaces with the file shown when the earlier check ends during the confirmation', async () => {
		const { user, input } = await setUp();
		const first = fileReadWhenReleased('first.json', oneEntryBackup('the first file'));
		const second = fileReadWhenReleased('second.json', oneEntryBackup('the second file'));
		await user.upload(input, first.file);
		await user.upload(input, second.file);
		await second.finish();
		await screen.findByText(/Nothing has changed yet/);
		await user.click(screen.getByRole('radio', { name: /Replace everything here/ }));
		await user.click(screen.getByRole('button', { name: 'Restore' }));
		await first.finish();
		await user.click(screen.getByRole('button', { name: 'Replace all my data' }));
		await screen.findByText(/^Restored: 1 added/);
		expect(await storedNotes()).toEqual(['the second file']);
	});
});
