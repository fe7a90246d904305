import { describe, expect, it } from 'vitest';
import { ChangedElsewhereError } from '$lib/domain/errors';
import { RowVersion } from './rowVersion.svelte';

describe('RowVersion and drafts', () => {
	it('keeps the version a draft was typed over and checks the next save against it', async () => {
		const before = new RowVersion(100);
		const draft = before.draftOf({ note: 'typed' });
		expect(draft).toEqual({ values: { note: 'typed' }, rowVersion: 100 });

		// After the reload the dialog opens on the row as it is now, changed elsewhere meanwhile.
		const after = new RowVersion(200);
		expect(after.takeDraft(draft)).toEqual({ note: 'typed' });
		const checked: number[] = [];
		await after.save(async (edited) => checked.push(edited.updatedAt));
		expect(checked).toEqual([100]);
	});

	it('takes the newer version once a save was refused, so saving again replaces knowingly', async () => {
		const version = new RowVersion(100);
		await expect(
			version.save(async () => {
				throw new ChangedElsewhereError('changed elsewhere', 200);
			})
		).rejects.toBeInstanceOf(ChangedElsewhereError);
		expect(version.updatedAt).toBe(200);
	});

	it('reads a draft kept before drafts carried their version as values only', () => {
		const version = new RowVersion(200);
		expect(version.takeDraft({ note: 'kept by the older app' })).toEqual({
			note: 'kept by the older app'
		});
		expect(version.updatedAt).toBe(200);
	});
});
