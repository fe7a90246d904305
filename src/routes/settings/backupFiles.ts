// Reading a chosen backup file, checked in a worker.
import { backupSizeLimit, readBackupBytes, type BackupCheck } from '$lib/domain/backupFormat';
import { WriteError } from '$lib/domain/errors';
import { words } from './messages';

/**
 * Checks a chosen file in full; refuses empty and oversized files before reading them. When
 * `signal` aborts (another file was chosen), the worker stops and the promise rejects with the
 * signal's reason, so a late result can never stand for the later choice.
 */
export async function readBackupFile(
	file: File,
	schemaVersion: number,
	signal?: AbortSignal
): Promise<BackupCheck> {
	signal?.throwIfAborted();
	if (file.size === 0) return { ok: false, problem: words.restore.emptyFile };
	if (file.size > backupSizeLimit) return { ok: false, problem: words.restore.tooLarge };
	const stopped = new Promise<never>((_resolve, reject) =>
		signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true })
	);
	// Stopped before its result arrived is the only outcome a caller may see of an abort.
	stopped.catch(() => {});
	if (typeof Worker === 'undefined') {
		return Promise.race([
			stopped,
			file.arrayBuffer().then((buffer) => readBackupBytes(new Uint8Array(buffer), schemaVersion))
		]);
	}
	const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' });
	try {
		return await Promise.race([
			stopped,
			new Promise<BackupCheck>((resolve) => {
				worker.onmessage = (event: MessageEvent<BackupCheck>) => resolve(event.data);
				worker.onerror = (event) =>
					resolve({ ok: false, problem: `${words.restore.unreadable} (${event.message})` });
				worker.postMessage({ file, schemaVersion });
			})
		]);
	} finally {
		worker.terminate();
	}
}

/**
 * Why a file (a backup, the copy made before a replace, a spreadsheet) could not be made, in
 * words: a failed write's own message, else `sentence`; the error itself goes to the console for
 * whoever debugs.
 */
export function fileFailure(error: unknown, sentence: string): string {
	if (error instanceof WriteError) return error.message;
	console.error(error);
	return sentence;
}

/** Why a backup (or the copy made before a replace) could not be made, in words. */
export const backupFailure = (error: unknown) => fileFailure(error, words.backup.failed);

/** Why a spreadsheet download could not be made, in words. */
export const spreadsheetFailure = (error: unknown) => fileFailure(error, words.spreadsheet.failed);
