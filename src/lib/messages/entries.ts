// The words of a journal row, its edit dialog and the tag picker, apart from the frame's
// (common.ts): they load with the lists and dialogs that show them.

export const words = {
	tagPicker: {
		legend: 'Tags',
		addLabel: 'Add a tag',
		add: 'Add'
	},
	editEntry: {
		heading: 'Edit entry',
		save: 'Save changes'
	},
	entryRow: {
		deleted: 'Entry deleted',
		changed: 'Entry changed',
		notDeleted: 'Not deleted. Try again.',
		tags: 'Tags',
		edit: 'Edit',
		delete: 'Delete',
		which: (time: string) => ` entry at ${time}`,
		actions: (time: string) => `Actions for entry at ${time}`,
		whereLabel: 'Where it hurt: ',
		safetyPending: 'Safety check not answered',
		answerSafety: 'Answer it',
		answerSafetyFor: (time: string) => ` (safety check of the entry at ${time})`,
		safetyDismissed: 'Safety check: not answered',
		safetyYes: 'Safety check: a sign that needs a doctor'
	},
	scoreBadge: {
		pain: 'Pain'
	}
};
