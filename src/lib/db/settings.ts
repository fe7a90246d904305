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
