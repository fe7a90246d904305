// The bridge between the journal (Dexie, the app's source of truth) and the encrypted copy of it
// in a local PouchDB database, which PouchDB replicates with the person's CouchDB by the CouchDB
// replication protocol (live, with retry and back-off, resumable from its checkpoints).
//
// Outward: rows waiting in the outbox are sealed and written to the local copy, unless the copy
//   already holds a newer version of the row; then they are marked sent.
// Inward: the local copy's changes feed is read in batches; each document (and, when CouchDB kept
//   conflicting versions, every version of it) is opened, the newest stamp is chosen, the losing
//   versions are deleted, and the batch is applied to the journal in one transaction with the
//   feed position, by the same merge rule. Documents this device wrote itself are skipped.
// Both directions run one at a time in a single loop, so they never race each other.

import { liveQuery } from 'dexie';
import type { Database, Document, Replication } from 'pouchdb-browser';
import { pickWinner } from '$lib/domain/hlc';
import { syncKey } from '$lib/domain/syncTables';
import {
	applyIncoming,
	markPushed,
	markSealed,
	outboxHasRows,
	pendingCount,
	readInboundSince,
	readOutbox,
	waitingCount,
	type Journal,
	type RowChange
} from '$lib/db/syncStore';
import {
	isErasedKeyDocument,
	isGenuineErasure,
	isKeyDocument,
	keyDocumentId,
	type JournalKeys
} from './crypto';
import { isSealedDocument, openChange, sealChange, type SealedDocument } from './documents';
import { classifyError, SyncError, type SyncProblem } from './problems';

export interface EngineParts {
	db: Journal;
	/** The local encrypted copy. */
	local: Database;
	/** The person's CouchDB database. */
	remote: Database;
	keys: JournalKeys;
	/** Rows per outbox batch and documents per incoming batch. */
	batchSize?: number;
	/** Documents per replication request. */
	replicationBatchSize?: number;
	now?: () => number;
}

export interface Progress {
	done: number;
	total: number;
}

export interface EngineStatus {
	state: 'stopped' | 'starting' | 'active' | 'idle' | 'problem';
	problem: SyncProblem | null;
	/** Local changes not yet on the server (as far as this device knows). */
	waiting: number;
	lastSyncedAt: number | null;
	/** Documents that did not open with this journal's key: damaged or not this journal's. */
	unreadable: number;
	sending: Progress;
	receiving: Progress;
}

type Listener = (status: EngineStatus) => void;

interface Version {
	change: RowChange | null;
	stamp: string;
	tieBreaker: string;
	rev: string;
}

const retryFirst = 2_000;
const retryLongest = 60_000;

export class SyncEngine {
	readonly #db: Journal;
	readonly #local: Database;
	readonly #remote: Database;
	readonly #keys: JournalKeys;
	readonly #batchSize: number;
	readonly #replicationBatchSize: number;
	readonly #now: () => number;
	/** Revisions this device wrote to the local copy: the changes feed shows them again. */
	readonly #ownRevisions = new Set<string>();
	readonly #listeners = new Set<Listener>();
	#status: EngineStatus = {
		state: 'stopped',
		problem: null,
		waiting: 0,
		lastSyncedAt: null,
		unreadable: 0,
		sending: { done: 0, total: 0 },
		receiving: { done: 0, total: 0 }
	};
	#push: Replication | null = null;
	#pull: Replication | null = null;
	/** Per direction: caught up (paused without error), and the problem it last met. */
	#idle = { push: false, pull: false };
	#problems: { push: SyncProblem | null; pull: SyncProblem | null } = { push: null, pull: null };
	/** Which direction starts first (see #startReplication). */
	#first: 'push' | 'pull' = 'pull';
	#outboxWatch: { unsubscribe(): void } | null = null;
	#loop: Promise<void> | null = null;
	#again = false;
	#live = false;
	#retryDelay = retryFirst;
	#retryTimer: ReturnType<typeof setTimeout> | null = null;

	constructor(parts: EngineParts) {
		this.#db = parts.db;
		this.#local = parts.local;
		this.#remote = parts.remote;
		this.#keys = parts.keys;
		// Measured on loopback (bench/README.md): 1,000 documents a request sends a journal of
		// thousands about a third faster than PouchDB's 100, and larger gains nothing. The journal's
		// own batches are larger: each costs a few IndexedDB transactions whatever its size, and
		// sealing ten years of rows took about a quarter less time in batches of 4,000 than of 1,000.
		this.#batchSize = parts.batchSize ?? 4000;
		this.#replicationBatchSize = parts.replicationBatchSize ?? 1000;
		this.#now = parts.now ?? (() => Date.now());
	}

	get status(): EngineStatus {
		return this.#status;
	}

	subscribe(listener: Listener): () => void {
		this.#listeners.add(listener);
		listener(this.#status);
		return () => this.#listeners.delete(listener);
	}

	#report(change: Partial<EngineStatus>) {
		this.#status = { ...this.#status, ...change };
		for (const listener of this.#listeners) listener(this.#status);
	}

	#countLater: ReturnType<typeof setTimeout> | null = null;

	/**
	 * Counts what waits. Counting walks the outbox, which at the start of a first sync holds every
	 * row: while batches go by it is counted at most once a second, and at once when `now`.
	 */
	async #updateWaiting(now = false) {
		if (!now) {
			this.#countLater ??= setTimeout(() => {
				this.#countLater = null;
				void this.#updateWaiting(true);
			}, 1_000);
			return;
		}
		if (this.#countLater) clearTimeout(this.#countLater);
		this.#countLater = null;
		this.#report({ waiting: await waitingCount(this.#db) });
	}

	// ---- Outward ----

	/** The versions of a document in the local copy that are not deleted, opened. */
	async #versionsOf(id: string): Promise<Version[]> {
		const leaves = await this.#local.get(id, { open_revs: 'all' });
		return Promise.all(
			leaves.flatMap((leaf) => {
				const document = leaf.ok;
				return document && !document._deleted && document._rev ? [this.#open(document)] : [];
			})
		);
	}

	/** A version of a document; one that does not open ranks below every real one. */
	async #open(document: Document): Promise<Version> {
		const rev = document._rev!;
		try {
			if (!isSealedDocument(document)) throw new Error('not a sealed document');
			const change = await openChange(this.#keys, document);
			return { change, stamp: change.stamp, tieBreaker: rev, rev };
		} catch {
			return { change: null, stamp: '', tieBreaker: rev, rev };
		}
	}

	/** Seals waiting rows into the local copy; returns how many were handed on. */
	async sendOutbox(): Promise<number> {
		let after = '';
		let handed = 0;
		const total = await pendingCount(this.#db);
		this.#report({ sending: { done: 0, total } });
		for (;;) {
			const page = await readOutbox(this.#db, this.#batchSize, after);
			const changes = page.changes;
			if (changes.length === 0) break;
			after = page.next;
			const sealed = await Promise.all(changes.map((change) => sealChange(this.#keys, change)));
			const sent = await this.#sealIntoCopy(changes, sealed);
			const { update_seq: seq } = await this.#local.info();
			await markSealed(this.#db, sent, Number(seq));
			handed += sent.length;
			this.#report({ sending: { done: Math.min(handed, total), total } });
			await this.#updateWaiting();
		}
		return handed;
	}

	/**
	 * Writes one batch of sealed rows into the local copy; returns the rows now there. Each is
	 * first written as a new document, which the local copy refuses (a conflict) when it already
	 * holds the row: only those are read back and merged. A first sync of years of rows thus
	 * writes each document once and reads none of them first.
	 */
	async #sealIntoCopy(
		changes: readonly RowChange[],
		sealed: readonly SealedDocument[]
	): Promise<{ key: string; stamp: string }[]> {
		const rowOf = new Map<string, { key: string; stamp: string }>();
		changes.forEach((change, index) => {
			rowOf.set(sealed[index]!._id, {
				key: syncKey(change.table, change.rowKey),
				stamp: change.stamp
			});
		});
		const sent: { key: string; stamp: string }[] = [];
		const held = new Set<string>();
		const results = await this.#writeLocal(sealed as unknown as Document[]);
		for (const result of results) {
			const row = result.id ? rowOf.get(result.id) : undefined;
			if (!row) continue;
			if (result.ok) sent.push(row);
			else held.add(result.id!);
		}
		if (held.size === 0) return sent;
		const documents = sealed.filter((document) => held.has(document._id));
		const current = await this.#local.allDocs({
			keys: documents.map((document) => document._id),
			include_docs: true,
			conflicts: true
		});
		const existing = current.rows.map((row) => (row.value?.deleted ? undefined : row.doc));
		const versionsOf = await Promise.all(
			existing.map((found) =>
				!found
					? []
					: found._conflicts?.length
						? this.#versionsOf(found._id)
						: this.#open(found).then((version) => [version])
			)
		);
		const writes: Document[] = [];
		const deletions: Document[] = [];
		const written = new Map<string, { key: string; stamp: string }>();
		documents.forEach((document, index) => {
			const row = rowOf.get(document._id)!;
			const found = existing[index];
			if (!found) {
				// Deleted or gone since the first write: written afresh, as a new document.
				writes.push(document as unknown as Document);
				written.set(document._id, row);
				return;
			}
			const versions = versionsOf[index]!;
			const winner = pickWinner(versions)!;
			if (winner.stamp === row.stamp) {
				// Already there (a pass cut short after writing): only settle any conflict.
				sent.push(row);
			} else if (winner.stamp > row.stamp) {
				// A newer version came in: the incoming side will apply it and clear this row.
				return;
			} else {
				writes.push({ ...(document as unknown as Document), _rev: winner.rev });
				written.set(document._id, row);
			}
			for (const version of versions) {
				if (version.rev !== winner.rev) {
					deletions.push({ _id: found._id, _rev: version.rev, _deleted: true });
				}
			}
		});
		if (deletions.length > 0) await this.#writeLocal(deletions);
		for (const result of await this.#writeLocal(writes)) {
			const row = result.ok && result.id ? written.get(result.id) : undefined;
			if (row) sent.push(row);
		}
		return sent;
	}

	async #writeLocal(documents: Document[]) {
		if (documents.length === 0) return [];
		const results = await this.#local.bulkDocs(documents);
		for (const result of results) {
			if (result.ok && result.rev && result.id) {
				this.#ownRevisions.add(result.rev);
			} else if (result.status !== 409) {
				// A conflict means the document changed meanwhile: the next pass handles it.
				throw new SyncError(classifyError(result), result);
			}
		}
		return results;
	}

	// ---- Inward ----

	/** Applies every change in the local copy not yet applied; returns how many rows changed. */
	async receive(): Promise<number> {
		let since = (await readInboundSince(this.#db)) ?? 0;
		let applied = 0;
		for (;;) {
			// The documents come with the feed: the local copy reads each change's document to list
			// it anyway. Every leaf is listed, so a document with competing versions is never taken
			// for ours.
			const response = await this.#local.changes({
				since,
				limit: this.#batchSize,
				style: 'all_docs',
				include_docs: true,
				conflicts: true
			});
			if (response.results.length === 0) break;
			const documents: Document[] = [];
			for (const result of response.results) {
				const document = result.doc;
				if (result.deleted || !document || document._deleted) continue;
				if (result.changes.length === 1 && this.#ownRevisions.has(result.changes[0]!.rev)) {
					continue;
				}
				if (document._id === keyDocumentId) {
					await this.#checkKeyDocument(document);
					continue;
				}
				if (document._id.startsWith('_')) continue;
				const conflicts = document._conflicts ?? [];
				if (conflicts.length === 0 && this.#ownRevisions.has(document._rev!)) continue;
				documents.push(document);
			}
			// Opened side by side: each is its own WebCrypto work, and awaiting them one by one
			// would wait out every round trip in turn.
			const opened = await Promise.all(
				documents.map((document) =>
					document._conflicts?.length
						? this.#versionsOf(document._id)
						: this.#open(document).then((version) => [version])
				)
			);
			const changes: RowChange[] = [];
			const deletions: Document[] = [];
			let unreadable = 0;
			documents.forEach((document, index) => {
				const versions = opened[index]!;
				const winner = pickWinner(versions);
				if (!winner?.change) {
					unreadable += 1;
					return;
				}
				changes.push(winner.change);
				for (const version of versions) {
					if (version.rev !== winner.rev) {
						deletions.push({ _id: document._id, _rev: version.rev, _deleted: true });
					}
				}
			});
			// The losing versions go first: if the page closes before the batch is applied, the
			// feed is read again from the same place and finds the settled documents.
			if (deletions.length > 0) await this.#writeLocal(deletions);
			const report = await applyIncoming(this.#db, changes, response.last_seq);
			applied += report.applied;
			since = response.last_seq;
			const receiving = this.#status.receiving;
			this.#report({
				unreadable: this.#status.unreadable + unreadable,
				receiving: {
					done: Math.min(receiving.done + response.results.length, receiving.total),
					total: receiving.total
				}
			});
		}
		return applied;
	}

	/** The key document changed: still this journal (a new passphrase), or erased, or another. */
	async #checkKeyDocument(document: Document) {
		if (isErasedKeyDocument(document) && (await isGenuineErasure(this.#keys, document))) {
			throw new SyncError('erasedElsewhere');
		}
		if (!isKeyDocument(document) || document.journalId !== this.#keys.journalId) {
			throw new SyncError('otherJournal');
		}
	}

	// ---- Running ----

	/** One full pass without live replication: out, push, pull, in, and out again. */
	async syncOnce(): Promise<void> {
		await this.#checkRemote();
		await this.sendOutbox();
		await this.#replicate('to');
		await this.#replicate('from');
		await this.receive();
		// Conflicts settled while receiving are sent on.
		await this.sendOutbox();
		await this.#replicate('to');
		await this.#updateWaiting(true);
		this.#report({ lastSyncedAt: this.#now() });
	}

	async #replicate(direction: 'to' | 'from') {
		const options = { batch_size: this.#replicationBatchSize, batches_limit: 4 };
		if (direction === 'from') {
			await this.#local.replicate.from(this.#remote, options);
			return;
		}
		const { update_seq: seq } = await this.#local.info();
		await this.#local.replicate.to(this.#remote, options);
		await markPushed(this.#db, Number(seq));
	}

	/** Refuses to sync with a server database that now holds another journal. */
	async #checkRemote() {
		try {
			const document = await this.#remote.get(keyDocumentId);
			await this.#checkKeyDocument(document);
		} catch (error) {
			if (error instanceof SyncError) throw error;
			// No key document: the server lost its data; replication puts the local copy back.
			if ((error as { status?: number }).status === 404) return;
			throw new SyncError(classifyError(error), error);
		}
	}

	/** Starts live sync: replication both ways with retry, and the loop on every change. */
	async start(): Promise<void> {
		if (this.#live) return;
		this.#live = true;
		this.#report({ state: 'starting', problem: null });
		await this.#updateWaiting(true);
		try {
			await this.#checkRemote();
			const info = await this.#remote.info();
			this.#report({ receiving: { done: 0, total: info.doc_count } });
		} catch (error) {
			this.#fail(error);
			if (!this.#live) return;
		}
		if (!this.#live) return;
		await this.#startReplication();
		// A write in this tab or another marks rows pending: Dexie tells of it at once.
		this.#outboxWatch = liveQuery(() => outboxHasRows(this.#db)).subscribe({
			next: (waiting) => {
				if (waiting) this.kick();
			},
			error: (error: unknown) => this.#fail(error)
		});
		this.kick();
	}

	/**
	 * Starts both directions, one after the other when a lot waits to go up: a first sync moves
	 * thousands of documents one way, and the other direction would only check them over again
	 * (a device's own documents come back from the server, what it received goes back up) while
	 * competing for the same database. The second starts once the first has caught up.
	 */
	async #startReplication() {
		this.#idle = { push: false, pull: false };
		this.#problems = { push: null, pull: null };
		this.#first = (await pendingCount(this.#db)) > this.#batchSize ? 'push' : 'pull';
		if (!this.#live) return;
		this.#begin(this.#first);
	}

	#begin(direction: 'push' | 'pull') {
		const options = {
			live: true,
			retry: true,
			batch_size: this.#replicationBatchSize,
			batches_limit: 4,
			back_off_function: (delay: number) => Math.min(Math.max(delay * 2, retryFirst), retryLongest)
		};
		if (direction === 'push') {
			this.#push = this.#watch('push', this.#local.replicate.to(this.#remote, options));
		} else {
			this.#pull = this.#watch('pull', this.#local.replicate.from(this.#remote, options));
		}
	}

	/** The second direction starts when the first has paused and nothing waits to be sealed. */
	#beginSecond() {
		if (!this.#live || (this.#push && this.#pull)) return;
		const first = this.#first === 'push' ? this.#push : this.#pull;
		const firstPaused = this.#idle[this.#first] || this.#problems[this.#first] !== null;
		if (!first || !firstPaused || this.#loop) return;
		void outboxHasRows(this.#db).then((waiting) => {
			if (waiting || !this.#live || (this.#push && this.#pull)) return;
			this.#begin(this.#first === 'push' ? 'pull' : 'push');
		});
	}

	#watch(direction: 'push' | 'pull', replication: Replication): Replication {
		if (direction === 'push') {
			// The local copy is on the server up to each checkpoint: rows sealed before are synced.
			replication.on('checkpoint', (info: { checkpoint?: string | number }) => {
				// PouchDB also reports the steps of a batch as checkpoint events, without a position.
				if (info.checkpoint === undefined) return;
				const seq = Number(info.checkpoint);
				if (Number.isFinite(seq)) {
					void markPushed(this.#db, seq).then(() => this.#updateWaiting());
				}
			});
		}
		replication.on('active', () => {
			this.#idle[direction] = false;
			this.#problems[direction] = null;
			this.#reportReplication();
		});
		replication.on('paused', (error?: unknown) => {
			this.#idle[direction] = !error;
			this.#problems[direction] = error ? classifyError(error) : null;
			this.#reportReplication();
			this.#beginSecond();
		});
		// Documents arrived in the local copy: apply them.
		if (direction === 'pull') replication.on('change', () => this.kick());
		replication.on('denied', (error: unknown) => {
			this.#problems[direction] = classifyError(error);
			this.#reportReplication();
		});
		replication.on('error', (error: unknown) => this.#fail(error));
		// A replication that ends with an error also rejects: that error is reported above.
		replication.catch(() => undefined);
		return replication;
	}

	#reportReplication() {
		const problem = this.#problems.push ?? this.#problems.pull;
		if (problem) {
			this.#report({ state: 'problem', problem });
			return;
		}
		this.#report({ state: 'active', problem: null });
		this.#settle();
	}

	/** Both directions caught up: when the loop has nothing left either, everything is synced. */
	#settle() {
		if (!this.#idle.push || !this.#idle.pull || this.#loop) return;
		void waitingCount(this.#db).then((waiting) => {
			if (this.#loop || !this.#idle.push || !this.#idle.pull) return;
			if (this.#problems.push || this.#problems.pull) return;
			this.#report(
				waiting > 0
					? { waiting }
					: { state: 'idle', problem: null, waiting: 0, lastSyncedAt: this.#now() }
			);
		});
	}

	#fail(error: unknown) {
		const problem = classifyError(error);
		this.#report({ state: 'problem', problem });
		// These are not fixed by trying again: the person has to act.
		if (problem === 'otherJournal' || problem === 'erasedElsewhere') void this.stop(problem);
	}

	/** Runs the loop (once more if it is running). */
	kick() {
		if (!this.#live) return;
		if (this.#loop) {
			this.#again = true;
			return;
		}
		this.#loop = this.#run().finally(() => {
			this.#loop = null;
			this.#settle();
			this.#beginSecond();
		});
	}

	async #run() {
		do {
			this.#again = false;
			try {
				await this.sendOutbox();
				await this.receive();
				this.#retryDelay = retryFirst;
			} catch (error) {
				this.#fail(error);
				if (!this.#live) return;
				// Try again later, a little later each time.
				this.#retryTimer = setTimeout(() => this.kick(), this.#retryDelay);
				this.#retryDelay = Math.min(this.#retryDelay * 2, retryLongest);
				return;
			}
		} while (this.#again && this.#live);
	}

	/** Restarts replication at once (after a failure it would wait out its back-off). */
	retryNow() {
		if (!this.#live) return;
		this.#push?.cancel();
		this.#pull?.cancel();
		this.#push = null;
		this.#pull = null;
		void this.#startReplication();
		this.kick();
	}

	/** Stops live sync and waits for the loop to finish its step. */
	async stop(problem: SyncProblem | null = null): Promise<void> {
		this.#live = false;
		this.#push?.cancel();
		this.#pull?.cancel();
		this.#push = null;
		this.#pull = null;
		this.#outboxWatch?.unsubscribe();
		this.#outboxWatch = null;
		if (this.#countLater) clearTimeout(this.#countLater);
		this.#countLater = null;
		if (this.#retryTimer) clearTimeout(this.#retryTimer);
		await this.#loop;
		this.#report({ state: problem ? 'problem' : 'stopped', problem });
	}
}

export type { SealedDocument };
