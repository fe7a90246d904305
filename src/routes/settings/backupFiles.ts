// Reading a chosen backup file, checked in a worker.
import { backupSizeLimit, readBackupBytes, type BackupCheck } from '$lib/domain/backupFormat';
import { words } from './messages';

/** Checks a chosen file in full; refuses empty and oversized files before reading them. */
export async function readBackupFile(file: File, schemaVersion: number): Promise<BackupCheck> {
	if (file.size === 0) return { ok: false, problem: words.restore.emptyFile };
	if (file.size > backupSizeLimit) return { ok: false, problem: words.restore.tooLarge };
	if (typeof Worker === 'undefined') {
		return readBackupBytes(new Uint8Array(await file.arrayBuffer()), schemaVersion);
	}
	const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' });
	try {
		return await new Promise<BackupCheck>((resolve) => {
			worker.onmessage = (event: MessageEvent<BackupCheck>) => resolve(event.data);
			worker.onerror = (event) =>
				resolve({ ok: false, problem: `${words.restore.unreadable} (${event.message})` });
			worker.postMessage({ file, schemaVersion });
		});
	} finally {
		worker.terminate();
	}
}
