// The Dexie schema and its versions. Versions are add-only: never edit one that has shipped;
// add the next with an upgrade() and a fixture test in src/lib/db/migrations.test.ts.

import { Dexie, type Table, type Transaction } from 'dexie';
import { upgradeToVersion2 } from './migrations/version2';
import { upgradeToVersion3 } from './migrations/version3';
import { databaseName } from './databaseName';
import { version4Stores } from './migrations/version4';
import { dayRollupMiddleware } from './rollupMiddleware';
import { createSyncMiddleware } from './syncMiddleware';
import type { SyncMeta, SyncRow } from './syncTypes';
import type {
	BodyMark,
	DailyCheck,
	DayRollup,
	Draft,
	PainEntry,
	Plan,
	Session,
	RestDay,
	Routine,
	Setting
} from './types';

export interface SchemaVersion {
	version: number;
	stores: Record<string, string | null>;
	upgrade?: (transaction: Transaction) => Promise<void>;
}

export const schemaVersions: readonly SchemaVersion[] = [
	{
		version: 1,
		stores: {
			painEntries: 'id, at, day, updatedAt, *tags',
			bodyMarks: 'id, entryId, at, day, regionId',
			dailyChecks: 'id, at, day',
			sessions: 'id, at, day, kind, routineId',
			routines: 'id, updatedAt',
			plans: 'id',
			restDays: 'id, day, planId',
			settings: 'key',
			drafts: 'key'
		}
	},
	{
		// One summary row a local day, so Insights reads days, not every row; built from version 1.
		version: 2,
		stores: { dayRollups: 'day' },
		upgrade: upgradeToVersion2
	},
	{
		// Several treatments a clinic visit, red-flag questions that wait for an answer, and
		// rollups with sensations; no index changes.
		version: 3,
		stores: {},
		upgrade: upgradeToVersion3
	},
	{
		// Sync (device-only): each synced row's clock stamp and outbox mark, and this device's
		// account, keys, clock and progress. Empty until sync is set up, so nothing to upgrade.
		version: 4,
		stores: version4Stores
	}
];

export const currentSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;

export class UnknotDatabase extends Dexie {
	painEntries!: Table<PainEntry, string>;
	bodyMarks!: Table<BodyMark, string>;
	dailyChecks!: Table<DailyCheck, string>;
	sessions!: Table<Session, string>;
	routines!: Table<Routine, string>;
	plans!: Table<Plan, string>;
	restDays!: Table<RestDay, string>;
	settings!: Table<Setting, string>;
	drafts!: Table<Draft, string>;
	dayRollups!: Table<DayRollup, string>;
	syncRows!: Table<SyncRow, string>;
	syncMeta!: Table<SyncMeta, string>;

	/**
	 * `upToVersion` opens an older schema: only the migration tests use it, to build fixtures.
	 * `now` is the clock that stamps synced writes; tests give each simulated device its own.
	 */
	constructor(
		name = databaseName,
		upToVersion = currentSchemaVersion,
		{ now = () => Date.now() }: { now?: () => number } = {}
	) {
		super(name);
		for (const schema of schemaVersions) {
			if (schema.version > upToVersion) break;
			const version = this.version(schema.version).stores(schema.stores);
			if (schema.upgrade) version.upgrade(schema.upgrade);
		}
		// Keeps dayRollups right after every write, whichever repository makes it.
		this.use(dayRollupMiddleware);
		// Records every write to a synced table in the sync outbox while sync is set up.
		this.use(createSyncMiddleware(now));
	}
}
