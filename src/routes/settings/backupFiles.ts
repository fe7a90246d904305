// Files in and out of the browser: reading a chosen backup (checked in a worker) and downloads.
import { backupSizeLimit, readBackupText, type BackupCheck } from '$lib/domain/backupFormat';
import { messages } from './messages';

/** Checks a chosen file in full; refuses empty and oversized files before reading them. */
export async function readBackupFile(file: File, schemaVersion: number): Promise<BackupCheck> {
	if (file.size === 0) return { ok: false, problem: messages.restore.emptyFile };
	if (file.size > backupSizeLimit) return { ok: false, problem: messages.restore.tooLarge };
	if (typeof Worker === 'undefined') {
		return readBackupText(await file.text(), schemaVersion);
	}
	const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' });
	try {
		return await new Promise<BackupCheck>((resolve) => {
			worker.onmessage = (event: MessageEvent<BackupCheck>) => resolve(event.data);
			worker.onerror = (event) =>
				resolve({ ok: false, problem: `${messages.restore.unreadable} (${event.message})` });
			worker.postMessage({ file, schemaVersion });
		});
	} finally {
		worker.terminate();
	}
}

/** Offers text as a file download, without any request leaving the page. */
export function downloadText(fileName: string, text: string, type: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started once click() returns; the address is no longer needed after that.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
