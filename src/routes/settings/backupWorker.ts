// Reads and checks a backup file off the main thread, so a large file never freezes the screen.
import { readBackupBytes } from '$lib/domain/backupFormat';

interface Request {
	file: File;
	schemaVersion: number;
}

self.onmessage = async (event: MessageEvent<Request>) => {
	const { file, schemaVersion } = event.data;
	try {
		self.postMessage(readBackupBytes(new Uint8Array(await file.arrayBuffer()), schemaVersion));
	} catch (error) {
		self.postMessage({
			ok: false,
			problem: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`
		});
	}
};
