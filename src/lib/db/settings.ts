// Key–value settings and drafts of unsaved input.

import type { EpochMs } from '$lib/domain/day';
import { database } from './database';
import { guardWrite } from './errors';

export async function readSetting<T>(key: string, fallback: T): Promise<T> {
	const row = await (await database()).settings.get(key);
	return row === undefined ? fallback : (row.value as T);
}

export async function writeSetting(key: string, value: unknown, now: EpochMs = Date.now()) {
	const db = await database();
	await guardWrite(() => db.settings.put({ key, value, updatedAt: now }));
}

export async function readDraft<T>(key: string): Promise<T | undefined> {
	const row = await (await database()).drafts.get(key);
	return row?.value as T | undefined;
}

export async function writeDraft(key: string, value: unknown, now: EpochMs = Date.now()) {
	const db = await database();
	await guardWrite(() => db.drafts.put({ key, value, updatedAt: now }));
}

export async function clearDraft(key: string) {
	const db = await database();
	await guardWrite(() => db.drafts.delete(key));
}

/**
 * The draft of one tab's form, stored as `${form}:${tab}`. A tab with a draft of its own gets it;
 * a tab without one (a new tab) takes over the newest draft of that form left by a tab that is
 * no longer open, so a crash or a closed tab loses nothing, while a draft another open tab is
 * still typing in stays that tab's. One transaction, so two new tabs never take the same draft.
 */
export async function takeTabDraft<T>(
	form: string,
	tab: string,
	isOpen: (tab: string) => boolean
): Promise<T | undefined> {
	const db = await database();
	const own = `${form}:${tab}`;
	return db.transaction('rw', db.drafts, async () => {
		const mine = await db.drafts.get(own);
		if (mine) return mine.value as T;
		// The key `form` alone is a draft from before drafts were kept per tab.
		const left = (await db.drafts.where('key').startsWith(form).toArray())
			.filter((draft) => draft.key === form || draft.key.startsWith(`${form}:`))
			.filter((draft) => draft.key === form || !isOpen(draft.key.slice(form.length + 1)))
			.sort((a, b) => b.updatedAt - a.updatedAt)[0];
		if (!left) return undefined;
		await db.drafts.delete(left.key);
		await db.drafts.put({ ...left, key: own });
		return left.value as T;
	});
}
