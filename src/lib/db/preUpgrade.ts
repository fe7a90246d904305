// A safety copy before a schema upgrade: when opening the journal will upgrade the stored
// database, every object store is first copied to a separate database, which is deleted only
// once the upgrade has succeeded. Uses the raw IndexedDB API so it works on any stored version.

import { Dexie } from 'dexie';

export function preUpgradeCopyName(name: string): string {
	return `${name}-pre-upgrade`;
}

/** Dexie stores version n as native IndexedDB version n × 10. */
const dexieVersionFactor = 10;

function request<T>(pending: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		pending.onsuccess = () => resolve(pending.result);
		pending.onerror = () => reject(pending.error);
	});
}

function finished(transaction: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		transaction.oncomplete = () => resolve();
		transaction.onerror = () => reject(transaction.error);
		transaction.onabort = () => reject(transaction.error);
	});
}

/** The native version of a stored database, or null when there is none. Never creates one. */
export async function storedVersion(factory: IDBFactory, name: string): Promise<number | null> {
	if (typeof factory.databases === 'function') {
		const found = (await factory.databases()).find((database) => database.name === name);
		return found?.version ?? null;
	}
	return new Promise((resolve) => {
		const opening = factory.open(name);
		// A database that does not exist yet would be created: stop that, it means "none".
		opening.onupgradeneeded = () => opening.transaction?.abort();
		opening.onsuccess = () => {
			const version = opening.result.version;
			opening.result.close();
			resolve(version);
		};
		opening.onerror = () => resolve(null);
	});
}

function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase> {
	return request(factory.open(name));
}

export async function deleteStoredDatabase(factory: IDBFactory, name: string) {
	await request(factory.deleteDatabase(name) as IDBRequest<unknown>);
}

/** Copies every object store of `from`, with its rows, into a fresh database `to`. */
export async function copyStoredDatabase(factory: IDBFactory, from: string, to: string) {
	const source = await openExisting(factory, from);
	try {
		const names = [...source.objectStoreNames];
		const shapes = new Map<string, { keyPath: string | string[] | null; autoIncrement: boolean }>();
		const contents = new Map<string, { keys: IDBValidKey[]; values: unknown[] }>();
		if (names.length > 0) {
			const reading = source.transaction(names, 'readonly');
			await Promise.all(
				names.map(async (storeName) => {
					const store = reading.objectStore(storeName);
					shapes.set(storeName, { keyPath: store.keyPath, autoIncrement: store.autoIncrement });
					const [keys, values] = await Promise.all([
						request(store.getAllKeys()),
						request(store.getAll())
					]);
					contents.set(storeName, { keys, values });
				})
			);
		}
		await deleteStoredDatabase(factory, to);
		const creating = factory.open(to, source.version);
		creating.onupgradeneeded = () => {
			for (const [storeName, shape] of shapes) {
				creating.result.createObjectStore(storeName, {
					keyPath: shape.keyPath,
					autoIncrement: shape.autoIncrement
				});
			}
		};
		const copy = await request(creating);
		try {
			if (names.length > 0) {
				const writing = copy.transaction(names, 'readwrite');
				for (const [storeName, { keys, values }] of contents) {
					const store = writing.objectStore(storeName);
					values.forEach((value, index) => {
						if (store.keyPath === null) store.put(value, keys[index]);
						else store.put(value);
					});
				}
				await finished(writing);
			}
		} finally {
			copy.close();
		}
	} finally {
		source.close();
	}
}

/**
 * Makes `db.open()` first keep a copy of the stored data when the open will upgrade it to
 * `targetVersion`, and delete that copy once the upgrade has succeeded. A failed upgrade leaves
 * the copy in place, so the journal can still be recovered from it.
 */
export function keepCopyDuringUpgrades(
	db: Dexie,
	targetVersion: number,
	factory: IDBFactory = indexedDB
) {
	const open = db.open.bind(db);
	const close = db.close.bind(db);
	let opening: ReturnType<Dexie['open']> | null = null;
	const copyName = preUpgradeCopyName(db.name);

	db.open = () => {
		if (db.isOpen()) return open();
		opening ??= Dexie.Promise.resolve(
			(async () => {
				const stored = await storedVersion(factory, db.name);
				const upgrading = stored !== null && stored < targetVersion * dexieVersionFactor;
				if (upgrading) await copyStoredDatabase(factory, db.name, copyName);
				await open();
				if (upgrading) await deleteStoredDatabase(factory, copyName);
				return db;
			})()
		).catch((error: unknown) => {
			opening = null;
			throw error;
		});
		return opening;
	};
	db.close = (options?: { disableAutoOpen: boolean }) => {
		opening = null;
		close(options);
	};
}
