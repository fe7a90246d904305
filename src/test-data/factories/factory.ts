// The shape of every test factory: `build(overrides)` gives a whole, valid row with unique ids
// and sensible defaults, in the style of Immich's test-data factories. A row that happened at a
// moment takes its `day` from its `at` unless the test says otherwise. Ids are the table's name
// and a counter (`painEntries-1`), apart from the hand-written ids of journal.ts.
import { localDay, type EpochMs } from '$lib/domain/day';
import type { DatedRow, StoredRow } from '$lib/domain/records';
import { localMoment } from '../time';

export interface Factory<Row> {
	build(overrides?: Partial<Row>): Row;
	buildList(count: number, overrides?: Partial<Row>): Row[];
}

/** Noon on 25 November 2026: the "now" of most tests, and the moment of a row given none. */
export const defaultMoment: EpochMs = localMoment(25, 12);

export function defineFactory<Row>(
	make: (sequence: number, overrides: Partial<Row>) => Row
): Factory<Row> {
	let sequence = 0;
	const build = (overrides: Partial<Row> = {}) => ({
		...make(++sequence, overrides),
		...overrides
	});
	return {
		build,
		buildList: (count, overrides) => Array.from({ length: count }, () => build(overrides))
	};
}

/**
 * Id and timestamps of a stored row: made at `createdAt` (by default `moment`) and not changed
 * since, unless it was deleted, which is its last update.
 */
export function storedDefaults(
	id: string,
	overrides: Partial<StoredRow>,
	moment: EpochMs = defaultMoment
): StoredRow {
	const createdAt = overrides.createdAt ?? moment;
	const deletedAt = overrides.deletedAt ?? null;
	return { id, createdAt, updatedAt: deletedAt ?? createdAt, deletedAt };
}

/** The stored defaults of a row that happened at a moment, its day derived from `at`. */
export function datedDefaults(id: string, overrides: Partial<DatedRow>): DatedRow {
	const at = overrides.at ?? defaultMoment;
	return { ...storedDefaults(id, overrides, at), at, day: localDay(at) };
}
