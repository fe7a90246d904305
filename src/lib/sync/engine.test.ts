// Two and three devices syncing through a real pouchdb-server on 127.0.0.1 (or UNKNOT_COUCHDB_URL).
import { afterEach, describe, expect, it } from 'vitest';
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
