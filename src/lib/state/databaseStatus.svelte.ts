// Whether the journal's storage works, so every screen can say so plainly when it does not. The
// database publishes its status; this subscribes, so the data layer never imports UI state.

import { onJournalStatus } from '$lib/db/journal';

export type DatabaseProblem = 'unavailable' | 'newer-version' | null;

class DatabaseStatus {
	problem = $state<DatabaseProblem>(null);
	detail = $state('');

	constructor() {
		onJournalStatus((status) => {
			this.problem = status.state === 'open' ? null : status.state;
			this.detail = status.state === 'unavailable' ? status.detail : '';
		});
	}
}

export const databaseStatus = new DatabaseStatus();
