// A small, realistic journal with rows in every backed-up table, for backup and restore tests.
import { localDay } from '$lib/domain/day';
import {
	backupFormatName,
	currentFormatVersion,
	type Backup,
	type BackupTables
} from '$lib/domain/backupFormat';

const at = (day: number, hour: number, minute = 0) =>
	new Date(2026, 10, day, hour, minute).getTime();

function stored(id: string, moment: number, deletedAt: number | null = null) {
	return { id, createdAt: moment, updatedAt: deletedAt ?? moment, deletedAt };
}

function dated(id: string, moment: number, deletedAt: number | null = null) {
	return { ...stored(id, moment, deletedAt), at: moment, day: localDay(moment) };
}

export function sampleTables(): BackupTables {
	return {
		routines: [
			{
				...stored('routine-own-1', at(10, 20)),
				name: 'Evening glutes, gently',
				kind: 'release',
				basedOn: 'release-glutes',
				targets: ['gluteus-medius', 'piriformis'],
				tool: 'tennis ball',
				position: 'wall',
				steps: ['Lean on the ball', 'Breathe out slowly'],
				spotsPerSide: 3,
				holdSeconds: 45,
				sides: 'both',
				cautions: ['Stop if pain runs down the leg']
			}
		],
		plans: [
			{
				...stored('plan-1', at(10, 20)),
				routineIds: ['routine-own-1', 'stretch-piriformis'],
				schedule: { type: 'weekdays', weekdays: [1, 3, 5] },
				preferredTime: 'before-bed',
				active: true
			}
		],
		restDays: [{ ...dated('rest-1', at(18, 12)), planId: 'plan-1' }],
		painEntries: [
			{
				...dated('entry-1', at(20, 8, 15)),
				score: 6,
				note: 'Stiff after sitting, "worse" on stairs',
				tags: ['morning', 'after sitting'],
				redFlagCheck: null,
				redFlags: null
			},
			{
				...dated('entry-2', at(21, 22, 40)),
				score: 3,
				note: '',
				tags: [],
				redFlagCheck: 'answered',
				redFlags: { 'numbness-saddle': false }
			},
			{
				...dated('entry-3', at(22, 7), at(22, 7, 5)),
				score: 9,
				note: 'entered by mistake',
				tags: [],
				redFlagCheck: 'pending',
				redFlags: null
			}
		],
		bodyMarks: [
			{
				...dated('mark-1', at(20, 8, 15)),
				entryId: 'entry-1',
				regionId: 'piriformis-left',
				side: 'left',
				intensity: 6,
				sensations: ['ache', 'radiating'],
				pathId: 'path-1',
				pathIndex: 0
			},
			{
				...dated('mark-2', at(20, 8, 15)),
				entryId: 'entry-1',
				regionId: 'hamstring-left',
				side: 'left',
				intensity: 4,
				sensations: ['tingling'],
				pathId: 'path-1',
				pathIndex: 1
			},
			{
				...dated('mark-3', at(22, 7), at(22, 7, 5)),
				entryId: 'entry-3',
				regionId: 'quadratus-lumborum-right',
				side: 'right',
				intensity: 9,
				sensations: [],
				pathId: null,
				pathIndex: null
			}
		],
		dailyChecks: [{ ...dated('check-1', at(20, 21)), pain: 5, enjoyment: 6, activity: 4 }],
		sessions: [
			{
				...dated('session-1', at(20, 21, 30)),
				kind: 'release',
				routineId: 'routine-own-1',
				routineName: 'Evening glutes, gently',
				treatments: [],
				otherTreatment: '',
				regionIds: ['piriformis-left', 'gluteus-medius-left'],
				sides: ['left'],
				spotsPlanned: 6,
				spotsDone: 5,
				holdSeconds: 45,
				endAt: at(20, 21, 42),
				painBefore: 6,
				painAfter: 4,
				note: 'Ball on the wall',
				status: 'partial'
			},
			{
				...dated('session-2', at(21, 17)),
				kind: 'clinic',
				routineId: null,
				routineName: 'Acupuncture',
				treatments: ['acupuncture'],
				otherTreatment: '',
				regionIds: [],
				sides: [],
				spotsPlanned: 0,
				spotsDone: 0,
				holdSeconds: 0,
				endAt: null,
				painBefore: null,
				painAfter: 3,
				note: '',
				status: 'logged'
			}
		],
		settings: [{ key: 'theme', value: 'dark', updatedAt: at(10, 9) }]
	};
}

export function sampleBackup(schemaVersion = 1): Backup {
	return {
		format: backupFormatName,
		formatVersion: currentFormatVersion,
		appVersion: '0.1.0',
		schemaVersion,
		exportedAt: new Date(at(23, 12)).toISOString(),
		tables: sampleTables()
	};
}
