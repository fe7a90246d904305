// The journal's side of sync on the real database: the outbox kept in the same transaction as
// every write, and incoming rows applied by the merge rule without being echoed back.
import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { painEntryFactory } from '../../test-data/factories/painEntry';
import { formatStamp, parseStamp } from '$lib/domain/hlc';
import { eraseAllData, exportBackup, importBackup } from './backup';
import { database } from './database';
import { addPainEntry, deletePainEntry } from './painEntries';
import { writeSetting } from './settings';
import {
	applyIncoming,
	markPushed,
	markSealed,
	pendingCount,
	waitingCount,
	readAccount,
	readOutbox,
	turnSyncOff,
	turnSyncOn
} from './syncStore';
import type { SyncRow } from './syncTypes';

useCleanDatabase();

const now = new Date(2026, 10, 25, 12, 0).getTime();
const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();

async function keys() {
	const documents = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
		'encrypt',
		'decrypt'
	]);
	const ids = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
	return { journalId: 'journal-1', documents, ids };
}

async function setUp(deviceId = 'devicea') {
	await turnSyncOn(
		await database(),
		{
			databaseUrl: 'http://127.0.0.1:1/userdb-61',
			username: 'a',
			password: 'pw',
			deviceId,
			paused: false,
			setUpAt: now
		},
		await keys(),
		now
	);
}

async function syncRows(): Promise<SyncRow[]> {
	return (await database()).syncRows.toArray();
}

describe('the outbox', () => {
	it('records nothing while sync is off', async () => {
		await addPainEntry({ score: 4, at: at(25, 8), note: '', tags: [] }, now);
		await writeSetting('reportName', 'Ann', now);
		expect(await syncRows()).toEqual([]);
	});

	it('when sync is turned on, holds every journal row already there, stamped by its last change', async () => {
		const entry = await addPainEntry({ score: 4, at: at(20, 8), note: '', tags: [] }, at(20, 9));
		await writeSetting('reportName', 'Ann', at(21, 9));
		await writeSetting('theme', 'dark', at(21, 9));
		await setUp();
		const rows = await syncRows();
		expect(rows.map((row) => row.key).sort()).toEqual([
			`painEntries/${entry.id}`,
			'settings/reportName'
		]);
		expect(rows.every((row) => row.pending === 1)).toBe(true);
		const entryStamp = rows.find((row) => row.key.startsWith('painEntries'))!.stamp;
		expect(parseStamp(entryStamp)).toEqual({ wall: at(20, 9), counter: 0, device: 'devicea' });
		expect((await readAccount(await database()))?.deviceId).toBe('devicea');
	});

	it('records each write to a synced table in the same transaction, and keeps it waiting until replication passed it', async () => {
		await setUp();
		const entry = await addPainEntry({ score: 6, at: at(25, 8), note: 'x', tags: [] }, now);
		const first = (await (await database()).syncRows.get(`painEntries/${entry.id}`))!;
		expect(first.pending).toBe(1);
		await markSealed(await database(), [{ key: first.key, stamp: first.stamp }], 7);
		expect(await pendingCount(await database())).toBe(0);
		expect(await waitingCount(await database())).toBe(1);
		await markPushed(await database(), 6);
		expect(await waitingCount(await database())).toBe(1);
		await markPushed(await database(), 7);
		expect(await waitingCount(await database())).toBe(0);
		await deletePainEntry(entry.id, now + 1);
		const second = (await (await database()).syncRows.get(`painEntries/${entry.id}`))!;
		expect(second.pending).toBe(1);
		expect(second.stamp > first.stamp).toBe(true);
		const [change] = (await readOutbox(await database(), 10)).changes;
		expect(change).toMatchObject({ table: 'painEntries', rowKey: entry.id, stamp: second.stamp });
		expect(change!.row).toMatchObject({ id: entry.id, deletedAt: now + 1 });
	});

	it('records nothing when the write fails: the row and its outbox mark go together', async () => {
		await setUp();
		const db = await database();
		const row = painEntryFactory.build({ at: at(25, 8), score: 5 });
		await expect(
			db.transaction('rw', db.painEntries, async () => {
				await db.painEntries.add(row);
				throw new Error('closed mid-save');
			})
		).rejects.toThrow('closed mid-save');
		expect(await db.painEntries.count()).toBe(0);
		expect(await syncRows()).toEqual([]);
	});

	it('leaves device-only settings out', async () => {
		await setUp();
		await writeSetting('theme', 'dark', now);
		await writeSetting('lastBackupAt', now, now);
		expect(await pendingCount(await database())).toBe(0);
		await writeSetting('reportName', 'Ann Example', now);
		expect((await readOutbox(await database(), 10)).changes.map((change) => change.rowKey)).toEqual(
			['reportName']
		);
	});

	it('keeps a row waiting when it was written again after it was read for sending', async () => {
		await setUp();
		const entry = await addPainEntry({ score: 6, at: at(25, 8), note: '', tags: [] }, now);
		const [read] = (await readOutbox(await database(), 10)).changes;
		await addPainEntry({ score: 2, at: at(25, 9), note: '', tags: [] }, now);
		await (await database()).painEntries.update(entry.id, { score: 7 });
		await markSealed(await database(), [{ key: `painEntries/${entry.id}`, stamp: read!.stamp }], 1);
		const stored = await (await database()).syncRows.get(`painEntries/${entry.id}`);
		expect(stored?.pending).toBe(1);
	});

	it('a page of hundreds of rows carries each row as stored now, erased ones as null, and marking it keeps rows written again', async () => {
		await setUp();
		const db = await database();
		const rows = Array.from({ length: 300 }, (_, index) =>
			painEntryFactory.build({ id: `p${index}`, at: at(1 + (index % 10), 8), score: index % 11 })
		);
		await db.painEntries.bulkAdd(rows);
		await db.painEntries.update('p5', { score: 10, note: 'edited' });
		await db.painEntries.bulkDelete(['p7', 'p8']);
		// A day the page spans holds rows that do not wait: they are not sent.
		await db.syncRows.update('painEntries/p9', { pending: undefined, order: undefined });
		const page = await readOutbox(db, 1000);
		expect(page.changes).toHaveLength(299);
		const byKey = new Map(page.changes.map((change) => [change.rowKey, change.row]));
		expect(byKey.get('p5')).toMatchObject({ score: 10, note: 'edited' });
		expect(byKey.get('p7')).toBeNull();
		expect(byKey.has('p9')).toBe(false);
		for (const row of rows.filter((row) => !['p5', 'p7', 'p8', 'p9'].includes(row.id))) {
			expect(byKey.get(row.id)).toEqual(row);
		}

		// Written again while the page was being sealed: one on its day, one moved to another.
		await db.painEntries.update('p10', { score: 1 });
		await db.painEntries.update('p11', { at: at(28, 8), day: '2026-11-28' });
		const sealed = page.changes.map((change) => ({
			key: `painEntries/${change.rowKey}`,
			stamp: change.stamp
		}));
		await markSealed(db, sealed, 9, { after: '', next: page.next });
		const waiting = (await readOutbox(db, 1000)).changes.map((change) => change.rowKey);
		expect(waiting.sort()).toEqual(['p10', 'p11']);
		expect(await waitingCount(db)).toBe(2 + 297);
	});

	it('pages through waiting rows by day, so a whole journal travels a few days at a time', async () => {
		await setUp();
		for (let index = 0; index < 5; index += 1) {
			await (
				await database()
			).painEntries.add(
				painEntryFactory.build({ at: at(20 + index, 8), score: index, id: `e${4 - index}` })
			);
		}
		const first = await readOutbox(await database(), 2);
		expect(first.changes.map((change) => change.rowKey)).toEqual(['e4', 'e3']);
		const next = await readOutbox(await database(), 10, first.next);
		expect(next.changes.map((change) => change.rowKey)).toEqual(['e2', 'e1', 'e0']);
		expect((await readOutbox(await database(), 10, next.next)).changes).toEqual([]);
	});

	it('a replace restore sends the rows it removed as erased', async () => {
		await setUp();
		const kept = painEntryFactory.build({ at: at(24, 8), score: 3, id: 'kept' });
		await (
			await database()
		).painEntries.bulkAdd([kept, painEntryFactory.build({ at: at(24, 9), score: 4, id: 'gone' })]);
		await markSealed(
			await database(),
			(await syncRows()).map(({ key, stamp }) => ({ key, stamp })),
			1
		);
		await markPushed(await database(), 1);
		await (await database()).painEntries.delete('gone');
		await (
			await database()
		).painEntries.add(painEntryFactory.build({ at: at(24, 9), score: 4, id: 'gone' }));
		const backup = await exportBackup();
		backup.tables.painEntries = backup.tables.painEntries.filter((row) => row.id === 'kept');
		await importBackup(backup, 'replace');
		const outbox = (await readOutbox(await database(), 10)).changes;
		expect(outbox.map((change) => [change.rowKey, change.row === null]).sort()).toEqual([
			['gone', true],
			['kept', false]
		]);
	});

	it('erasing this device leaves no change to send and turns sync off here', async () => {
		await setUp();
		await addPainEntry({ score: 6, at: at(25, 8), note: '', tags: [] }, now);
		await eraseAllData();
		expect(await syncRows()).toEqual([]);
		expect(await readAccount(await database())).toBeUndefined();
		await addPainEntry({ score: 1, at: at(25, 9), note: '', tags: [] }, now);
		expect(await syncRows()).toEqual([]);
	});

	it('turning sync off keeps the journal and forgets the outbox', async () => {
		await setUp();
		await addPainEntry({ score: 6, at: at(25, 8), note: '', tags: [] }, now);
		await turnSyncOff(await database());
		expect(await (await database()).painEntries.count()).toBe(1);
		expect(await syncRows()).toEqual([]);
		expect(await (await database()).syncMeta.count()).toBe(0);
	});
});

describe('incoming rows', () => {
	const stampAt = (wall: number, device = 'deviceb', counter = 0) =>
		formatStamp({ wall, counter, device });

	it('are written when newer, rebuild the day rollup, and are not echoed back', async () => {
		await setUp();
		const incoming = painEntryFactory.build({ at: at(24, 8), score: 7, id: 'from-b' });
		const report = await applyIncoming(
			await database(),
			[{ table: 'painEntries', rowKey: 'from-b', stamp: stampAt(now), row: { ...incoming } }],
			'12'
		);
		expect(report).toEqual({ applied: 1, ignored: 0 });
		expect(await (await database()).painEntries.get('from-b')).toEqual(incoming);
		expect(await (await database()).dayRollups.get('2026-11-24')).toMatchObject({
			painCount: 1,
			painSum: 7
		});
		expect(await pendingCount(await database())).toBe(0);
		expect(await (await database()).syncMeta.get('inbound')).toEqual({
			key: 'inbound',
			since: '12'
		});
	});

	it('lose to a newer local write, and win over an older one that was still waiting', async () => {
		await setUp();
		const entry = await addPainEntry({ score: 6, at: at(25, 8), note: '', tags: [] }, now);
		const local = (await (await database()).syncRows.get(`painEntries/${entry.id}`))!;
		const older = { ...entry, score: 1 };
		await applyIncoming(await database(), [
			{ table: 'painEntries', rowKey: entry.id, stamp: stampAt(now - 60_000), row: older }
		]);
		expect((await (await database()).painEntries.get(entry.id))?.score).toBe(6);
		expect((await (await database()).syncRows.get(local.key))?.pending).toBe(1);

		const newerStamp = stampAt(parseStamp(local.stamp)!.wall + 1);
		await applyIncoming(await database(), [
			{ table: 'painEntries', rowKey: entry.id, stamp: newerStamp, row: { ...entry, score: 9 } }
		]);
		expect((await (await database()).painEntries.get(entry.id))?.score).toBe(9);
		expect(await (await database()).syncRows.get(local.key)).toEqual({
			key: local.key,
			stamp: newerStamp
		});
		expect(await (await database()).dayRollups.get('2026-11-25')).toMatchObject({ painSum: 9 });
	});

	it('move the clock past them, so the next local edit wins everywhere', async () => {
		await setUp();
		const future = now + 365 * 86_400_000;
		const row = painEntryFactory.build({ at: at(24, 8), score: 7, id: 'shared' });
		await applyIncoming(await database(), [
			{ table: 'painEntries', rowKey: 'shared', stamp: stampAt(future, 'fast'), row: { ...row } }
		]);
		await (await database()).painEntries.update('shared', { score: 2 });
		const mine = (await (await database()).syncRows.get('painEntries/shared'))!;
		expect(mine.pending).toBe(1);
		expect(mine.stamp > stampAt(future, 'fast')).toBe(true);
	});

	it('erase a row only when the erasure is the newest version', async () => {
		await setUp();
		const row = painEntryFactory.build({ at: at(24, 8), score: 7, id: 'erased' });
		await applyIncoming(await database(), [
			{ table: 'painEntries', rowKey: 'erased', stamp: stampAt(now), row: { ...row } }
		]);
		await applyIncoming(await database(), [
			{ table: 'painEntries', rowKey: 'erased', stamp: stampAt(now + 1), row: null }
		]);
		expect(await (await database()).painEntries.get('erased')).toBeUndefined();
		expect(await (await database()).dayRollups.get('2026-11-24')).toBeUndefined();
		// A copy of the row delivered late does not bring it back.
		await applyIncoming(await database(), [
			{ table: 'painEntries', rowKey: 'erased', stamp: stampAt(now), row: { ...row } }
		]);
		expect(await (await database()).painEntries.get('erased')).toBeUndefined();
	});

	it('in a batch of hundreds, add the rows new here and replace held ones by the merge rule, rollups of old and new days rebuilt', async () => {
		await setUp();
		const db = await database();
		const held = Array.from({ length: 40 }, (_, index) =>
			painEntryFactory.build({ id: `held-${index}`, at: at(25, 8), score: 4 })
		);
		await db.painEntries.bulkAdd(held);
		const localWall = parseStamp((await db.syncRows.get('painEntries/held-0'))!.stamp)!.wall;
		const fresh = Array.from({ length: 260 }, (_, index) =>
			painEntryFactory.build({ id: `new-${index}`, at: at(1 + (index % 20), 8), score: 2 })
		);
		// Half the held rows come back newer and moved to the 20th, half older.
		const report = await applyIncoming(db, [
			...fresh.map((row) => ({
				table: 'painEntries' as const,
				rowKey: row.id,
				stamp: stampAt(now),
				row: { ...row }
			})),
			...held.map((row, index) => ({
				table: 'painEntries' as const,
				rowKey: row.id,
				stamp: stampAt(localWall + (index % 2 === 0 ? 60_000 : -60_000)),
				row: { ...painEntryFactory.build({ id: row.id, at: at(20, 9), score: 9 }) }
			}))
		]);
		expect(report).toEqual({ applied: 280, ignored: 20 });
		expect(await db.painEntries.count()).toBe(300);
		expect((await db.painEntries.get('held-0'))?.score).toBe(9);
		expect((await db.painEntries.get('held-1'))?.score).toBe(4);
		expect(await db.dayRollups.get('2026-11-25')).toMatchObject({
			painCount: 20,
			painSum: 80
		});
		expect(await db.dayRollups.get('2026-11-20')).toMatchObject({
			painCount: 13 + 20,
			painSum: 13 * 2 + 20 * 9
		});
		// The held rows that won here still wait to be sent; those replaced do not.
		expect((await db.syncRows.get('painEntries/held-1'))?.pending).toBe(1);
		expect((await db.syncRows.get('painEntries/held-0'))?.pending).toBeUndefined();
		expect(await pendingCount(db)).toBe(20);
	});

	it('apply the newest of several versions in one batch', async () => {
		await setUp();
		const row = painEntryFactory.build({ at: at(24, 8), score: 7, id: 'twice' });
		await applyIncoming(await database(), [
			{ table: 'painEntries', rowKey: 'twice', stamp: stampAt(now + 5), row: { ...row, score: 3 } },
			{ table: 'painEntries', rowKey: 'twice', stamp: stampAt(now + 1), row: { ...row } }
		]);
		expect((await (await database()).painEntries.get('twice'))?.score).toBe(3);
	});
});
