// A Dexie DBCore middleware that keeps `dayRollups` right whoever writes the source tables:
// every read-write transaction on a source table is widened to the rollups, and after each
// mutation the rollups of every touched day (old and new day of each row) are recomputed from
// that day's rows inside the same transaction, so a rollup can never disagree with its rows.

import type {
	DBCore,
	DBCoreKeyRange,
	DBCoreMutateRequest,
	DBCoreRangeType,
	DBCoreTable,
	DBCoreTransaction,
	Middleware
} from 'dexie';
import { Dexie } from 'dexie';
import type { LocalDay } from '$lib/domain/day';
import { computeDayRollup, rollupSources, type DayRows, type RollupSource } from './dayRollups';

const rollupTable = 'dayRollups';
// DBCoreRangeType is a const enum, which isolated modules cannot read: these are its values.
const equalRange = 1 as DBCoreRangeType;
const between = 2 as DBCoreRangeType;
/** Above this many touched days, one range read per table beats one read per day. */
const daysReadOneByOne = 8;

const DexiePromise = Dexie.Promise;

const isSource = (table: string): table is RollupSource =>
	(rollupSources as readonly string[]).includes(table);

interface DatedValue {
	day?: unknown;
}

/**
 * Transactions whose writer rebuilds the rollups itself at its end (a restore of thousands of
 * rows): the middleware only notes their touched days instead of recomputing after each request.
 */
const deferred = new WeakMap<object, Set<LocalDay>>();

/** From now on, writes in `transaction` (a Dexie transaction's `idbtrans`) only note their days. */
export function deferRollups(transaction: object) {
	deferred.set(transaction, new Set());
}

/** The days written since deferRollups, and the end of the deferral for this transaction. */
export function takeDeferredDays(transaction: object): Set<LocalDay> {
	const days = deferred.get(transaction) ?? new Set<LocalDay>();
	deferred.delete(transaction);
	return days;
}

export const dayRollupMiddleware: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'dayRollups',
	create(down) {
		// Fixture databases opened at version 1 have no rollups yet: nothing to keep.
		if (!down.schema.tables.some((table) => table.name === rollupTable)) return down;

		const daysOfRows = (values: readonly unknown[]) =>
			values.flatMap((value) => {
				const day = (value as DatedValue | undefined)?.day;
				return typeof day === 'string' ? [day] : [];
			});

		// Lower layers (hooks, cache) read Dexie's zone, which native `await` loses: every step
		// below chains Dexie promises with `then`, which keep it.
		function rowsBefore(table: DBCoreTable, request: DBCoreMutateRequest): Promise<unknown[]> {
			const trans = request.trans;
			switch (request.type) {
				case 'add':
					return DexiePromise.resolve([]);
				case 'put': {
					const extract = table.schema.primaryKey.extractKey;
					const keys = request.keys ?? (extract ? request.values.map(extract) : []);
					return table.getMany({ trans, keys });
				}
				case 'delete':
					return table.getMany({ trans, keys: request.keys });
				case 'deleteRange': {
					const query = { index: table.schema.primaryKey, range: request.range };
					return table.query({ trans, query, values: true }).then(({ result }) => result);
				}
			}
		}

		function readDays(trans: DBCoreTransaction, days: LocalDay[]): Promise<DayRows> {
			const sorted = [...days].sort();
			const ranges: DBCoreKeyRange[] =
				sorted.length <= daysReadOneByOne
					? sorted.map((day) => ({ type: equalRange, lower: day, upper: day }))
					: [{ type: between, lower: sorted[0], upper: sorted.at(-1) }];
			const wanted = new Set(days);
			const read = (source: RollupSource) => {
				const table = down.table(source);
				const index = table.schema.getIndexByKeyPath('day');
				if (!index) throw new Error(`${source} has no day index`);
				return DexiePromise.all(
					ranges.map((range) =>
						table
							.query({ trans, query: { index, range }, values: true })
							.then(({ result }) =>
								result.filter((row: DatedValue) => wanted.has(row.day as string))
							)
					)
				).then((parts) => parts.flat());
			};
			return DexiePromise.all(rollupSources.map(read)).then(
				([painEntries, sessions, dailyChecks, bodyMarks]) => ({
					painEntries: painEntries ?? [],
					sessions: sessions ?? [],
					dailyChecks: dailyChecks ?? [],
					bodyMarks: bodyMarks ?? []
				})
			);
		}

		function recompute(trans: DBCoreTransaction, days: Set<LocalDay>): Promise<unknown> {
			if (days.size === 0) return DexiePromise.resolve();
			return readDays(trans, [...days]).then((rows) => {
				const rollups = [];
				const empty: LocalDay[] = [];
				for (const day of days) {
					const rollup = computeDayRollup(day, {
						painEntries: rows.painEntries.filter((row) => row.day === day),
						sessions: rows.sessions.filter((row) => row.day === day),
						dailyChecks: rows.dailyChecks.filter((row) => row.day === day),
						bodyMarks: rows.bodyMarks.filter((row) => row.day === day)
					});
					if (rollup) rollups.push(rollup);
					else empty.push(day);
				}
				const rollupsTable = down.table(rollupTable);
				const writes: Promise<unknown>[] = [];
				if (rollups.length > 0) {
					writes.push(rollupsTable.mutate({ type: 'put', trans, values: rollups }));
				}
				if (empty.length > 0) {
					writes.push(rollupsTable.mutate({ type: 'delete', trans, keys: empty }));
				}
				return DexiePromise.all(writes);
			});
		}

		return {
			...down,
			transaction(stores, mode, options) {
				const widened =
					mode === 'readwrite' && stores.some(isSource)
						? [...new Set([...stores, ...rollupSources, rollupTable])]
						: stores;
				return down.transaction(widened, mode, options);
			},
			table(name) {
				const table = down.table(name);
				if (!isSource(name)) return table;
				return {
					...table,
					mutate(request) {
						return rowsBefore(table, request).then((before) =>
							table.mutate(request).then((response) => {
								const after =
									request.type === 'add' || request.type === 'put' ? request.values : [];
								const days = new Set([...daysOfRows(before), ...daysOfRows(after)]);
								const noted = deferred.get(request.trans);
								if (noted) {
									for (const day of days) noted.add(day);
									return response;
								}
								return recompute(request.trans, days).then(() => response);
							})
						);
					}
				};
			}
		};
	}
};
