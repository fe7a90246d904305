// Whether the journal's storage works, so every screen can say so plainly when it does not.

export type DatabaseProblem = 'unavailable' | 'newer-version' | null;

class DatabaseStatus {
	problem = $state<DatabaseProblem>(null);
	detail = $state('');
	open = $state(false);

	reportOpen() {
		this.open = true;
		this.problem = null;
	}

	reportOpenFailure(error: unknown) {
		this.open = false;
		this.problem = 'unavailable';
		this.detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	}

	reportNewerVersion() {
		this.open = false;
		this.problem = 'newer-version';
	}
}

export const databaseStatus = new DatabaseStatus();
