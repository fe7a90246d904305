// A small, realistic journal with rows in every backed-up table, for backup and restore tests.
import {
	backupFormatName,
	currentFormatVersion,
	type Backup,
	type BackupTables
} from '$lib/domain/backupFormat';
import { bodyMarkFactory } from './factories/bodyMark';
import { dailyCheckFactory } from './factories/dailyCheck';
import { painEntryFactory } from './factories/painEntry';
import { planFactory } from './factories/plan';
import { restDayFactory } from './factories/restDay';
import { routineFactory } from './factories/routine';
import { sessionFactory } from './factories/session';
import { settingFactory } from './factories/setting';
import { localMoment } from './time';

export function sampleTables(): BackupTables {
	return {
		routines: [
			routineFactory.build({
				id: 'routine-own-1',
				createdAt: localMoment(10, 20),
				name: 'Evening glutes, gently',
				basedOn: 'release-glutes',
				targets: ['gluteus-medius', 'piriformis'],
				steps: ['Lean on the ball', 'Breathe out slowly'],
				spotsPerSide: 3,
				holdSeconds: 45,
				cautions: ['Stop if pain runs down the leg']
			})
		],
		plans: [
			planFactory.build({
				id: 'plan-1',
				createdAt: localMoment(10, 20),
				routineIds: ['routine-own-1', 'stretch-piriformis'],
				schedule: { type: 'weekdays', weekdays: [1, 3, 5] },
				preferredTime: 'before-bed'
			})
		],
		restDays: [restDayFactory.build({ id: 'rest-1', at: localMoment(18, 12), planId: 'plan-1' })],
		painEntries: [
			painEntryFactory.build({
				id: 'entry-1',
				at: localMoment(20, 8, 15),
				score: 6,
				note: 'Stiff after sitting, "worse" on stairs',
				tags: ['morning', 'after sitting']
			}),
			painEntryFactory.build({
				id: 'entry-2',
				at: localMoment(21, 22, 40),
				score: 3,
				redFlagCheck: 'answered',
				redFlags: { 'numbness-saddle': false }
			}),
			painEntryFactory.build({
				id: 'entry-3',
				at: localMoment(22, 7),
				deletedAt: localMoment(22, 7, 5),
				score: 9,
				note: 'entered by mistake',
				redFlagCheck: 'pending'
			})
		],
		bodyMarks: [
			bodyMarkFactory.build({
				id: 'mark-1',
				at: localMoment(20, 8, 15),
				entryId: 'entry-1',
				regionId: 'piriformis-left',
				side: 'left',
				intensity: 6,
				sensations: ['ache', 'radiating'],
				pathId: 'path-1',
				pathIndex: 0
			}),
			bodyMarkFactory.build({
				id: 'mark-2',
				at: localMoment(20, 8, 15),
				entryId: 'entry-1',
				regionId: 'hamstring-left',
				side: 'left',
				intensity: 4,
				sensations: ['tingling'],
				pathId: 'path-1',
				pathIndex: 1
			}),
			bodyMarkFactory.build({
				id: 'mark-3',
				at: localMoment(22, 7),
				deletedAt: localMoment(22, 7, 5),
				entryId: 'entry-3',
				regionId: 'quadratus-lumborum-right',
				side: 'right',
				intensity: 9
			})
		],
		dailyChecks: [
			dailyCheckFactory.build({
				id: 'check-1',
				at: localMoment(20, 21),
				pain: 5,
				enjoyment: 6,
				activity: 4
			})
		],
		sessions: [
			sessionFactory.build({
				id: 'session-1',
				at: localMoment(20, 21, 30),
				routineId: 'routine-own-1',
				routineName: 'Evening glutes, gently',
				regionIds: ['piriformis-left', 'gluteus-medius-left'],
				sides: ['left'],
				spotsPlanned: 6,
				spotsDone: 5,
				holdSeconds: 45,
				endAt: localMoment(20, 21, 42),
				painBefore: 6,
				painAfter: 4,
				note: 'Ball on the wall',
				status: 'partial'
			}),
			sessionFactory.build({
				id: 'session-2',
				at: localMoment(21, 17),
				kind: 'clinic',
				routineId: null,
				routineName: 'Acupuncture',
				treatments: ['acupuncture'],
				spotsPlanned: 0,
				spotsDone: 0,
				holdSeconds: 0,
				painAfter: 3,
				status: 'logged'
			})
		],
		settings: [settingFactory.build({ key: 'theme', value: 'dark', updatedAt: localMoment(10, 9) })]
	};
}

export function sampleBackup(schemaVersion = 1): Backup {
	return {
		format: backupFormatName,
		formatVersion: currentFormatVersion,
		appVersion: '0.1.0',
		schemaVersion,
		exportedAt: new Date(localMoment(23, 12)).toISOString(),
		tables: sampleTables()
	};
}
