import { beforeAll, describe, expect, it } from 'vitest';
import { readRecoveryKey } from '$lib/domain/recoveryKey';
import {
	changePassphrase,
	createJournal,
	documentId,
	fromBase64,
	kdfIterations,
	openDocument,
	openJournal,
	sealDocument,
	UnreadableDocumentError,
	WrongSecretError,
	type NewJournal
} from './crypto';

let journal: NewJournal;
const passphrase = 'blue heron by the weir';

beforeAll(async () => {
	journal = await createJournal(passphrase, 1_800_000_000_000);
});

function recoverySecret(printed: string) {
	const read = readRecoveryKey(printed);
	if (!read.ok) throw new Error('unreadable recovery key');
	return read.secret;
}

describe('the key document', () => {
	it('keeps the data key wrapped twice, with PBKDF2 at 600,000 iterations or more', () => {
		const document = journal.keyDocument;
		expect(document.passphrase.kdf).toBe('PBKDF2-SHA-256');
		expect(document.passphrase.iterations).toBeGreaterThanOrEqual(600_000);
		expect(kdfIterations).toBeGreaterThanOrEqual(600_000);
		expect(fromBase64(document.passphrase.salt)).toHaveLength(16);
		expect(fromBase64(document.passphrase.wrapped.iv)).toHaveLength(12);
		expect(JSON.stringify(document)).not.toContain(passphrase);
		expect(journal.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);
	});

	it('opens with the passphrase and with the recovery key to the same keys', async () => {
		const byPassphrase = await openJournal(journal.keyDocument, { passphrase });
		const byRecovery = await openJournal(journal.keyDocument, {
			recoveryKey: recoverySecret(journal.recoveryKey)
		});
		const sealed = await sealDocument(journal.keys, 'doc-1', { note: 'hip ok' });
		expect(await openDocument(byPassphrase, 'doc-1', sealed)).toEqual({ note: 'hip ok' });
		expect(await openDocument(byRecovery, 'doc-1', sealed)).toEqual({ note: 'hip ok' });
		expect(await documentId(byRecovery, 'painEntries', 'a')).toBe(
			await documentId(journal.keys, 'painEntries', 'a')
		);
	});

	it('refuses a wrong passphrase and a wrong recovery key', async () => {
		await expect(openJournal(journal.keyDocument, { passphrase: 'blue heron' })).rejects.toEqual(
			new WrongSecretError('passphrase')
		);
		await expect(
			openJournal(journal.keyDocument, { recoveryKey: new Uint8Array(16) })
		).rejects.toBeInstanceOf(WrongSecretError);
	});

	it('changing the passphrase re-wraps the key: old documents open, the old passphrase does not', async () => {
		const sealed = await sealDocument(journal.keys, 'doc-2', { score: 6 });
		const changed = await changePassphrase(
			journal.keyDocument,
			{ passphrase },
			'new words for a new year',
			1_800_000_100_000
		);
		expect(changed.recovery).toEqual(journal.keyDocument.recovery);
		expect(changed.journalId).toBe(journal.keyDocument.journalId);
		await expect(openJournal(changed, { passphrase })).rejects.toBeInstanceOf(WrongSecretError);
		const reopened = await openJournal(changed, { passphrase: 'new words for a new year' });
		expect(await openDocument(reopened, 'doc-2', sealed)).toEqual({ score: 6 });
	});
});

describe('documents', () => {
	it('get a fresh IV every time and open only under their own id', async () => {
		const first = await sealDocument(journal.keys, 'doc-a', { note: 'same' });
		const second = await sealDocument(journal.keys, 'doc-a', { note: 'same' });
		expect(first.iv).not.toBe(second.iv);
		expect(first.data).not.toBe(second.data);
		await expect(openDocument(journal.keys, 'doc-b', first)).rejects.toBeInstanceOf(
			UnreadableDocumentError
		);
	});

	it('do not open in another journal, nor when one bit is changed', async () => {
		const other = await createJournal(passphrase, 1_800_000_000_000);
		const sealed = await sealDocument(journal.keys, 'doc-c', { note: 'x' });
		await expect(openDocument(other.keys, 'doc-c', sealed)).rejects.toBeInstanceOf(
			UnreadableDocumentError
		);
		const bytes = fromBase64(sealed.data);
		bytes[0] = bytes[0]! ^ 1;
		const flipped = { ...sealed, data: btoa(String.fromCharCode(...bytes)) };
		await expect(openDocument(journal.keys, 'doc-c', flipped)).rejects.toBeInstanceOf(
			UnreadableDocumentError
		);
	});

	it('have ids that name neither table nor row and differ between journals', async () => {
		const other = await createJournal(passphrase, 1_800_000_000_000);
		const id = await documentId(journal.keys, 'painEntries', 'entry-1');
		expect(id).toMatch(/^[0-9a-f]{64}$/);
		expect(await documentId(journal.keys, 'painEntries', 'entry-1')).toBe(id);
		expect(await documentId(journal.keys, 'bodyMarks', 'entry-1')).not.toBe(id);
		expect(await documentId(other.keys, 'painEntries', 'entry-1')).not.toBe(id);
	});

	it('are padded so that short notes of different lengths have the same size', async () => {
		const short = await sealDocument(journal.keys, 'doc-d', { note: 'a' });
		const longer = await sealDocument(journal.keys, 'doc-d', { note: 'a'.repeat(30) });
		expect(short.data.length).toBe(longer.data.length);
	});
});
