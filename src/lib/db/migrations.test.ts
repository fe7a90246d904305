// The migration harness: a fixture database at every earlier schema version (tests/fixtures/
// schema-v{N}.json) is created, upgraded to the current version and checked row by row.
// It covers each new version automatically; add the fixture and, if the upgrade changes rows,
// an entry in `upgradeChecks`.

import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transaction } from 'dexie';
import { currentSchemaVersion, schemaVersions, UnknotDatabase } from './schema';
import {
	copyStoredDatabase,
	keepCopyDuringUpgrades,
	preUpgradeCopyName,
	storedVersion
} from './preUpgrade';

type Fixture = Record<string, Record<string, unknown>[]>;

function fixturePath(version: number) {
	return `tests/fixtures/schema-v${version}.json`;
}

function readFixture(version: number): Fixture {
	return JSON.parse(readFileSync(fixturePath(version), 'utf8')) as Fixture;
}

/** The tables that exist at a version: every store declared so far and not deleted. */
function tablesAt(version: number): string[] {
	const tables = new Set<string>();
	for (const schema of schemaVersions) {
		if (schema.version > version) break;
		for (const [name, spec] of Object.entries(schema.stores)) {
			if (spec === null) tables.delete(name);
			else tables.add(name);
		}
	}
	return [...tables].sort();
}

/**
 * What an upgrade to a version adds or changes, checked after upgrading a fixture across it.
 * Without an entry here, every fixture row must come through unchanged.
 */
const upgradeChecks: Record<
	number,
	(db: UnknotDatabase, fixture: Fixture, fromVersion: number) => Promise<void>
> = {
	3: async (db, fixture) => {
		// Sessions: the one treatment becomes a list; nothing else changes.
		const sessions = await db.sessions.toArray();
		expect(sessions).toHaveLength(fixture.sessions!.length);
		for (const { treatment, ...rest } of fixture.sessions!) {
			expect(sessions).toContainEqual({
				...rest,
				treatments: treatment ? [treatment] : [],
				otherTreatment: ''
			});
		}
		// Entries: answered when answers exist; pending when a score of 8 or more went unanswered.
		const entries = await db.painEntries.toArray();
		expect(entries).toHaveLength(fixture.painEntries!.length);
		for (const entry of fixture.painEntries!) {
			const expected =
				entry.redFlags !== null ? 'answered' : (entry.score as number) >= 8 ? 'pending' : null;
			expect(entries).toContainEqual({ ...entry, redFlagCheck: expected });
		}
		expect(new Set(entries.map((entry) => entry.redFlagCheck))).toEqual(
			new Set(['answered', 'pending', null])
		);
		// Every other table comes through unchanged.
		for (const table of ['bodyMarks', 'dailyChecks', 'routines', 'plans', 'restDays', 'settings']) {
			const stored = await db.table(table).toArray();
			expect(stored).toHaveLength(fixture[table]!.length);
			for (const row of fixture[table]!) expect(stored).toContainEqual(row);
		}
		// Rollups are rebuilt in the new shape, one for each day with live rows.
		const rollups = await db.dayRollups.toArray();
		expect(rollups.length).toBeGreaterThan(0);
		for (const rollup of rollups) {
			expect(rollup).toHaveProperty('selfCareCount');
			expect(rollup).toHaveProperty('sensations');
			expect(rollup).not.toHaveProperty('releaseCount');
		}
		const visitDay = fixture.sessions!.find((session) => session.kind === 'clinic')!.day as string;
		expect(await db.dayRollups.get(visitDay)).toMatchObject({
			clinicVisitCount: 1,
			clinic: ['acupuncture']
		});
	},
	4: async (db, fixture, fromVersion) => {
		// Sync's tables start empty: nothing is stamped or waiting until sync is set up, and the
		// rows version 3's upgrade rewrote did not go into the outbox.
		expect(await db.syncRows.count()).toBe(0);
		expect(await db.syncMeta.count()).toBe(0);
		// From version 3 on, every row comes through unchanged (earlier ones: version 3's check).
		if (fromVersion < 3) return;
		for (const [table, rows] of Object.entries(fixture)) {
			const stored = await db.table(table).toArray();
			expect(stored).toHaveLength(rows.length);
			for (const row of rows) expect(stored).toContainEqual(row);
		}
	}
};

const upgradeCalls = new Map<number, number>();
const originalUpgrades = new Map<number, SchemaVersion['upgrade']>();
type SchemaVersion = (typeof schemaVersions)[number];

beforeAll(() => {
	// Wrap every upgrade so the harness can prove each one actually ran.
	for (const schema of schemaVersions as SchemaVersion[]) {
		const upgrade = schema.upgrade;
		if (!upgrade) continue;
		originalUpgrades.set(schema.version, upgrade);
		upgradeCalls.set(schema.version, 0);
		schema.upgrade = async (transaction: Transaction) => {
			upgradeCalls.set(schema.version, (upgradeCalls.get(schema.version) ?? 0) + 1);
			await upgrade(transaction);
		};
	}
});

afterAll(() => {
	for (const schema of schemaVersions as SchemaVersion[]) {
		if (originalUpgrades.has(schema.version)) {
			schema.upgrade = originalUpgrades.get(schema.version);
		}
	}
});

const versionsWithFixtures = schemaVersions
	.map((schema) => schema.version)
	.filter((version) => existsSync(fixturePath(version)));

describe('schema upgrades', () => {
	it('has a fixture for every earlier schema version, with rows in every table', () => {
		const earlier = schemaVersions
			.map((schema) => schema.version)
			.filter((version) => version < currentSchemaVersion);
		for (const version of earlier) expect(existsSync(fixturePath(version))).toBe(true);
		expect(versionsWithFixtures).toContain(1);
		for (const version of versionsWithFixtures) {
			const fixture = readFixture(version);
			expect(Object.keys(fixture).sort()).toEqual(tablesAt(version));
			for (const rows of Object.values(fixture)) expect(rows.length).toBeGreaterThan(0);
			expect(Object.values(fixture).some((rows) => rows.some((row) => row.deletedAt != null))).toBe(
				true
			);
		}
	});

	for (const version of versionsWithFixtures) {
		it(`opens a version ${version} database at version ${currentSchemaVersion} with every row intact`, async () => {
			const name = `migration-from-v${version}`;
			const fixture = readFixture(version);
			const old = new UnknotDatabase(name, version);
			await old.open();
			await old.transaction('rw', old.tables, async () => {
				// Rollups last: writing the other tables makes the middleware compute rollups, which
				// the fixture's own (as that version stored them) then replace.
				const tables = Object.entries(fixture).sort(
					([a], [b]) => Number(a === 'dayRollups') - Number(b === 'dayRollups')
				);
				for (const [table, rows] of tables) await old.table(table).bulkPut(rows);
			});
			old.close();

			const current = new UnknotDatabase(name);
			await current.open();
			try {
				expect(current.verno).toBe(currentSchemaVersion);
				const check = schemaVersions
					.filter((schema) => schema.version > version)
					.map((schema) => upgradeChecks[schema.version])
					.filter((item) => item !== undefined);
				if (check.length > 0) {
					for (const item of check) await item(current, fixture, version);
				} else {
					for (const [table, rows] of Object.entries(fixture)) {
						if (!tablesAt(currentSchemaVersion).includes(table)) continue;
						const stored = await current.table(table).toArray();
						expect(stored).toHaveLength(rows.length);
						for (const row of rows) expect(stored).toContainEqual(expect.objectContaining(row));
					}
				}
			} finally {
				await current.delete();
			}
		});
	}

	it('ran every upgrade function at least once', () => {
		const neverRan = [...upgradeCalls].filter(([, calls]) => calls === 0).map(([at]) => at);
		expect(neverRan).toEqual([]);
	});
});

/** A next schema version, only for this test: it adds a table and fills it in its upgrade. */
class FutureDatabase extends UnknotDatabase {
	constructor(name: string, upgrade: (transaction: Transaction) => Promise<void>) {
		super(name);
		this.version(currentSchemaVersion + 1)
			.stores({ extraTable: 'id' })
			.upgrade(upgrade);
	}
}

async function fillAtVersion(name: string, version: number) {
	const fixture = readFixture(1);
	const db = new UnknotDatabase(name, version);
	await db.open();
	for (const [table, rows] of Object.entries(fixture)) await db.table(table).bulkAdd(rows);
	db.close();
	return fixture;
}

describe('the copy kept before an upgrade', () => {
	it('copies every store with every row into a separate database', async () => {
		const fixture = await fillAtVersion('copy-source', 1);
		await copyStoredDatabase(indexedDB, 'copy-source', 'copy-target');
		const copy = new UnknotDatabase('copy-target', 1);
		await copy.open();
		for (const [table, rows] of Object.entries(fixture)) {
			expect(await copy.table(table).toArray()).toEqual(
				expect.arrayContaining(rows.map((row) => expect.objectContaining(row)))
			);
			expect(await copy.table(table).count()).toBe(rows.length);
		}
		await copy.delete();
		await new UnknotDatabase('copy-source').delete();
	});

	it('exists while the upgrade runs and is deleted once it has succeeded', async () => {
		const name = 'upgrade-succeeds';
		await fillAtVersion(name, currentSchemaVersion);
		let listedDuringUpgrade: Promise<IDBDatabaseInfo[]> | null = null;
		const future = new FutureDatabase(name, async (transaction) => {
			// Asked (not awaited) inside the upgrade, so the answer is what existed at this moment.
			listedDuringUpgrade = indexedDB.databases();
			await transaction.table('extraTable').add({ id: 'added' });
		});
		keepCopyDuringUpgrades(future, currentSchemaVersion + 1);
		await future.open();
		const during = await listedDuringUpgrade!;
		expect(during.map((database) => database.name)).toContain(preUpgradeCopyName(name));
		expect(await storedVersion(indexedDB, preUpgradeCopyName(name))).toBeNull();
		expect(await future.table('extraTable').count()).toBe(1);
		expect(await future.table('painEntries').count()).toBe(3);
		await future.delete();
	});

	it('is kept, with the old rows, when the upgrade fails', async () => {
		const name = 'upgrade-fails';
		const fixture = await fillAtVersion(name, currentSchemaVersion);
		const future = new FutureDatabase(name, async () => {
			throw new Error('a broken upgrade');
		});
		keepCopyDuringUpgrades(future, currentSchemaVersion + 1);
		await expect(future.open()).rejects.toThrow();
		const copy = new UnknotDatabase(preUpgradeCopyName(name));
		await copy.open();
		expect(await copy.painEntries.count()).toBe(fixture.painEntries!.length);
		expect(await copy.settings.count()).toBe(fixture.settings!.length);
		await copy.delete();
		await new UnknotDatabase(name).delete();
	});

	it('does nothing when there is nothing to upgrade', async () => {
		const name = 'no-upgrade';
		await fillAtVersion(name, currentSchemaVersion);
		const opened: string[] = [];
		const watching = {
			open: (database: string, version?: number) => {
				opened.push(database);
				return indexedDB.open(database, version);
			},
			deleteDatabase: (database: string) => indexedDB.deleteDatabase(database),
			databases: () => indexedDB.databases(),
			cmp: (first: unknown, second: unknown) => indexedDB.cmp(first, second)
		} as IDBFactory;
		const db = new UnknotDatabase(name);
		keepCopyDuringUpgrades(db, currentSchemaVersion, watching);
		await db.open();
		expect(opened).not.toContain(preUpgradeCopyName(name));
		expect(opened).not.toContain(name);
		expect(await db.painEntries.count()).toBe(3);
		await db.delete();
	});

	it('reads the stored version without indexedDB.databases(), and never creates a database', async () => {
		await fillAtVersion('version-probe', currentSchemaVersion);
		const withoutListing = {
			open: (database: string, version?: number) => indexedDB.open(database, version),
			deleteDatabase: (database: string) => indexedDB.deleteDatabase(database),
			cmp: (first: unknown, second: unknown) => indexedDB.cmp(first, second)
		} as IDBFactory;
		expect(await storedVersion(withoutListing, 'version-probe')).toBe(currentSchemaVersion * 10);
		expect(await storedVersion(withoutListing, 'never-made')).toBeNull();
		const names = (await indexedDB.databases()).map((database) => database.name);
		expect(names).not.toContain('never-made');
		await new UnknotDatabase('version-probe').delete();
	});
});
