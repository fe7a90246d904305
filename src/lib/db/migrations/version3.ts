// Schema version 3: a clinic visit holds several treatments, an entry remembers whether its
// red-flag questions are still waiting for an answer, and the day rollups gain sensations and
// clinic visit counts (rebuilt from the rows, as rollups are derived data).

import type { Transaction } from 'dexie';
import { redFlagCheckAfterSave } from '$lib/domain/redFlags';
import type { ClinicTreatment, RedFlagCheckState, Sensation } from '$lib/domain/records';
import { rebuildAllRollups } from '../dayRollups';

interface VersionTwoSession {
	treatment?: ClinicTreatment | null;
	treatments?: ClinicTreatment[];
	otherTreatment?: string;
}

interface VersionTwoEntry {
	id: string;
	score: number;
	redFlags: Record<string, boolean> | null;
	redFlagCheck?: RedFlagCheckState | null;
}

interface VersionTwoMark {
	entryId: string;
	regionId: string;
	sensations: Sensation[];
	deletedAt: number | null;
}

/** One visit's single treatment becomes a list of one. */
function sessionToVersion3(session: VersionTwoSession) {
	session.treatments = session.treatment ? [session.treatment] : [];
	session.otherTreatment = '';
	delete session.treatment;
}

/**
 * Answers already given stay answered. An entry that called for the questions but has no answers
 * lost them when Today was left: it is pending again, so they are asked (and the clinician report
 * says "not answered" instead of "no red flags").
 */
function redFlagCheckOf(
	entry: VersionTwoEntry,
	marks: readonly VersionTwoMark[]
): RedFlagCheckState | null {
	if (entry.redFlags !== null) return 'answered';
	const live = marks.filter((mark) => mark.deletedAt === null);
	return redFlagCheckAfterSave(null, entry.score, live);
}

export async function upgradeToVersion3(transaction: Transaction) {
	await transaction
		.table<VersionTwoSession>('sessions')
		.toCollection()
		.modify((session) => sessionToVersion3(session));
	const marks = await transaction.table<VersionTwoMark>('bodyMarks').toArray();
	const marksByEntry = new Map<string, VersionTwoMark[]>();
	for (const mark of marks) {
		const list = marksByEntry.get(mark.entryId) ?? [];
		list.push(mark);
		marksByEntry.set(mark.entryId, list);
	}
	await transaction
		.table<VersionTwoEntry>('painEntries')
		.toCollection()
		.modify((entry) => {
			entry.redFlagCheck = redFlagCheckOf(entry, marksByEntry.get(entry.id) ?? []);
		});
	await rebuildAllRollups(transaction);
}
