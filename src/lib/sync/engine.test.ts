// Two and three devices syncing through a real pouchdb-server on 127.0.0.1 (or UNKNOT_COUCHDB_URL).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodyMarkFactory } from '../../test-data/factories/bodyMark';
import { dailyCheckFactory } from '../../test-data/factories/dailyCheck';
import { painEntryFactory } from '../../test-data/factories/painEntry';
import { sessionFactory } from '../../test-data/factories/session';
import { makeDevice, type Device } from '../../test-data/syncDevices';
import { useSyncServer, type TestAccount } from '../../test-data/syncServer';
import { readRecoveryKey } from '$lib/domain/recoveryKey';
import {
	eraseServerJournal,
	joinJournal,
	openRemote,
	readKeyDocument,
	setUpJournal
} from './account';
import { pendingCount } from '$lib/db/syncStore';
import { outboxOrder } from '$lib/db/syncTypes';
import type { JournalKeys } from './crypto';
import { SyncError } from './problems';

const sync = useSyncServer();
const passphrase = 'correct horse battery staple';
const now = new Date(2026, 10, 25, 12, 0).getTime();
const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();

let devices: Device[] = [];

afterEach(async () => {
	for (const device of devices) await device.remove();
	devices = [];
});

async function newJournal(): Promise<{
	account: TestAccount;
	keys: JournalKeys;
	recovery: string;
}> {
	const account = await sync.account();
	const journal = await setUpJournal(openRemote(account), passphrase, now);
	return { account, keys: journal.keys, recovery: journal.recoveryKey };
}

async function device(
	name: string,
	account: TestAccount,
	keys: JournalKeys,
	clock = now,
	batchSize?: number
) {
	const made = await makeDevice(name, account, keys, { clock, batchSize });
	devices.push(made);
	return made;
}

describe('the key document on the server', () => {
	it('lets a second device join with the passphrase or the recovery key, and refuses a wrong one', async () => {
		const { account, keys, recovery } = await newJournal();
		const remote = openRemote(account);
		const joined = await joinJournal(remote, { passphrase });
		expect(joined.keys.journalId).toBe(keys.journalId);
		const secret = readRecoveryKey(recovery);
		if (!secret.ok) throw new Error('unreadable recovery key');
		expect((await joinJournal(remote, { recoveryKey: secret.secret })).keys.journalId).toBe(
			keys.journalId
		);
		await expect(joinJournal(remote, { passphrase: 'wrong horse' })).rejects.toMatchObject({
			problem: 'wrongPassphrase'
		});
	});

	it('is refused with the reason: wrong password, nothing listening', async () => {
		const account = await sync.account();
		const problem = async (credentials: TestAccount) =>
			readKeyDocument(openRemote(credentials)).then(
				() => 'none',
				(error: SyncError) => error.problem
			);
		expect(await problem({ ...account, password: 'not it' })).toBe('wrongPassword');
		expect(await problem({ ...account, databaseUrl: 'http://127.0.0.1:9/userdb-00' })).toBe(
			'unreachable'
		);
		expect(await readKeyDocument(openRemote(account))).toBeNull();
	});

	it('refuses to set up a second journal over an existing one', async () => {
		const { account } = await newJournal();
		await expect(setUpJournal(openRemote(account), 'another', now)).rejects.toMatchObject({
			problem: 'otherJournal'
		});
	});
});

describe('two devices', () => {
	it('carry every table across, rebuild the rollups, and leave only ciphertext on the server', async () => {
		const { account, keys } = await newJournal();
		const a = await device('A', account, keys);
		const entry = painEntryFactory.build({
			at: at(24, 8),
			score: 7,
			id: 'entry-1',
			note: 'Sciatica flared on the stairs',
			tags: ['stairs-tag']
		});
		await a.db.painEntries.add(entry);
		await a.db.bodyMarks.add(
			bodyMarkFactory.build({ at: at(24, 8), intensity: 6, entryId: 'entry-1' })
		);
		await a.db.dailyChecks.add(
			dailyCheckFactory.build({ at: at(24, 21), pain: 4, enjoyment: 5, activity: 6 })
		);
		await a.db.sessions.add(
			sessionFactory.build({ at: at(24, 19), note: 'Tennis ball on the wall' })
		);
		await a.db.settings.put({ key: 'reportName', value: 'Ann Example', updatedAt: now });
		await a.db.settings.put({ key: 'theme', value: 'dark', updatedAt: now });
		await a.engine.syncOnce();

		const b = await device('B', account, keys);
		await b.engine.syncOnce();
		expect(await b.db.painEntries.get('entry-1')).toEqual(entry);
		expect(await b.db.bodyMarks.count()).toBe(1);
		expect(await b.db.sessions.count()).toBe(1);
		expect(await b.db.settings.get('reportName')).toMatchObject({ value: 'Ann Example' });
		expect(await b.db.settings.get('theme')).toBeUndefined();
		expect(await b.db.dayRollups.toArray()).toEqual(await a.db.dayRollups.toArray());

		const documents = await sync.documents(account);
		expect(documents.length).toBe(6);
		const text = JSON.stringify(documents);
		for (const secret of [
			'Sciatica',
			'stairs-tag',
			'Tennis ball',
			'Ann Example',
			'2026-11-24',
			'painEntries',
			'bodyMarks',
			'reportName',
			'entry-1',
			'deep-glute'
		]) {
			expect(text).not.toContain(secret);
		}
		for (const document of documents) {
			const fields = Object.keys(document).sort();
			if (document._id === 'unknot-journal') continue;
			expect(fields).toEqual(['_id', '_rev', 'data', 'iv', 'v']);
		}
	});

	it('both edit one row offline: the later edit wins on both, and no conflict is left on the server', async () => {
		const { account, keys } = await newJournal();
		const a = await device('A', account, keys);
		const b = await device('B', account, keys);
		await a.db.painEntries.add(painEntryFactory.build({ at: at(24, 8), score: 5, id: 'shared' }));
		await a.engine.syncOnce();
		await b.engine.syncOnce();

		a.setClock(now + 60_000);
		await a.db.painEntries.update('shared', { score: 2, note: 'from A, earlier' });
		b.setClock(now + 120_000);
		await b.db.painEntries.update('shared', { score: 9, note: 'from B, later' });
		await b.engine.syncOnce();
		await a.engine.syncOnce();
		await b.engine.syncOnce();

		for (const side of [a, b]) {
			expect(await side.db.painEntries.get('shared')).toMatchObject({ score: 9 });
			expect(await side.db.dayRollups.get('2026-11-24')).toMatchObject({ painSum: 9 });
			expect(await side.engine.status.waiting).toBe(0);
		}
		const raw = await fetch(`${account.databaseUrl}/_all_docs?include_docs=true&conflicts=true`, {
			headers: {
				Authorization: 'Basic ' + btoa(`${account.username}:${account.password}`)
			}
		}).then(
			(response) => response.json() as Promise<{ rows: { doc: { _conflicts?: string[] } }[] }>
		);
		expect(raw.rows.filter((row) => row.doc._conflicts?.length)).toEqual([]);
	});

	it('a device with its clock a year ahead wins only until the other has seen its edit', async () => {
		const { account, keys } = await newJournal();
		const fast = await device('fast', account, keys, now + 365 * 86_400_000);
		const honest = await device('honest', account, keys);
		await fast.db.painEntries.add(painEntryFactory.build({ at: at(24, 8), score: 5, id: 'row' }));
		await fast.engine.syncOnce();
		await honest.engine.syncOnce();
		honest.setClock(now + 1000);
		await honest.db.painEntries.update('row', { score: 1 });
		await honest.engine.syncOnce();
		await fast.engine.syncOnce();
		expect((await fast.db.painEntries.get('row'))?.score).toBe(1);
	});

	it('a soft delete travels like an edit, and an undo after it too', async () => {
		const { account, keys } = await newJournal();
		const a = await device('A', account, keys);
		const b = await device('B', account, keys);
		await a.db.painEntries.add(painEntryFactory.build({ at: at(24, 8), score: 5, id: 'gone' }));
		await a.engine.syncOnce();
		await b.engine.syncOnce();
		a.setClock(now + 1000);
		await a.db.painEntries.update('gone', { deletedAt: now + 1000, updatedAt: now + 1000 });
		await a.engine.syncOnce();
		await b.engine.syncOnce();
		expect((await b.db.painEntries.get('gone'))?.deletedAt).toBe(now + 1000);
		expect(await b.db.dayRollups.get('2026-11-24')).toBeUndefined();
		a.setClock(now + 2000);
		await a.db.painEntries.update('gone', { deletedAt: null, updatedAt: now + 2000 });
		await a.engine.syncOnce();
		await b.engine.syncOnce();
		expect((await b.db.painEntries.get('gone'))?.deletedAt).toBeNull();
	});
});

describe('the outbox, batch by batch', () => {
	const entries = (ids: string[], score: number) =>
		ids.map((id, index) => painEntryFactory.build({ id, score, at: at(10 + index, 8) }));

	it('a batch of rows new to the local copy and rows it holds sends each once, across batches', async () => {
		const { account, keys } = await newJournal();
		const a = await device('A', account, keys, now, 3);
		await a.db.painEntries.bulkAdd(entries(['e1', 'e2', 'e3', 'e4', 'e5'], 4));
		await a.engine.syncOnce();
		a.setClock(now + 60_000);
		// Two rows the local copy holds and two it does not, in one outbox spanning two batches.
		await a.db.painEntries.update('e2', { score: 8, updatedAt: now + 60_000 });
		await a.db.painEntries.update('e4', { score: 9, updatedAt: now + 60_000 });
		await a.db.painEntries.bulkAdd(entries(['e6', 'e7'], 5).map((row) => ({ ...row })));
		expect(await a.engine.sendOutbox()).toBe(4);
		await a.engine.syncOnce();
		expect(a.engine.status.waiting).toBe(0);

		const copy = await a.local.allDocs({ conflicts: true, include_docs: true });
		const rows = copy.rows.filter((row) => row.id !== 'unknot-journal');
		expect(rows.map((row) => row.value?.rev.slice(0, 2)).sort()).toEqual(
			['1-', '1-', '1-', '1-', '1-', '2-', '2-'].sort()
		);
		expect(rows.filter((row) => row.doc?._conflicts?.length)).toEqual([]);
		expect((await sync.documents(account)).length).toBe(8);

		const b = await device('B', account, keys, now, 3);
		await b.engine.syncOnce();
		const received = await b.db.painEntries.orderBy('id').toArray();
		expect(received.map((row) => [row.id, row.score])).toEqual([
			['e1', 4],
			['e2', 8],
			['e3', 4],
			['e4', 9],
			['e5', 4],
			['e6', 5],
			['e7', 5]
		]);
	});

	it('rows a pass cut short already sealed into the local copy are marked sent, not sealed again', async () => {
		const { account, keys } = await newJournal();
		const a = await device('A', account, keys, now, 3);
		const written = entries(['c1', 'c2', 'c3', 'c4'], 6);
		await a.db.painEntries.bulkAdd(written);
		expect(await a.engine.sendOutbox()).toBe(4);
		// As if the page closed after the local copy took the rows but before they were marked.
		const stamps = await a.db.syncRows.toArray();
		await a.db.syncRows.bulkPut(
			stamps.map((row) => ({
				...row,
				pending: 1 as const,
				order: outboxOrder(row.key, written.find((entry) => row.key.endsWith(entry.id))?.day)
			}))
		);
		expect(await pendingCount(a.db)).toBe(4);

		expect(await a.engine.sendOutbox()).toBe(4);
		expect(await pendingCount(a.db)).toBe(0);
		const copy = await a.local.allDocs({});
		expect(copy.rows.map((row) => row.value?.rev.slice(0, 2))).toEqual(['1-', '1-', '1-', '1-']);
	});
});

describe("reading back a device's own writes", () => {
	/** Counts the documents the local copy's changes feed hands the engine (which reads them). */
	function countFeed(local: Device['local']) {
		const counted = { documents: 0 };
		const changes = local.changes.bind(local);
		local.changes = ((options: Parameters<typeof changes>[0]) => {
			const feed = changes(options);
			if (!options?.include_docs) return feed;
			return feed.then((response) => {
				counted.documents += response.results.length;
				return response;
			});
		}) as typeof local.changes;
		return counted;
	}

	it('steps over what this device sealed, yet applies what the pull brought in before it', async () => {
		const { account, keys } = await newJournal();
		const a = await device('A', account, keys, now, 3);
		const ids = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7'];
		await a.db.painEntries.bulkAdd(
			ids.map((id, index) => painEntryFactory.build({ id, score: 4, at: at(10 + index, 8) }))
		);
		await a.engine.syncOnce();
		const b = await device('B', account, keys, now, 3);
		await b.engine.syncOnce();

		// B edits one row and adds one; A's copy takes them in before A seals its own edits.
		b.setClock(now + 60_000);
		await b.db.painEntries.update('o1', { score: 9, updatedAt: now + 60_000 });
		await b.db.painEntries.add(painEntryFactory.build({ id: 'from-b', score: 2, at: at(20, 8) }));
		await b.engine.syncOnce();
		await a.local.replicate.from(openRemote(account));
		a.setClock(now + 120_000);
		await a.db.painEntries.update('o2', { score: 7, updatedAt: now + 120_000 });
		await a.db.painEntries.bulkAdd(
			['n1', 'n2', 'n3', 'n4'].map((id, index) =>
				painEntryFactory.build({ id, score: 3, at: at(21 + index, 8) })
			)
		);
		expect(await a.engine.sendOutbox()).toBe(5);
		const feed = countFeed(a.local);
		expect(await a.engine.receive()).toBe(2);
		// B's two documents, and no more than one batch of A's five.
		expect(feed.documents).toBeLessThanOrEqual(2 + 3);
		const rows = await a.db.painEntries.orderBy('id').toArray();
		expect(rows.find((row) => row.id === 'o1')?.score).toBe(9);
		expect(rows.find((row) => row.id === 'o2')?.score).toBe(7);
		expect(rows.some((row) => row.id === 'from-b')).toBe(true);

		// Later passes start past A's own documents, and an edit on B still reaches A.
		await a.engine.syncOnce();
		await b.engine.syncOnce();
		b.setClock(now + 180_000);
		expect(await b.db.painEntries.update('n3', { score: 8, updatedAt: now + 180_000 })).toBe(1);
		await b.engine.syncOnce();
		await a.engine.syncOnce();
		expect((await a.db.painEntries.get('n3'))?.score).toBe(8);
		expect((await b.db.painEntries.get('o2'))?.score).toBe(7);
	});

	it('does not step over what the pull wrote in between its own writes', async () => {
		const { account, keys } = await newJournal();
		const a = await device('A', account, keys, now, 3);
		const b = await device('B', account, keys, now, 3);
		await b.db.painEntries.add(painEntryFactory.build({ id: 'from-b', score: 6, at: at(5, 8) }));
		await b.engine.syncOnce();
		await a.db.painEntries.bulkAdd(
			['a1', 'a2', 'a3'].map((id, index) =>
				painEntryFactory.build({ id, score: 2, at: at(6 + index, 8) })
			)
		);
		// The live pull takes B's row into A's copy while A seals its batch.
		const bulkDocs = a.local.bulkDocs.bind(a.local);
		let pulled = false;
		a.local.bulkDocs = (async (...args: Parameters<typeof bulkDocs>) => {
			if (!pulled) {
				pulled = true;
				await a.local.replicate.from(openRemote(account));
			}
			return bulkDocs(...args);
		}) as typeof a.local.bulkDocs;
		expect(await a.engine.sendOutbox()).toBe(3);
		expect(pulled).toBe(true);
		await a.engine.receive();
		expect((await a.db.painEntries.get('from-b'))?.score).toBe(6);
	});

	it('after a first upload, reads none of the documents it wrote', async () => {
		const { account, keys } = await newJournal();
		const a = await device('A', account, keys, now, 4);
		await a.db.painEntries.bulkAdd(
			Array.from({ length: 12 }, (_, index) =>
				painEntryFactory.build({ id: `u${index}`, score: 5, at: at(1 + index, 8) })
			)
		);
		expect(await a.engine.sendOutbox()).toBe(12);
		const feed = countFeed(a.local);
		expect(await a.engine.receive()).toBe(0);
		expect(feed.documents).toBe(0);
	});
});

describe('live sync, a first sync', () => {
	/** Resolves once the engine reports a state that passes `done`. */
	function until(target: Device, done: (status: Device['engine']['status']) => boolean) {
		return new Promise<void>((resolve) => {
			const stop = target.engine.subscribe((status) => {
				if (!done(status)) return;
				queueMicrotask(() => stop());
				resolve();
			});
		});
	}
	const synced = (status: Device['engine']['status']) =>
		status.state === 'idle' && status.waiting === 0;

	/** Counts the documents the local copy's changes feed lists for the push (no documents). */
	function countPushReads(local: Device['local']) {
		const counted = { documents: 0 };
		const changes = local.changes.bind(local);
		local.changes = ((options: Parameters<typeof changes>[0]) => {
			const feed = changes(options);
			// The replication listens to the feed itself: it is handed on as it is.
			if (!options?.include_docs && !options?.live) {
				void feed.then(
					(response) => (counted.documents += response?.results?.length ?? 0),
					() => undefined
				);
			}
			return feed;
		}) as typeof local.changes;
		return counted;
	}

	it('up from A does not check its own documents again, yet takes in what another device wrote', async () => {
		const { account, keys } = await newJournal();
		const b = await device('B', account, keys);
		await b.db.painEntries.add(painEntryFactory.build({ id: 'from-b', score: 6, at: at(3, 8) }));
		await b.engine.syncOnce();
		const a = await device('A', account, keys, now, 4);
		await a.db.painEntries.bulkAdd(
			Array.from({ length: 20 }, (_, index) =>
				painEntryFactory.build({ id: `a${index}`, score: 2, at: at(4 + index, 8) })
			)
		);
		// What the pulls ask the local copy about: the documents they would fetch.
		const checked: string[] = [];
		const local = a.local as unknown as { revsDiff(diff: Record<string, string[]>): unknown };
		const revsDiff = local.revsDiff.bind(local);
		local.revsDiff = (diff) => {
			checked.push(...Object.keys(diff));
			return revsDiff(diff);
		};
		await a.engine.start();
		await until(a, synced);
		expect((await a.db.painEntries.get('from-b'))?.score).toBe(6);
		expect(checked.filter((id) => id !== 'unknot-journal')).toHaveLength(1);

		// Live from here on: an edit on B reaches A.
		await b.engine.syncOnce();
		b.setClock(now + 60_000);
		await b.db.painEntries.update('a7', { score: 9, updatedAt: now + 60_000 });
		await b.engine.syncOnce();
		await vi.waitFor(async () => expect((await a.db.painEntries.get('a7'))?.score).toBe(9), {
			timeout: 20_000,
			interval: 100
		});
	});

	it('into an empty copy does not send the documents back to be checked, and an edit on B still reaches A', async () => {
		const { account, keys } = await newJournal();
		const a = await device('A', account, keys);
		await a.db.painEntries.bulkAdd(
			Array.from({ length: 30 }, (_, index) =>
				painEntryFactory.build({ id: `d${index}`, score: 3, at: at(1 + index, 8) })
			)
		);
		await a.engine.syncOnce();
		const b = await device('B', account, keys);
		const pushReads = countPushReads(b.local);
		await b.engine.start();
		await until(b, synced);
		expect(await b.db.painEntries.count()).toBe(30);
		expect(pushReads.documents).toBe(0);

		b.setClock(now + 60_000);
		await b.db.painEntries.update('d4', { score: 8, updatedAt: now + 60_000 });
		await until(b, (status) => synced(status) && (status.lastSyncedAt ?? 0) >= now + 60_000);
		await b.engine.stop();
		await a.engine.syncOnce();
		expect((await a.db.painEntries.get('d4'))?.score).toBe(8);
	});

	it('by a device with rows of its own sends those rows up', async () => {
		const { account, keys } = await newJournal();
		const a = await device('A', account, keys);
		await a.db.painEntries.add(painEntryFactory.build({ id: 'from-a', score: 3, at: at(2, 8) }));
		await a.engine.syncOnce();
		const b = await device('B', account, keys);
		await b.db.painEntries.bulkAdd(
			['b1', 'b2', 'b3'].map((id, index) =>
				painEntryFactory.build({ id, score: 6, at: at(3 + index, 8) })
			)
		);
		await b.engine.start();
		await until(b, synced);
		await b.engine.stop();
		await a.engine.syncOnce();
		expect((await a.db.painEntries.toCollection().primaryKeys()).sort()).toEqual([
			'b1',
			'b2',
			'b3',
			'from-a'
		]);
	});
});

describe('a journal of another device', () => {
	it('a device joining with rows of its own merges them into the journal', async () => {
		const { account, keys } = await newJournal();
		const a = await device('A', account, keys);
		await a.db.painEntries.add(painEntryFactory.build({ at: at(23, 8), score: 3, id: 'from-a' }));
		await a.engine.syncOnce();
		const b = await device('B', account, keys);
		// B had kept a journal of its own before joining.
		await b.db.painEntries.add(painEntryFactory.build({ at: at(22, 8), score: 4, id: 'from-b' }));
		await b.engine.syncOnce();
		await a.engine.syncOnce();
		for (const side of [a, b]) {
			expect((await side.db.painEntries.toCollection().primaryKeys()).sort()).toEqual([
				'from-a',
				'from-b'
			]);
		}
	});
});

describe('erasing', () => {
	it('everywhere: the server keeps no row, and the other device learns it must erase', async () => {
		const { account, keys } = await newJournal();
		const a = await device('A', account, keys);
		const b = await device('B', account, keys);
		await a.db.painEntries.add(
			painEntryFactory.build({ at: at(24, 8), score: 5, id: 'row', note: 'private' })
		);
		await a.engine.syncOnce();
		await b.engine.syncOnce();
		await eraseServerJournal(openRemote(account), keys, now);
		const left = await sync.documents(account);
		expect(left.map((document) => document._id)).toEqual(['unknot-journal']);
		expect(left[0]).not.toHaveProperty('passphrase');
		await expect(b.engine.syncOnce()).rejects.toMatchObject({ problem: 'erasedElsewhere' });
		// The server is free for a new journal.
		expect(await readKeyDocument(openRemote(account))).toBeNull();
	});

	it('a forged erasure, without the journal key, does not make a device erase anything', async () => {
		const { account, keys } = await newJournal();
		const b = await device('B', account, keys);
		const remote = openRemote(account);
		const current = await remote.get('unknot-journal');
		await remote.put({
			_id: 'unknot-journal',
			_rev: current._rev,
			format: 'unknot-sync-key',
			version: 1,
			journalId: keys.journalId,
			erasedAt: now,
			proof: '00'.repeat(32)
		});
		await expect(b.engine.syncOnce()).rejects.toMatchObject({ problem: 'otherJournal' });
	});

	it('a replace restore "everywhere" erases on the other device what the backup lacks', async () => {
		const { account, keys } = await newJournal();
		const a = await device('A', account, keys);
		const b = await device('B', account, keys);
		await a.db.painEntries.bulkAdd([
			painEntryFactory.build({ at: at(24, 8), score: 5, id: 'kept' }),
			painEntryFactory.build({ at: at(24, 9), score: 6, id: 'not-in-backup' })
		]);
		await a.engine.syncOnce();
		await b.engine.syncOnce();
		expect(await b.db.painEntries.count()).toBe(2);
		// What a replace does on A: clear, then write the backup's rows.
		await a.db.transaction('rw', a.db.painEntries, async () => {
			await a.db.painEntries.clear();
			await a.db.painEntries.add(painEntryFactory.build({ at: at(24, 8), score: 5, id: 'kept' }));
		});
		await a.engine.syncOnce();
		await b.engine.syncOnce();
		expect(await b.db.painEntries.toCollection().primaryKeys()).toEqual(['kept']);
		expect(await b.db.dayRollups.get('2026-11-24')).toMatchObject({ painCount: 1 });
	});
});
