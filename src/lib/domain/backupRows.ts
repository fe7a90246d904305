// The shape every backed-up row must have: one valibot schema per table, exactly the fields of
// domain/records.ts (unknown fields are refused), with the value lists taken from there.

import * as v from 'valibot';
import type { BackupTableName } from './backupTables';
import { isLocalDay } from './day';
import {
	clinicTreatments,
	redFlagCheckStates,
	routineKinds,
	routinePositions,
	routineSideChoices,
	routineTools,
	sensations,
	sessionKinds,
	sessionStatuses,
	sides,
	type BodyMark,
	type DailyCheck,
	type PainEntry,
	type Plan,
	type RestDay,
	type Routine,
	type Session,
	type Setting
} from './records';

export interface BackupTables {
	painEntries: PainEntry[];
	bodyMarks: BodyMark[];
	dailyChecks: DailyCheck[];
	sessions: Session[];
	routines: Routine[];
	plans: Plan[];
	restDays: RestDay[];
	settings: Setting[];
}

/** "must be a, b or c" for a value list. */
function oneOf(values: readonly string[]): string {
	return `must be ${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

const wholeFrom0To10 = v.pipe(
	v.number('must be a whole number from 0 to 10'),
	v.integer('must be a whole number from 0 to 10'),
	v.minValue(0, 'must be a whole number from 0 to 10'),
	v.maxValue(10, 'must be a whole number from 0 to 10')
);
const count = v.pipe(
	v.number('must be a whole number of 0 or more'),
	v.integer('must be a whole number of 0 or more'),
	v.minValue(0, 'must be a whole number of 0 or more')
);
const moment = v.pipe(
	v.number('must be a moment in milliseconds'),
	v.integer('must be a moment in milliseconds'),
	v.minValue(0, 'must be a moment in milliseconds'),
	v.maxValue(8_640_000_000_000_000, 'must be a moment in milliseconds')
);
const text = v.string('must be text');
const id = v.pipe(
	text,
	v.minLength(1, 'must not be empty'),
	v.maxLength(200, 'is too long'),
	// An id ends up in files (the calendar's UID) and keys: a line break there could add lines.
	// eslint-disable-next-line no-control-regex -- refusing control characters is the point
	v.regex(/^[^\u0000-\u001f\u007f]*$/, 'must not hold control characters such as line breaks')
);
const texts = v.array(text, 'must be a list of texts');
const day = v.pipe(text, v.check(isLocalDay, 'must be a calendar day written YYYY-MM-DD'));
const side = v.picklist(sides, oneOf(sides));

const stored = {
	id,
	createdAt: moment,
	updatedAt: moment,
	deletedAt: v.nullable(moment)
};
const dated = { ...stored, at: moment, day };

const painEntrySchema = v.strictObject({
	...dated,
	score: wholeFrom0To10,
	note: text,
	tags: texts,
	redFlagCheck: v.nullable(v.picklist(redFlagCheckStates, oneOf(redFlagCheckStates))),
	redFlags: v.nullable(
		v.record(text, v.boolean('must be true or false'), 'must be answers by question')
	)
});

const bodyMarkSchema = v.strictObject({
	...dated,
	entryId: id,
	regionId: id,
	side,
	intensity: wholeFrom0To10,
	sensations: v.array(
		v.picklist(sensations, 'must be a known sensation'),
		'must be a list of sensations'
	),
	pathId: v.nullable(id),
	pathIndex: v.nullable(count)
});

const dailyCheckSchema = v.strictObject({
	...dated,
	pain: wholeFrom0To10,
	enjoyment: wholeFrom0To10,
	activity: wholeFrom0To10
});

const sessionSchema = v.strictObject({
	...dated,
	kind: v.picklist(sessionKinds, oneOf(sessionKinds)),
	routineId: v.nullable(id),
	routineName: text,
	treatments: v.array(
		v.picklist(clinicTreatments, 'must be a known clinic treatment'),
		'must be a list of clinic treatments'
	),
	otherTreatment: text,
	regionIds: v.array(id, 'must be a list of region ids'),
	sides: v.array(side, 'must be a list of sides'),
	spotsPlanned: count,
	spotsDone: count,
	holdSeconds: count,
	endAt: v.nullable(moment),
	painBefore: v.nullable(wholeFrom0To10),
	painAfter: v.nullable(wholeFrom0To10),
	note: text,
	status: v.picklist(sessionStatuses, oneOf(sessionStatuses))
});

const routineSchema = v.strictObject({
	...stored,
	name: text,
	kind: v.picklist(routineKinds, oneOf(routineKinds)),
	basedOn: v.nullable(id),
	targets: texts,
	tool: v.picklist(routineTools, oneOf(routineTools)),
	position: v.picklist(routinePositions, oneOf(routinePositions)),
	steps: texts,
	spotsPerSide: count,
	holdSeconds: count,
	sides: v.picklist(routineSideChoices, oneOf(routineSideChoices)),
	cautions: texts
});

const weekday = v.pipe(
	v.number('must be weekdays from 0 (Sunday) to 6'),
	v.integer('must be weekdays from 0 (Sunday) to 6'),
	v.minValue(0, 'must be weekdays from 0 (Sunday) to 6'),
	v.maxValue(6, 'must be weekdays from 0 (Sunday) to 6')
);

const planSchema = v.strictObject({
	...stored,
	routineIds: v.array(id, 'must be a list of routine ids'),
	schedule: v.variant(
		'type',
		[
			v.strictObject({
				type: v.literal('weekdays'),
				weekdays: v.array(weekday, 'must be a list of weekdays')
			}),
			v.strictObject({
				type: v.literal('perWeek'),
				daysPerWeek: v.pipe(
					v.number('must be a whole number from 1 to 7'),
					v.integer('must be a whole number from 1 to 7'),
					v.minValue(1, 'must be a whole number from 1 to 7'),
					v.maxValue(7, 'must be a whole number from 1 to 7')
				)
			})
		],
		'must be weekdays or a number of days per week'
	),
	preferredTime: text,
	active: v.boolean('must be true or false')
});

const restDaySchema = v.strictObject({ ...dated, planId: id });

const settingSchema = v.strictObject({ key: id, value: v.unknown(), updatedAt: moment });

// Each schema must produce exactly its record type: a field added to records.ts fails here first.
export const rowSchemas: {
	[Table in BackupTableName]: v.GenericSchema<unknown, BackupTables[Table][number]>;
} = {
	painEntries: painEntrySchema,
	bodyMarks: bodyMarkSchema,
	dailyChecks: dailyCheckSchema,
	sessions: sessionSchema,
	routines: routineSchema,
	plans: planSchema,
	restDays: restDaySchema,
	settings: settingSchema
};
