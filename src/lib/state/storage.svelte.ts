// Persistent storage: asked for after the first save, so the browser does not evict the journal.

import { readSetting, writeSetting } from '$lib/db/settings';

export interface StorageReport {
	supported: boolean;
	persisted: boolean;
	usage: number | null;
	quota: number | null;
}

export async function storageReport(): Promise<StorageReport> {
	const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
	if (!storage?.persisted) return { supported: false, persisted: false, usage: null, quota: null };
	const [persisted, estimate] = await Promise.all([
		storage.persisted(),
		storage.estimate ? storage.estimate() : Promise.resolve({} as StorageEstimate)
	]);
	return {
		supported: true,
		persisted,
		usage: estimate.usage ?? null,
		quota: estimate.quota ?? null
	};
}

/** Asks once, after the first save; the answer is remembered and shown in Settings. */
export async function requestPersistenceAfterFirstSave(): Promise<boolean | null> {
	const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
	if (!storage?.persist) return null;
	if (await readSetting('persistenceAsked', false)) return null;
	const granted = await storage.persist();
	await writeSetting('persistenceAsked', true);
	return granted;
}
