// The part of PouchDB's API that sync uses, typed here: pouchdb-browser ships no types, and the
// community ones cover far more than this folder needs.

declare module 'pouchdb-browser' {
	export interface PouchError {
		status?: number;
		name?: string;
		error?: string | boolean;
		reason?: string;
		message?: string;
	}

	export interface Document {
		_id: string;
		_rev?: string;
		_deleted?: boolean;
		_conflicts?: string[];
		[field: string]: unknown;
	}

	export interface WriteResult {
		ok?: boolean;
		id?: string;
		rev?: string;
		error?: string | boolean;
		status?: number;
		reason?: string;
	}

	export interface AllDocsRow {
		id?: string;
		key: string;
		value?: { rev: string; deleted?: boolean };
		doc?: Document | null;
		error?: string;
	}

	export interface ChangesResult {
		id: string;
		seq: string | number;
		deleted?: boolean;
		changes: { rev: string }[];
		doc?: Document;
	}

	export interface ChangesResponse {
		results: ChangesResult[];
		last_seq: string | number;
	}

	export interface ChangesOptions {
		since?: string | number;
		limit?: number;
		include_docs?: boolean;
		conflicts?: boolean;
		live?: boolean;
		style?: 'main_only' | 'all_docs';
	}

	export interface Emitter {
		on(event: string, listener: (...values: never[]) => void): void;
		cancel(): void;
	}

	export interface ChangesFeed extends Emitter, Promise<ChangesResponse> {}

	export interface ReplicationInfo {
		direction?: 'push' | 'pull';
		change?: ReplicationChange;
		docs_written?: number;
		pending?: number;
		docs?: Document[];
	}

	export interface ReplicationChange {
		docs_written: number;
		docs_read: number;
		pending?: number;
		docs: Document[];
	}

	export interface ReplicationResult {
		ok: boolean;
		docs_written: number;
		docs_read: number;
		errors: unknown[];
		status: string;
	}

	export interface ReplicationOptions {
		live?: boolean;
		retry?: boolean;
		batch_size?: number;
		batches_limit?: number;
		back_off_function?: (delay: number) => number;
		checkpoint?: 'source' | 'target' | false;
	}

	export interface Replication extends Emitter, Promise<ReplicationResult> {}

	export interface Sync extends Emitter, Promise<unknown> {
		push: Replication;
		pull: Replication;
	}

	export interface DatabaseInfo {
		db_name: string;
		doc_count: number;
		update_seq: string | number;
	}

	export interface DatabaseOptions {
		adapter?: string;
		auth?: { username: string; password: string };
		skip_setup?: boolean;
		fetch?: (url: string | URL | Request, options?: RequestInit) => Promise<Response>;
		revs_limit?: number;
		auto_compaction?: boolean;
	}

	export interface Database {
		readonly name: string;
		info(): Promise<DatabaseInfo>;
		get(id: string): Promise<Document>;
		get(id: string, options: { open_revs: 'all' }): Promise<{ ok?: Document; missing?: string }[]>;
		put(document: Document): Promise<WriteResult>;
		bulkDocs(documents: Document[]): Promise<(WriteResult & PouchError)[]>;
		allDocs(options: {
			keys?: string[];
			include_docs?: boolean;
			conflicts?: boolean;
			limit?: number;
			startkey?: string;
			skip?: number;
		}): Promise<{ total_rows: number; rows: AllDocsRow[] }>;
		changes(options: ChangesOptions): ChangesFeed;
		sync(remote: Database, options?: ReplicationOptions): Sync;
		replicate: {
			to(target: Database, options?: ReplicationOptions): Replication;
			from(source: Database, options?: ReplicationOptions): Replication;
		};
		compact(): Promise<unknown>;
		close(): Promise<void>;
		destroy(): Promise<void>;
	}

	interface PouchDBStatic {
		new (name: string, options?: DatabaseOptions): Database;
		plugin(plugin: unknown): PouchDBStatic;
	}

	const PouchDB: PouchDBStatic;
	export default PouchDB;
}
