import { describe, expect, it, vi } from 'vitest';
import { sampleBackup } from '../../test-data/journal';
import { WriteError } from '$lib/domain/errors';
import { backupFailure, readBackupFile, spreadsheetFailure } from './backupFiles';
import { words } from './messages';

describe('reading a chosen backup file', () => {
	it('refuses a file over 50 MB without reading it', async () => {
		const file = new File([new Uint8Array(50 * 1024 * 1024 + 1)], 'huge.json');
		const read = vi.spyOn(file, 'text');
		expect(await readBackupFile(file, 1)).toEqual({
			ok: false,
			problem: words.restore.tooLarge
		});
		expect(read).not.toHaveBeenCalled();
	});

	it('refuses an empty file', async () => {
		expect(await readBackupFile(new File([], 'empty.json'), 1)).toEqual({
			ok: false,
			problem: words.restore.emptyFile
		});
	});

	it('reads and checks a good file', async () => {
		const file = new File([JSON.stringify(sampleBackup())], 'backup.json');
		const result = await readBackupFile(file, 1);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.backup.tables.painEntries).toHaveLength(3);
	});

	it('stops when another file is chosen: the check rejects instead of answering late', async () => {
		const file = new File([JSON.stringify(sampleBackup())], 'backup.json');
		const stopper = new AbortController();
		const checking = readBackupFile(file, 1, stopper.signal);
		stopper.abort();
		await expect(checking).rejects.toThrow();
		await expect(readBackupFile(file, 1, stopper.signal)).rejects.toThrow();
	});
});

describe('a backup that could not be made', () => {
	it('says so in plain words, never as the raw error', () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const failure = backupFailure(
			new DOMException('Internal error opening backing store', 'UnknownError')
		);
		expect(failure).toBe(words.backup.failed);
		expect(failure).not.toMatch(/UnknownError|backing store/);
		expect(logged).toHaveBeenCalledOnce();
		logged.mockRestore();
	});

	it('keeps a failed write’s own message, which says what to do', () => {
		const full = new WriteError('Not saved: this device is out of storage space.', null);
		expect(backupFailure(full)).toBe(full.message);
	});
});

describe('a spreadsheet that could not be made', () => {
	it('says so in plain words, never as the raw error', () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const failure = spreadsheetFailure(
			new TypeError("Cannot read properties of undefined (reading 'day')")
		);
		expect(failure).toBe(words.spreadsheet.failed);
		expect(failure).not.toMatch(/TypeError|undefined/);
		expect(logged).toHaveBeenCalledOnce();
		logged.mockRestore();
	});
});
