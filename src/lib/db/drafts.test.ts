import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { draftFactory } from '../../test-data/factories/draft';
import { database } from './database';
import { takeTabDraft } from './settings';

useCleanDatabase();

describe('a tab’s own draft of a form', () => {
	const openTabs =
		(...names: string[]) =>
		(tab: string) =>
			names.includes(tab);

	it('is the one the tab wrote, whatever other tabs wrote since', async () => {
		await (
			await database()
		).drafts.bulkPut([
			draftFactory.build({ key: 'check-in:a', value: 'typed in a', updatedAt: 1 }),
			draftFactory.build({ key: 'check-in:b', value: 'typed in b', updatedAt: 2 })
		]);
		expect(await takeTabDraft('check-in', 'a', openTabs('a', 'b'))).toBe('typed in a');
		expect(await takeTabDraft('check-in', 'b', openTabs('a', 'b'))).toBe('typed in b');
	});

	it('is none for a new tab while every other draft belongs to a tab still open', async () => {
		await (
			await database()
		).drafts.put(draftFactory.build({ key: 'check-in:a', value: 'typed in a' }));
		expect(await takeTabDraft('check-in', 'new', openTabs('a', 'new'))).toBeUndefined();
		expect(await (await database()).drafts.get('check-in:a')).toBeDefined();
	});

	it('for a new tab, is the newest draft a closed tab left, taken over once', async () => {
		await (
			await database()
		).drafts.bulkPut([
			draftFactory.build({ key: 'check-in:closed-early', value: 'older', updatedAt: 1 }),
			draftFactory.build({ key: 'check-in:closed-late', value: 'newest', updatedAt: 3 }),
			draftFactory.build({ key: 'check-in:open', value: 'still typing', updatedAt: 5 }),
			draftFactory.build({ key: 'timer', value: 'another form', updatedAt: 9 })
		]);
		const isOpen = openTabs('open', 'new', 'newer');
		expect(await takeTabDraft('check-in', 'new', isOpen)).toBe('newest');
		expect((await (await database()).drafts.get('check-in:new'))?.value).toBe('newest');
		expect(await (await database()).drafts.get('check-in:closed-late')).toBeUndefined();
		// Another new tab does not get the same one again.
		expect(await takeTabDraft('check-in', 'newer', isOpen)).toBe('older');
	});

	it('takes over a draft kept before drafts were kept per tab', async () => {
		await (
			await database()
		).drafts.put(draftFactory.build({ key: 'check-in', value: 'from before' }));
		expect(await takeTabDraft('check-in', 'new', openTabs('new'))).toBe('from before');
		expect(await (await database()).drafts.get('check-in')).toBeUndefined();
	});
});
