// Upgrades of older backup formats, in order: entry i turns format version i + 1 into i + 2. Each
// is pure and runs before any check, on data that may be broken: it changes only what has the
// old shape and leaves anything else for the checks to refuse with a clear message.

import { redFlagCheckAfterSave } from './redFlags';
import type { Sensation } from './records';

export type FormatUpgrade = (backup: Record<string, unknown>) => Record<string, unknown>;

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function rowsOf(tables: unknown, name: string): Row[] {
	if (!isRow(tables)) return [];
	const rows = tables[name];
	return Array.isArray(rows) ? rows.filter(isRow) : [];
}

/**
 * Format 1 → 2 (schema version 3): a clinic visit's one `treatment` becomes a list; an entry
 * gets `redFlagCheck` — answered when it has answers, pending when it called for the questions
 * but has none (they were lost when Today was left), otherwise none.
 */
function toFormatTwo(backup: Record<string, unknown>): Record<string, unknown> {
	const copy = structuredClone(backup);
	for (const session of rowsOf(copy.tables, 'sessions')) {
		if (!('treatment' in session)) continue;
		session.treatments = typeof session.treatment === 'string' ? [session.treatment] : [];
		session.otherTreatment = '';
		delete session.treatment;
	}
	const marksByEntry = new Map<unknown, { regionId: string; sensations: Sensation[] }[]>();
	for (const mark of rowsOf(copy.tables, 'bodyMarks')) {
		if (mark.deletedAt !== null) continue;
		if (typeof mark.regionId !== 'string' || !Array.isArray(mark.sensations)) continue;
		const list = marksByEntry.get(mark.entryId) ?? [];
		list.push({ regionId: mark.regionId, sensations: mark.sensations as Sensation[] });
		marksByEntry.set(mark.entryId, list);
	}
	for (const entry of rowsOf(copy.tables, 'painEntries')) {
		if ('redFlagCheck' in entry) continue;
		if (entry.redFlags !== null && entry.redFlags !== undefined) {
			entry.redFlagCheck = 'answered';
		} else if (typeof entry.score === 'number') {
			entry.redFlagCheck = redFlagCheckAfterSave(
				null,
				entry.score,
				marksByEntry.get(entry.id) ?? []
			);
		}
	}
	return copy;
}

export const formatUpgrades: readonly FormatUpgrade[] = [toFormatTwo];
