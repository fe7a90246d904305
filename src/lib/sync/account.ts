// The person's server: its address, their account on it, and the key document that lets a new
// device open the journal with the passphrase or the recovery key. Nothing here touches the
// journal itself.

import PouchDB, { type Database, type DatabaseOptions } from 'pouchdb-browser';
import {
	changePassphrase,
	createJournal,
	erasedKeyDocument,
	isErasedKeyDocument,
	isKeyDocument,
	keyDocumentId,
	openJournal,
	type JournalKeys,
	type KeyDocument,
	type NewJournal
} from './crypto';
import { classifyError, SyncError } from './problems';

export interface Credentials {
	databaseUrl: string;
	username: string;
	password: string;
}

function hexOf(text: string): string {
	return Array.from(new TextEncoder().encode(text), (byte) =>
		byte.toString(16).padStart(2, '0')
	).join('');
}

/**
 * The address of the person's database. A server address with a path names the database
 * itself (https://host/my-journal); one without names the server, and the database is the one
 * CouchDB's couch_peruser made for the account: userdb- and the name in hexadecimal.
 */
export function databaseUrlFor(serverAddress: string, username: string): string {
	const address = new URL(serverAddress.trim());
	const path = address.pathname.replace(/\/+$/, '');
	address.username = '';
	address.password = '';
	address.search = '';
	address.hash = '';
	if (path === '') address.pathname = `/userdb-${hexOf(username)}`;
	return address.href.replace(/\/+$/, '');
}

/** The origin requests go to: what the content security policy lets through while syncing. */
export function serverOrigin(databaseUrl: string): string {
	return new URL(databaseUrl).origin;
}

export function openRemote(credentials: Credentials, fetch?: DatabaseOptions['fetch']): Database {
	return new PouchDB(credentials.databaseUrl, {
		auth: { username: credentials.username, password: credentials.password },
		// Never create the database: a person's database is made by the server (couch_peruser).
		skip_setup: true,
		...(fetch ? { fetch } : {})
	});
}

/**
 * Checks the account can read its database and returns the journal's key document, or null
 * when the database holds no journal yet. Throws SyncError with the reason otherwise.
 */
export async function readKeyDocument(remote: Database): Promise<KeyDocument | null> {
	try {
		await remote.info();
	} catch (error) {
		const problem = classifyError(error);
		throw new SyncError(
			problem === 'unknown' && (error as { status?: number }).status === 404
				? 'noDatabase'
				: problem,
			error
		);
	}
	try {
		const document = await remote.get(keyDocumentId);
		// A journal erased everywhere leaves the database free for a new one.
		if (isErasedKeyDocument(document)) return null;
		if (!isKeyDocument(document)) throw new SyncError('otherJournal');
		return document;
	} catch (error) {
		if (error instanceof SyncError) throw error;
		if ((error as { status?: number }).status === 404) return null;
		throw new SyncError(classifyError(error), error);
	}
}

/** A new journal on a server database that has none: the key document is written there. */
export async function setUpJournal(
	remote: Database,
	passphrase: string,
	now: number
): Promise<NewJournal> {
	if (await readKeyDocument(remote)) throw new SyncError('otherJournal');
	const journal = await createJournal(passphrase, now);
	const erased = await remote.get(keyDocumentId).catch(() => null);
	try {
		const written = await remote.put({
			...journal.keyDocument,
			...(erased?._rev ? { _rev: erased._rev } : {})
		});
		journal.keyDocument._rev = written.rev;
	} catch (error) {
		// Another device set up a journal there at the same moment.
		if ((error as { status?: number }).status === 409) throw new SyncError('otherJournal');
		throw new SyncError(classifyError(error), error);
	}
	return journal;
}

/** Opens the journal on the server with the passphrase or the recovery key. */
export async function joinJournal(
	remote: Database,
	secret: { passphrase: string } | { recoveryKey: Uint8Array }
): Promise<{ keyDocument: KeyDocument; keys: JournalKeys }> {
	const keyDocument = await readKeyDocument(remote);
	if (!keyDocument) throw new SyncError('noJournal');
	try {
		return { keyDocument, keys: await openJournal(keyDocument, secret) };
	} catch (error) {
		throw new SyncError(classifyError(error), error);
	}
}

/** Re-wraps the data key under a new passphrase on the server; no document changes. */
export async function changeServerPassphrase(
	remote: Database,
	current: { passphrase: string } | { recoveryKey: Uint8Array },
	newPassphrase: string,
	now: number
): Promise<void> {
	const keyDocument = await readKeyDocument(remote);
	if (!keyDocument) throw new SyncError('noJournal');
	let changed: KeyDocument;
	try {
		changed = await changePassphrase(keyDocument, current, newPassphrase, now);
	} catch (error) {
		throw new SyncError(classifyError(error), error);
	}
	try {
		await remote.put({ ...changed });
	} catch (error) {
		throw new SyncError(classifyError(error), error);
	}
}

/**
 * Erases the journal on the server: the key document is replaced by a proof of erasure (so every
 * other device erases its copy when it next syncs), then every document is deleted, which leaves
 * CouchDB only their ids and revisions.
 */
export async function eraseServerJournal(
	remote: Database,
	keys: JournalKeys,
	now: number
): Promise<void> {
	try {
		const current = await remote.get(keyDocumentId);
		if (!isKeyDocument(current) || current.journalId !== keys.journalId) {
			throw new SyncError('otherJournal');
		}
		await remote.put({ ...(await erasedKeyDocument(keys, now)), _rev: current._rev });
		for (;;) {
			const page = await remote.allDocs({ limit: 500 });
			const documents = page.rows
				.filter((row) => row.id !== keyDocumentId && !row.id?.startsWith('_') && row.value)
				.map((row) => ({ _id: row.key, _rev: row.value!.rev, _deleted: true }));
			if (documents.length === 0) break;
			await remote.bulkDocs(documents);
		}
	} catch (error) {
		if (error instanceof SyncError) throw error;
		throw new SyncError(classifyError(error), error);
	}
}
