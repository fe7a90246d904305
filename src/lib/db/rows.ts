// Shared helpers for building and filtering stored rows.

import { localDay, type EpochMs } from '$lib/domain/day';
import { ChangedElsewhereError } from '$lib/domain/errors';
import type { DatedRow, StoredRow } from './types';

export function newId(): string {
	return crypto.randomUUID();
}

export function newRow(now: EpochMs): StoredRow {
	return { id: newId(), createdAt: now, updatedAt: now, deletedAt: null };
}

export function newDatedRow(at: EpochMs, now: EpochMs): DatedRow {
	return { ...newRow(now), at, day: localDay(at) };
}

export function isLive(row: { deletedAt: EpochMs | null }): boolean {
	return row.deletedAt === null;
}

export function byMoment(a: { at: number }, b: { at: number }) {
	return a.at - b.at;
}

/**
 * What an edit form passes to its save: the `updatedAt` of the row as the form read it. Left
 * out, the save writes whatever is stored now.
 */
export interface EditedVersion {
	updatedAt?: EpochMs;
}

/**
 * Refuses to save over a row changed since the form read it (in another tab or window): two
 * edits must never overwrite each other without a word.
 */
export function checkUnchangedSince(
	existing: StoredRow,
	edited: EditedVersion,
	what: 'entry' | 'session' | 'routine' | 'plan'
) {
	if (edited.updatedAt === undefined || existing.updatedAt === edited.updatedAt) return;
	throw new ChangedElsewhereError(
		`Not saved: this ${what} was changed in another tab or window after you opened it. Save again to replace that change with yours, or cancel to keep it.`,
		existing.updatedAt
	);
}
