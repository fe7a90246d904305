// The rules of the forms, applied to every restored row: a backup may hold nothing a person could
// not have typed (a 200,000-character note, a tag typed twice, an entry in the year 9999), since
// such a row could never be saved again, and some would blank whole screens. Each rule reuses the
// domain check the form uses; the message names the field and says what is wrong.

import type { BackupTableName } from './backupTables';
import type { BackupTables } from './backupRows';
import { validatePlan } from './plan';
import { routineNameLimit, spotsProblem, holdProblem, stepCountLimit, stepLimit } from './routines';
import { otherTreatmentLimit } from './sessionValidation';
import { noteProblem, tagProblem } from './validation';

/**
 * A restored moment may be a day ahead of this device's clock (a backup from a device whose
 * clock runs ahead), no more: later than that it cannot be a moment anyone lived yet.
 */
const futureGraceMs = 24 * 3_600_000;

/** The longest stored session name: a routine's name, or a visit's treatments joined. */
const sessionNameLimit = 200;

type Problem = { field: string; message: string } | null;

const length = (text: string) => [...text].length;

function futureProblem(row: { at?: number; endAt?: number | null }, now: number): Problem {
	if (typeof row.at === 'number' && row.at > now + futureGraceMs) {
		return { field: 'at', message: `is in the future (${new Date(row.at).toISOString()})` };
	}
	if (typeof row.endAt === 'number' && row.endAt > now + futureGraceMs) {
		return { field: 'endAt', message: `is in the future (${new Date(row.endAt).toISOString()})` };
	}
	return null;
}

/** A message of a form's check, lower-cased to follow the field's name. */
function asField(field: string, problem: string | null): Problem {
	if (!problem) return null;
	const sentence = problem.replace(/\.$/, '');
	return { field, message: `is refused: ${sentence[0]!.toLocaleLowerCase()}${sentence.slice(1)}` };
}

function tagsProblem(tags: readonly string[]): Problem {
	const seen = new Set<string>();
	for (const tag of tags) {
		const problem = tagProblem(tag);
		if (problem) return asField('tags', problem);
		const key = tag.trim().toLocaleLowerCase();
		if (seen.has(key)) return { field: 'tags', message: `has the tag "${tag}" twice` };
		seen.add(key);
	}
	return null;
}

function unique(field: string, values: readonly string[]): Problem {
	const repeated = values.find((value, index) => values.indexOf(value) !== index);
	return repeated === undefined ? null : { field, message: `has "${repeated}" twice` };
}

type RowRule<Table extends BackupTableName> = (
	row: BackupTables[Table][number],
	now: number
) => Problem;

export const rowRules: { [Table in BackupTableName]: RowRule<Table> } = {
	painEntries: (entry, now) =>
		futureProblem(entry, now) ??
		asField('note', noteProblem(entry.note)) ??
		tagsProblem(entry.tags),
	bodyMarks: (mark, now) => futureProblem(mark, now) ?? unique('sensations', mark.sensations),
	dailyChecks: (check, now) => futureProblem(check, now),
	sessions: (session, now) =>
		futureProblem(session, now) ??
		asField('note', noteProblem(session.note)) ??
		(length(session.routineName) > sessionNameLimit
			? { field: 'routineName', message: `is longer than ${sessionNameLimit} characters` }
			: null) ??
		unique('treatments', session.treatments) ??
		(length(session.otherTreatment) > otherTreatmentLimit
			? { field: 'otherTreatment', message: `is longer than ${otherTreatmentLimit} characters` }
			: null) ??
		(session.otherTreatment !== '' && !session.treatments.includes('other')
			? { field: 'otherTreatment', message: 'names a treatment, but "other" is not among them' }
			: null),
	routines: (routine) =>
		(routine.name.trim() === '' || length(routine.name) > routineNameLimit
			? { field: 'name', message: `must be 1 to ${routineNameLimit} characters` }
			: null) ??
		(routine.steps.length > stepCountLimit
			? { field: 'steps', message: `has more than ${stepCountLimit} steps` }
			: null) ??
		(routine.steps.some((step) => length(step) > stepLimit)
			? { field: 'steps', message: `has a step longer than ${stepLimit} characters` }
			: null) ??
		asField('spotsPerSide', spotsProblem(routine.spotsPerSide)) ??
		asField('holdSeconds', holdProblem(routine.holdSeconds)),
	plans: (plan) => {
		const checked = validatePlan(plan);
		if (checked.ok) return null;
		const [field, problem] = Object.entries(checked.errors)[0]!;
		return asField(field, problem ?? null);
	},
	restDays: (rest, now) => futureProblem(rest, now),
	settings: () => null
};

/**
 * Rules across rows, which screens rely on: an id names one row in the whole journal (History
 * keys entries and sessions together by id), and an entry marks a region once.
 */
export function crossRowProblem(tables: BackupTables): string | null {
	const owners = new Map<string, string>();
	for (const [table, rows] of Object.entries(tables) as [BackupTableName, { id?: string }[]][]) {
		if (table === 'settings') continue;
		for (let index = 0; index < rows.length; index += 1) {
			const id = rows[index]!.id!;
			const where = `${table} row ${index + 1}`;
			const owner = owners.get(id);
			// Repeats within one table are named by the table's own check, before this one.
			if (owner && !owner.startsWith(`${table} `)) {
				return `${where}: id "${id}" is already the id of ${owner}; every row needs its own id.`;
			}
			owners.set(id, where);
		}
	}
	const marked = new Map<string, number>();
	for (let index = 0; index < tables.bodyMarks.length; index += 1) {
		const mark = tables.bodyMarks[index]!;
		if (mark.deletedAt !== null) continue;
		const key = `${mark.entryId}\u0000${mark.regionId}`;
		const first = marked.get(key);
		if (first !== undefined) {
			return `bodyMarks row ${index + 1}: the entry "${mark.entryId}" already marks the region "${mark.regionId}" (row ${first + 1}); an entry marks a region once.`;
		}
		marked.set(key, index);
	}
	return null;
}
