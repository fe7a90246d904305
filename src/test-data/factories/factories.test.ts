// Other tests trust these factories to build real rows: this checks that they do.
import { describe, expect, it } from 'vitest';
import { checkBackup, currentFormatVersion, backupFormatName } from '$lib/domain/backupFormat';
import { bodyMarkFactory } from './bodyMark';
import { dailyCheckFactory } from './dailyCheck';
import { dayRollupFactory, painTotals } from './dayRollup';
import { draftFactory } from './draft';
import { painEntryFactory } from './painEntry';
import { planFactory } from './plan';
import { restDayFactory } from './restDay';
import { routineFactory } from './routine';
import { sessionFactory } from './session';
import { settingFactory } from './setting';
import { localMoment } from '../time';

describe('test factories', () => {
	it('build whole rows that a backup accepts, with the defaults alone', () => {
		const entry = painEntryFactory.build();
		const plan = planFactory.build();
		const tables = {
			painEntries: [entry],
			bodyMarks: [bodyMarkFactory.build({ entryId: entry.id })],
			dailyChecks: [dailyCheckFactory.build()],
			sessions: [sessionFactory.build(), sessionFactory.build({ kind: 'clinic' })],
			routines: [routineFactory.build()],
			plans: [plan],
			restDays: [restDayFactory.build({ planId: plan.id })],
			settings: [settingFactory.build()]
		};
		const backup = {
			format: backupFormatName,
			formatVersion: currentFormatVersion,
			appVersion: '0.1.0',
			schemaVersion: 3,
			exportedAt: new Date(localMoment(25, 12)).toISOString(),
			tables
		};
		expect(checkBackup(backup, 3)).toEqual({ ok: true, backup });
	});

	it('give each row its own id or key, and let overrides win', () => {
		const entries = painEntryFactory.buildList(3, { score: 2 });
		expect(new Set(entries.map((entry) => entry.id)).size).toBe(3);
		expect(entries.map((entry) => entry.score)).toEqual([2, 2, 2]);
		const [first, second] = [settingFactory.build(), settingFactory.build()];
		expect(first.key).not.toBe(second.key);
		expect(draftFactory.build({ key: 'check-in' }).key).toBe('check-in');
	});

	it('take the local day from the moment, and keep a deletion as the last update', () => {
		const lateEvening = localMoment(24, 23, 30);
		expect(sessionFactory.build({ at: lateEvening })).toMatchObject({
			at: lateEvening,
			day: '2026-11-24',
			createdAt: lateEvening,
			updatedAt: lateEvening,
			deletedAt: null
		});
		expect(restDayFactory.build({ at: localMoment(1, 9, 0, 3) }).day).toBe('2026-03-01');
		expect(painEntryFactory.build({ at: lateEvening, day: '2026-11-30' }).day).toBe('2026-11-30');
		const deleted = bodyMarkFactory.build({ at: lateEvening, deletedAt: localMoment(25, 8) });
		expect(deleted).toMatchObject({ createdAt: lateEvening, updatedAt: localMoment(25, 8) });
		expect(routineFactory.build({ createdAt: localMoment(2, 8) }).updatedAt).toBe(
			localMoment(2, 8)
		);
	});

	it('sum a day of scores for a rollup, and the side of a mark from its region', () => {
		expect(dayRollupFactory.build({ day: '2026-11-03', ...painTotals([6, 2, 7]) })).toMatchObject({
			day: '2026-11-03',
			painCount: 3,
			painSum: 15,
			painMin: 2,
			painMax: 7
		});
		expect(painTotals([])).toEqual({ painCount: 0, painSum: 0, painMin: null, painMax: null });
		expect(bodyMarkFactory.build({ regionId: 'right-calf' }).side).toBe('right');
		expect(bodyMarkFactory.build({ regionId: 'sacrum' }).side).toBe('centre');
	});
});
