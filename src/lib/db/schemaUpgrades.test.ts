// What each schema upgrade does to real rows, checked by hand: version 2 builds the day rollups
// from version-1 rows; version 3 turns a visit's one treatment into a list, marks red-flag
// questions that were never answered as pending, and rebuilds the rollups in their new shape;
// version 4 adds sync's tables, empty, and a journal upgraded to it syncs every row once set up.
import { afterEach, describe, expect, it } from 'vitest';
import { bodyMarkFactory } from '../../test-data/factories/bodyMark';
import { dailyCheckFactory } from '../../test-data/factories/dailyCheck';
import { painEntryFactory } from '../../test-data/factories/painEntry';
import { sessionFactory } from '../../test-data/factories/session';
import { localMoment } from '../../test-data/time';
import type { BodyMark, PainEntry, Session } from '$lib/domain/records';
import { UnknotDatabase } from './schema';
import { pendingCount, readOutbox, turnSyncOn } from './syncStore';

const name = 'unknot-upgrade-fixture';
afterEach(async () => {
	await new UnknotDatabase(name).delete();
});

/** A row as version 1 and 2 stored it. */
function entryAtVersion1(entry: PainEntry) {
	const { redFlagCheck, ...old } = entry;
	expect(redFlagCheck).toBeNull();
	return old;
}

function sessionAtVersion1(session: Session) {
	const { treatments, otherTreatment, ...old } = session;
	expect(otherTreatment).toBe('');
	return { ...old, treatment: treatments[0] ?? null };
}

async function storeAtVersion1(rows: {
	painEntries: PainEntry[];
	sessions: Session[];
	bodyMarks: BodyMark[];
}) {
	const old = new UnknotDatabase(name, 1);
	await old.open();
	expect(old.verno).toBe(1);
	await old.table('painEntries').bulkAdd(rows.painEntries.map(entryAtVersion1));
	await old.table('sessions').bulkAdd(rows.sessions.map(sessionAtVersion1));
	await old.bodyMarks.bulkAdd(rows.bodyMarks);
	await old.dailyChecks.add(
		dailyCheckFactory.build({ at: localMoment(12, 21), pain: 4, enjoyment: 5, activity: 6 })
	);
	old.close();
}

const severe = painEntryFactory.build({ at: localMoment(12, 9), score: 9 });
const answered = painEntryFactory.build({
	at: localMoment(12, 10),
	score: 8,
	redFlags: { 'bladder-bowel': false }
});
const journal = {
	painEntries: [
		painEntryFactory.build({ at: localMoment(10, 8), score: 7 }),
		painEntryFactory.build({ at: localMoment(10, 20), score: 4 }),
		painEntryFactory.build({ at: localMoment(10, 21), score: 1, deletedAt: localMoment(10, 22) }),
		severe,
		answered
	],
	sessions: [
		sessionFactory.build({
			at: localMoment(10, 19),
			holdSeconds: 120,
			painBefore: 6,
			painAfter: 3
		}),
		sessionFactory.build({
			at: localMoment(11, 10),
			kind: 'clinic',
			treatments: ['acupuncture'],
			holdSeconds: 0
		}),
		sessionFactory.build({ at: localMoment(12, 10), deletedAt: localMoment(12, 11) })
	],
	bodyMarks: [
		bodyMarkFactory.build({
			at: localMoment(10, 8),
			regionId: 'quadratus-lumborum',
			intensity: 7,
			sensations: ['tingling']
		})
	]
};

describe('version 1 to 2', () => {
	it('builds the rollup of every existing day from the version-1 rows', async () => {
		await storeAtVersion1(journal);
		const atTwo = new UnknotDatabase(name, 2);
		await atTwo.open();
		expect(atTwo.verno).toBe(2);
		const rollups = await atTwo.dayRollups.toArray();
		expect(rollups).toEqual([
			{
				day: '2026-11-10',
				painCount: 2,
				painSum: 11,
				painMin: 4,
				painMax: 7,
				releaseCount: 1,
				holdSeconds: 120,
				clinic: [],
				sessionPainBeforeSum: 6,
				sessionPainBeforeCount: 1,
				sessionPainAfterSum: 3,
				sessionPainAfterCount: 1,
				peg: null,
				markCount: 1,
				regions: { 'quadratus-lumborum': { count: 1, intensitySum: 7 } }
			},
			{
				day: '2026-11-11',
				painCount: 0,
				painSum: 0,
				painMin: null,
				painMax: null,
				releaseCount: 0,
				holdSeconds: 0,
				clinic: ['acupuncture'],
				sessionPainBeforeSum: 0,
				sessionPainBeforeCount: 0,
				sessionPainAfterSum: 0,
				sessionPainAfterCount: 0,
				peg: null,
				markCount: 0,
				regions: {}
			},
			{
				day: '2026-11-12',
				painCount: 2,
				painSum: 17,
				painMin: 8,
				painMax: 9,
				releaseCount: 0,
				holdSeconds: 0,
				clinic: [],
				sessionPainBeforeSum: 0,
				sessionPainBeforeCount: 0,
				sessionPainAfterSum: 0,
				sessionPainAfterCount: 0,
				peg: 5,
				markCount: 0,
				regions: {}
			}
		]);
		// The version-1 rows themselves are untouched.
		expect(await atTwo.painEntries.count()).toBe(5);
		expect(await atTwo.sessions.get(journal.sessions[1]!.id)).toMatchObject({
			treatment: 'acupuncture'
		});
		atTwo.close();
	});
});

describe('version 2 to 3', () => {
	it('gives visits a list of treatments, keeps answers, and asks again what was never answered', async () => {
		await storeAtVersion1(journal);
		const current = new UnknotDatabase(name, 3);
		await current.open();
		expect(current.verno).toBe(3);

		const visit = await current.sessions.get(journal.sessions[1]!.id);
		expect(visit).toMatchObject({ treatments: ['acupuncture'], otherTreatment: '' });
		expect(visit).not.toHaveProperty('treatment');
		const release = await current.sessions.get(journal.sessions[0]!.id);
		expect(release).toMatchObject({ treatments: [], otherTreatment: '' });

		expect((await current.painEntries.get(severe.id))?.redFlagCheck).toBe('pending');
		expect(await current.painEntries.get(answered.id)).toMatchObject({
			redFlagCheck: 'answered',
			redFlags: { 'bladder-bowel': false }
		});
		expect((await current.painEntries.get(journal.painEntries[0]!.id))?.redFlagCheck).toBeNull();

		expect(await current.dayRollups.get('2026-11-10')).toMatchObject({
			selfCareCount: 1,
			clinicVisitCount: 0,
			sensations: { tingling: { 'quadratus-lumborum': 1 } }
		});
		expect(await current.dayRollups.get('2026-11-10')).not.toHaveProperty('releaseCount');
		expect(await current.dayRollups.get('2026-11-11')).toMatchObject({
			clinicVisitCount: 1,
			clinic: ['acupuncture']
		});
		// And later writes keep the rollups right.
		await current.painEntries.add(painEntryFactory.build({ at: localMoment(12, 22), score: 9 }));
		expect(await current.dayRollups.get('2026-11-12')).toMatchObject({ painCount: 3, painSum: 26 });
		current.close();
	});
});

describe('version 3 to 4', () => {
	it('keeps every row, starts the sync tables empty, and sends every row once sync is set up', async () => {
		await storeAtVersion1(journal);
		const atThree = new UnknotDatabase(name, 3);
		await atThree.open();
		const before = {
			painEntries: await atThree.painEntries.toArray(),
			sessions: await atThree.sessions.toArray(),
			bodyMarks: await atThree.bodyMarks.toArray(),
			dailyChecks: await atThree.dailyChecks.toArray(),
			dayRollups: await atThree.dayRollups.toArray()
		};
		atThree.close();

		const current = new UnknotDatabase(name, 4, { now: () => localMoment(13, 9) });
		await current.open();
		expect(current.verno).toBe(4);
		for (const [table, rows] of Object.entries(before)) {
			expect(await current.table(table).toArray()).toEqual(rows);
		}
		expect(await current.syncRows.count()).toBe(0);
		expect(await current.syncMeta.count()).toBe(0);

		// Sync set up afterwards finds every row of the upgraded journal, deleted ones included.
		const ids = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
		const documents = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
			'encrypt',
			'decrypt'
		]);
		await turnSyncOn(
			current,
			{
				databaseUrl: 'http://127.0.0.1:1/userdb-61',
				username: 'a',
				password: 'pw',
				deviceId: 'upgraded',
				paused: false,
				setUpAt: localMoment(13, 9)
			},
			{ journalId: 'journal-1', documents, ids },
			localMoment(13, 9)
		);
		const synced = before.painEntries.length + before.sessions.length;
		const all = synced + before.bodyMarks.length + before.dailyChecks.length;
		expect(await pendingCount(current)).toBe(all);
		const sent = (await readOutbox(current, 100)).changes;
		const visit = sent.find((change) => change.rowKey === journal.sessions[1]!.id);
		expect(visit?.row).toMatchObject({ treatments: ['acupuncture'], otherTreatment: '' });
		current.close();
	});
});
