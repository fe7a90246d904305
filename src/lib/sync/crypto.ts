// End-to-end encryption of the synced journal, with WebCrypto only.
//
// A random 256-bit data key is made once per journal. Two keys are derived from it with HKDF:
// an AES-256-GCM key that seals each document (a fresh random 96-bit IV every time, the document
// id bound in as additional data) and an HMAC-SHA-256 key that turns "table + row key" into the
// document id, so the server never sees which table, day or row a document belongs to. The data
// key itself never leaves the device unwrapped: the key document on the server holds it wrapped
// twice, by a key derived from the passphrase (PBKDF2-SHA-256, 600,000 iterations) and by the
// printable recovery key (HKDF: it is already 128 random bits). Changing the passphrase re-wraps
// the data key; no document is sealed again.

import { formatRecoveryKey, recoveryKeyBytes } from '$lib/domain/recoveryKey';

export const keyDocumentId = 'unknot-journal';
export const keyDocumentFormat = 'unknot-sync-key';
export const kdfIterations = 600_000;
const documentFormatVersion = 1;

/** Bytes as base 64, for JSON. */
export interface Sealed {
	iv: string;
	data: string;
}

export interface KeyDocument {
	_id: typeof keyDocumentId;
	_rev?: string;
	format: typeof keyDocumentFormat;
	version: 1;
	/** Random, not secret: binds every sealed document and wrap to this journal. */
	journalId: string;
	passphrase: { kdf: 'PBKDF2-SHA-256'; iterations: number; salt: string; wrapped: Sealed };
	recovery: { kdf: 'HKDF-SHA-256'; salt: string; wrapped: Sealed };
	changedAt: number;
}

/** The keys a device keeps to sync: neither can be read back out of the browser. */
export interface JournalKeys {
	journalId: string;
	documents: CryptoKey;
	ids: CryptoKey;
}

/** The passphrase or recovery key did not open the key document. */
export class WrongSecretError extends Error {
	constructor(readonly secret: 'passphrase' | 'recoveryKey') {
		super(secret === 'passphrase' ? 'Wrong passphrase.' : 'Wrong recovery key.');
		this.name = 'WrongSecretError';
	}
}

/** A document that does not open with this journal's key: another journal's, or damaged. */
export class UnreadableDocumentError extends Error {
	constructor(readonly documentId: string) {
		super(`Document ${documentId} could not be opened.`);
		this.name = 'UnreadableDocumentError';
	}
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const subtle = () => globalThis.crypto.subtle;

export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let start = 0; start < bytes.length; start += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
	}
	return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
	return bytes;
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
	return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

function toHex(bytes: Uint8Array): string {
	return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function seal(
	key: CryptoKey,
	plain: Uint8Array<ArrayBuffer>,
	context: string
): Promise<Sealed> {
	const iv = randomBytes(12);
	const data = await subtle().encrypt(
		{ name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
		key,
		plain
	);
	return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** Throws when the key is wrong, the context differs or a single bit was changed. */
async function unseal(key: CryptoKey, sealed: Sealed, context: string): Promise<Uint8Array> {
	const plain = await subtle().decrypt(
		{ name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: encoder.encode(context) },
		key,
		fromBase64(sealed.data)
	);
	return new Uint8Array(plain);
}

function wrapContext(journalId: string, by: 'passphrase' | 'recovery') {
	return `unknot-key/v1/${journalId}/${by}`;
}

async function passphraseKey(
	passphrase: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number
) {
	const base = await subtle().importKey(
		'raw',
		encoder.encode(passphrase.normalize('NFC')),
		'PBKDF2',
		false,
		['deriveKey']
	);
	return subtle().deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		base,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

async function recoveryWrappingKey(secret: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>) {
	const base = await subtle().importKey('raw', secret, 'HKDF', false, ['deriveKey']);
	return subtle().deriveKey(
		{ name: 'HKDF', hash: 'SHA-256', salt, info: encoder.encode('unknot recovery key v1') },
		base,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

/** The two working keys of a journal, derived from its data key; neither can be exported. */
async function journalKeys(
	dataKey: Uint8Array<ArrayBuffer>,
	journalId: string
): Promise<JournalKeys> {
	const base = await subtle().importKey('raw', dataKey, 'HKDF', false, ['deriveKey']);
	const salt = encoder.encode(journalId);
	const [documents, ids] = await Promise.all([
		subtle().deriveKey(
			{ name: 'HKDF', hash: 'SHA-256', salt, info: encoder.encode('unknot documents v1') },
			base,
			{ name: 'AES-GCM', length: 256 },
			false,
			['encrypt', 'decrypt']
		),
		subtle().deriveKey(
			{ name: 'HKDF', hash: 'SHA-256', salt, info: encoder.encode('unknot document ids v1') },
			base,
			{ name: 'HMAC', hash: 'SHA-256', length: 256 },
			false,
			['sign']
		)
	]);
	return { journalId, documents, ids };
}

async function wrapWithPassphrase(
	dataKey: Uint8Array<ArrayBuffer>,
	journalId: string,
	passphrase: string
) {
	const salt = randomBytes(16);
	const key = await passphraseKey(passphrase, salt, kdfIterations);
	return {
		kdf: 'PBKDF2-SHA-256' as const,
		iterations: kdfIterations,
		salt: toBase64(salt),
		wrapped: await seal(key, dataKey, wrapContext(journalId, 'passphrase'))
	};
}

export interface NewJournal {
	keyDocument: KeyDocument;
	keys: JournalKeys;
	/** Shown once, to be printed or written down: it opens the journal if the passphrase is lost. */
	recoveryKey: string;
}

/** A new journal: a random data key wrapped by the passphrase and by a new recovery key. */
export async function createJournal(passphrase: string, now: number): Promise<NewJournal> {
	const journalId = toHex(randomBytes(16));
	const dataKey = randomBytes(32);
	const recoverySecret = randomBytes(recoveryKeyBytes);
	const recoverySalt = randomBytes(16);
	const [passphraseWrap, recoveryWrap, keys] = await Promise.all([
		wrapWithPassphrase(dataKey, journalId, passphrase),
		recoveryWrappingKey(recoverySecret, recoverySalt).then((key) =>
			seal(key, dataKey, wrapContext(journalId, 'recovery'))
		),
		journalKeys(dataKey, journalId)
	]);
	return {
		keyDocument: {
			_id: keyDocumentId,
			format: keyDocumentFormat,
			version: 1,
			journalId,
			passphrase: passphraseWrap,
			recovery: { kdf: 'HKDF-SHA-256', salt: toBase64(recoverySalt), wrapped: recoveryWrap },
			changedAt: now
		},
		keys,
		recoveryKey: formatRecoveryKey(recoverySecret)
	};
}

export function isKeyDocument(value: unknown): value is KeyDocument {
	if (typeof value !== 'object' || value === null) return false;
	const document = value as Partial<KeyDocument>;
	return (
		document._id === keyDocumentId &&
		document.format === keyDocumentFormat &&
		document.version === 1 &&
		typeof document.journalId === 'string' &&
		typeof document.passphrase?.salt === 'string' &&
		typeof document.passphrase.iterations === 'number' &&
		typeof document.passphrase.wrapped?.iv === 'string' &&
		typeof document.recovery?.salt === 'string' &&
		typeof document.recovery.wrapped?.iv === 'string'
	);
}

async function dataKeyFrom(
	keyDocument: KeyDocument,
	secret: { passphrase: string } | { recoveryKey: Uint8Array }
): Promise<Uint8Array<ArrayBuffer>> {
	const journalId = keyDocument.journalId;
	try {
		if ('passphrase' in secret) {
			const { salt, iterations, wrapped } = keyDocument.passphrase;
			const key = await passphraseKey(secret.passphrase, fromBase64(salt), iterations);
			return new Uint8Array(await unseal(key, wrapped, wrapContext(journalId, 'passphrase')));
		}
		const key = await recoveryWrappingKey(
			Uint8Array.from(secret.recoveryKey),
			fromBase64(keyDocument.recovery.salt)
		);
		return new Uint8Array(
			await unseal(key, keyDocument.recovery.wrapped, wrapContext(journalId, 'recovery'))
		);
	} catch {
		throw new WrongSecretError('passphrase' in secret ? 'passphrase' : 'recoveryKey');
	}
}

/** The journal's keys from its key document and the passphrase or recovery key. */
export async function openJournal(
	keyDocument: KeyDocument,
	secret: { passphrase: string } | { recoveryKey: Uint8Array }
): Promise<JournalKeys> {
	return journalKeys(await dataKeyFrom(keyDocument, secret), keyDocument.journalId);
}

/** The key document with the data key wrapped by a new passphrase; nothing else changes. */
export async function changePassphrase(
	keyDocument: KeyDocument,
	current: { passphrase: string } | { recoveryKey: Uint8Array },
	newPassphrase: string,
	now: number
): Promise<KeyDocument> {
	const dataKey = await dataKeyFrom(keyDocument, current);
	return {
		...keyDocument,
		passphrase: await wrapWithPassphrase(dataKey, keyDocument.journalId, newPassphrase),
		changedAt: now
	};
}

/** The server's id for a row: an HMAC of table and row key, 64 hex digits. */
export async function documentId(
	keys: JournalKeys,
	table: string,
	rowKey: string
): Promise<string> {
	const mac = await subtle().sign('HMAC', keys.ids, encoder.encode(`${table}\u001f${rowKey}`));
	return toHex(new Uint8Array(mac));
}

function documentContext(keys: JournalKeys, id: string) {
	return `unknot-doc/v${documentFormatVersion}/${keys.journalId}/${id}`;
}

/** Plain text is padded to a multiple of this, so sizes tell less about what a row holds. */
const paddingBlock = 64;

/** Seals a JSON value as the body of document `id`. */
export async function sealDocument(keys: JournalKeys, id: string, value: unknown): Promise<Sealed> {
	const json = JSON.stringify(value);
	// Spaces after a JSON value are ignored when it is parsed back.
	const padded = json.padEnd(Math.ceil((json.length + 1) / paddingBlock) * paddingBlock, ' ');
	return seal(keys.documents, encoder.encode(padded), documentContext(keys, id));
}

/** Opens the body of document `id`; throws UnreadableDocumentError when it does not open. */
export async function openDocument(
	keys: JournalKeys,
	id: string,
	sealed: Sealed
): Promise<unknown> {
	try {
		return JSON.parse(
			decoder.decode(await unseal(keys.documents, sealed, documentContext(keys, id)))
		);
	} catch {
		throw new UnreadableDocumentError(id);
	}
}

/**
 * The key document once the journal was erased everywhere: it keeps the journal's id and a proof
 * that a device holding the journal's key made it, so a server cannot make devices erase their
 * journals by writing one.
 */
export interface ErasedKeyDocument {
	_id: typeof keyDocumentId;
	_rev?: string;
	format: typeof keyDocumentFormat;
	version: 1;
	journalId: string;
	erasedAt: number;
	proof: string;
}

export function isErasedKeyDocument(value: unknown): value is ErasedKeyDocument {
	if (typeof value !== 'object' || value === null) return false;
	const document = value as Partial<ErasedKeyDocument>;
	return (
		document._id === keyDocumentId &&
		document.format === keyDocumentFormat &&
		typeof document.journalId === 'string' &&
		typeof document.erasedAt === 'number' &&
		typeof document.proof === 'string'
	);
}

async function erasureProof(keys: JournalKeys, erasedAt: number): Promise<string> {
	const mac = await subtle().sign(
		'HMAC',
		keys.ids,
		encoder.encode(`unknot-erased/v1/${keys.journalId}/${erasedAt}`)
	);
	return toHex(new Uint8Array(mac));
}

export async function erasedKeyDocument(
	keys: JournalKeys,
	erasedAt: number
): Promise<ErasedKeyDocument> {
	return {
		_id: keyDocumentId,
		format: keyDocumentFormat,
		version: 1,
		journalId: keys.journalId,
		erasedAt,
		proof: await erasureProof(keys, erasedAt)
	};
}

/** Whether an erased key document was made by a device holding this journal's key. */
export async function isGenuineErasure(
	keys: JournalKeys,
	document: ErasedKeyDocument
): Promise<boolean> {
	return (
		document.journalId === keys.journalId &&
		document.proof === (await erasureProof(keys, document.erasedAt))
	);
}
