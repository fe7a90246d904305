// Shared helpers for building and filtering stored rows.

import { localDay, type EpochMs } from '$lib/domain/day';
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
