// One synced row as one CouchDB document: the id is an HMAC of table and row key, the body is
// sealed. What the server sees of a row is `{ _id, _rev, v, iv, data }` and nothing else.

import { checkRow } from '$lib/domain/backupFormat';
import { isStamp } from '$lib/domain/hlc';
import { isSyncedRow, isSyncedTable } from '$lib/domain/syncTables';
import type { RowChange } from '$lib/db/syncStore';
import {
	documentId,
	openDocument,
	sealDocument,
	UnreadableDocumentError,
	type JournalKeys
} from './crypto';

export const documentVersion = 1;

/** A sealed row as stored by PouchDB and CouchDB. */
export interface SealedDocument {
	_id: string;
	_rev?: string;
	_deleted?: boolean;
	_conflicts?: string[];
	v: typeof documentVersion;
	iv: string;
	data: string;
}

/** What is inside the seal: table, row key, stamp, and the row (null once erased everywhere). */
interface Inside {
	t: string;
	k: string;
	s: string;
	r: Record<string, unknown> | null;
}

export function isSealedDocument(value: unknown): value is SealedDocument {
	if (typeof value !== 'object' || value === null) return false;
	const document = value as Partial<SealedDocument>;
	return (
		document.v === documentVersion &&
		typeof document.iv === 'string' &&
		typeof document.data === 'string'
	);
}

export async function sealChange(keys: JournalKeys, change: RowChange): Promise<SealedDocument> {
	const id = await documentId(keys, change.table, change.rowKey);
	const inside: Inside = { t: change.table, k: change.rowKey, s: change.stamp, r: change.row };
	const sealed = await sealDocument(keys, id, inside);
	return { _id: id, v: documentVersion, ...sealed };
}

/**
 * Opens a document back into a row change, and checks it as a restore checks a row. Throws
 * UnreadableDocumentError for anything that does not open or does not hold a valid row.
 */
export async function openChange(keys: JournalKeys, document: SealedDocument): Promise<RowChange> {
	const inside = (await openDocument(keys, document._id, document)) as Partial<Inside> | null;
	const unreadable = () => new UnreadableDocumentError(document._id);
	if (typeof inside !== 'object' || inside === null) throw unreadable();
	const { t: table, k: rowKey, s: stamp, r: row } = inside;
	if (typeof table !== 'string' || !isSyncedTable(table)) throw unreadable();
	if (typeof rowKey !== 'string' || !isSyncedRow(table, rowKey) || !isStamp(stamp)) {
		throw unreadable();
	}
	// The id must be this row's: a document cannot stand in for another row.
	if ((await documentId(keys, table, rowKey)) !== document._id) throw unreadable();
	if (row === null) return { table, rowKey, stamp, row: null };
	const checked = checkRow(table, row);
	if (!checked.ok) throw unreadable();
	const key = table === 'settings' ? checked.row.key : checked.row.id;
	if (key !== rowKey) throw unreadable();
	return { table, rowKey, stamp, row: checked.row };
}
