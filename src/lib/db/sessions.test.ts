import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { localMoment } from '../../test-data/time';
import { answerPainBefore, nextHold, runOfTimer, startRun } from '$lib/domain/guidedRun';
import { startTimer } from '$lib/domain/guidedTimer';
import { builtInRoutine } from '$lib/domain/routines';
import { database } from './database';
import { ChangedElsewhereError, ValidationError } from './errors';
import type { Session } from './types';
import {
	deleteSession,
	getSession,
	logClinicVisit,
	logSession,
	restoreSession,
	saveGuidedRun,
	sessionsBetween,
	sessionsOnDay,
	updateClinicVisit,
	updateSession
} from './sessions';
import { loadTimerDraft, saveTimerDraft } from './timerDraft';

useCleanDatabase();

const now = localMoment(25, 22);
const piriformis = { ...builtInRoutine('release-piriformis')!, holdSeconds: 20, spotsPerSide: 1 };

describe('sessions', () => {
	it('saves a guided session, one session a routine, and clears the session in progress', async () => {
		const flank = builtInRoutine('release-quadratus-lumborum')!;
		let run = startRun(
			[
				{ routine: piriformis, sides: ['left', 'right'] },
				{ routine: { ...flank, holdSeconds: 20, spotsPerSide: 1 }, sides: ['left'] }
			],
			localMoment(25, 21),
			{ fromPlan: true }
		);
		run = answerPainBefore(run, 6, localMoment(25, 21));
		run = nextHold(run, localMoment(25, 21, 1));
		run = nextHold(run, localMoment(25, 21, 2));
		await saveTimerDraft(run, localMoment(25, 21, 2));
		expect(await loadTimerDraft()).toEqual(run);
		const sessions = await saveGuidedRun(
			run,
			{ painBefore: 6, painAfter: 4, note: ' looser ' },
			localMoment(25, 21, 5)
		);
		expect(sessions).toMatchObject([
			{
				kind: 'release',
				routineId: 'release-piriformis',
				day: '2026-11-25',
				spotsDone: 2,
				spotsPlanned: 2,
				holdSeconds: 40,
				status: 'finished',
				painBefore: 6,
				painAfter: 4,
				note: '',
				regionIds: ['left-deep-glute', 'right-deep-glute']
			},
			{
				routineId: 'release-quadratus-lumborum',
				spotsDone: 1,
				status: 'finished',
				painBefore: 6,
				painAfter: 4,
				// The note is written once, with the last routine.
				note: 'looser'
			}
		]);
		expect(await loadTimerDraft()).toBeUndefined();
		expect((await sessionsOnDay('2026-11-25')).map((row) => row.id)).toEqual(
			sessions.map((session) => session.id)
		);
	});

	it('refuses pain outside 0–10 and keeps the session in progress', async () => {
		const run = answerPainBefore(
			startRun([{ routine: piriformis, sides: ['left'] }], localMoment(25, 21)),
			null,
			localMoment(25, 21)
		);
		await saveTimerDraft(run);
		await expect(
			saveGuidedRun(run, { painBefore: 11, painAfter: null, note: '' }, now)
		).rejects.toBeInstanceOf(ValidationError);
		expect(await (await database()).sessions.count()).toBe(0);
		expect(await loadTimerDraft()).toBeDefined();
	});

	it('resumes a one-routine timer kept by the version before', async () => {
		const timer = startTimer(piriformis, ['left'], localMoment(25, 21));
		await (
			await database()
		).drafts.put({ key: 'timer', value: timer, updatedAt: localMoment(25, 21) });
		expect(await loadTimerDraft()).toMatchObject({
			version: 2,
			timers: [timer],
			painBeforeAsked: true
		});
	});

	it('logs a session afterwards for the chosen sides', async () => {
		const session = await logSession(
			{
				routineId: 'release-glutes',
				at: localMoment(24, 20),
				endAt: localMoment(24, 20, 15),
				spotsPerSide: 3,
				holdSeconds: 60,
				sides: ['right'],
				painBefore: null,
				painAfter: 3,
				note: ''
			},
			now
		);
		expect(session).toMatchObject({
			status: 'logged',
			spotsDone: 3,
			holdSeconds: 180,
			regionIds: ['right-upper-glute', 'right-main-glute'],
			day: '2026-11-24'
		});
	});

	it('refuses an end before the start and stores nothing', async () => {
		const attempt = logSession(
			{
				routineId: 'release-glutes',
				at: localMoment(24, 20),
				endAt: localMoment(24, 19),
				spotsPerSide: 3,
				holdSeconds: 60,
				sides: ['left'],
				painBefore: null,
				painAfter: null,
				note: ''
			},
			now
		);
		const error = (await attempt.catch((caught: unknown) => caught)) as ValidationError;
		expect(error.fieldErrors.endAt).toMatch(/before the start/);
		expect(await (await database()).sessions.count()).toBe(0);
	});

	it('logs a clinic visit at midday of its date, edits it, and deletes it with undo', async () => {
		const visit = await logClinicVisit(
			{
				day: '2026-11-23',
				treatments: ['cupping'],
				otherTreatment: '',
				regionIds: ['left-flank', 'sacrum'],
				note: ''
			},
			now
		);
		expect(visit).toMatchObject({
			kind: 'clinic',
			treatments: ['cupping'],
			routineName: 'Cupping',
			at: localMoment(23, 12),
			sides: ['left', 'centre'],
			endAt: null
		});
		await updateClinicVisit(
			visit.id,
			{
				day: '2026-11-24',
				treatments: ['moxibustion'],
				otherTreatment: '',
				regionIds: ['sacrum'],
				note: 'warm'
			},
			now
		);
		expect(await getSession(visit.id)).toMatchObject({
			day: '2026-11-24',
			treatments: ['moxibustion'],
			routineName: 'Moxibustion',
			note: 'warm'
		});
		await deleteSession(visit.id, now);
		expect(await sessionsBetween('2026-11-20', '2026-11-25')).toEqual([]);
		await restoreSession(visit.id, now);
		expect((await sessionsBetween('2026-11-24', '2026-11-24')).map((row) => row.id)).toEqual([
			visit.id
		]);
	});

	it('edits a session onto another day and refuses a future end', async () => {
		const state = startTimer(piriformis, ['left'], localMoment(25, 8));
		const [session] = await saveGuidedRun(
			runOfTimer(state),
			{ painBefore: null, painAfter: null, note: '' },
			localMoment(25, 8, 1)
		);
		await updateSession(
			session!.id,
			{
				at: localMoment(24, 21),
				endAt: localMoment(24, 21, 10),
				painBefore: 5,
				painAfter: 2,
				note: ''
			},
			now
		);
		expect(await sessionsOnDay('2026-11-25')).toEqual([]);
		expect((await sessionsOnDay('2026-11-24'))[0]).toMatchObject({ painBefore: 5, painAfter: 2 });
		await expect(
			updateSession(
				session!.id,
				{
					at: localMoment(24, 21),
					endAt: now + 3_600_000,
					painBefore: null,
					painAfter: null,
					note: ''
				},
				now
			)
		).rejects.toBeInstanceOf(ValidationError);
		expect((await getSession(session!.id))?.endAt).toBe(localMoment(24, 21, 10));
	});
});

describe('a session edit saved over a change made elsewhere', () => {
	it('is refused for a session and a clinic visit read before the other change', async () => {
		const state = startTimer(piriformis, ['left'], localMoment(25, 8));
		const [session] = (await saveGuidedRun(
			runOfTimer(state),
			{ painBefore: 5, painAfter: 3, note: '' },
			localMoment(25, 8, 1)
		)) as [Session];
		const edit = (note: string) => ({
			at: session.at,
			endAt: session.endAt,
			painBefore: 5,
			painAfter: 3,
			note
		});
		await updateSession(session.id, edit('elsewhere'), now, { updatedAt: session.updatedAt });
		await expect(
			updateSession(session.id, edit('here'), now + 1, { updatedAt: session.updatedAt })
		).rejects.toBeInstanceOf(ChangedElsewhereError);
		expect((await getSession(session.id))?.note).toBe('elsewhere');

		const visit = await logClinicVisit(
			{
				day: '2026-11-23',
				treatments: ['cupping'],
				otherTreatment: '',
				regionIds: ['sacrum'],
				note: ''
			},
			now
		);
		const visitEdit = (note: string) => ({
			day: '2026-11-23',
			treatments: ['cupping' as const],
			otherTreatment: '',
			regionIds: ['sacrum'],
			note
		});
		await updateClinicVisit(visit.id, visitEdit('elsewhere'), now + 1, {
			updatedAt: visit.updatedAt
		});
		await expect(
			updateClinicVisit(visit.id, visitEdit('here'), now + 2, { updatedAt: visit.updatedAt })
		).rejects.toBeInstanceOf(ChangedElsewhereError);
		expect((await getSession(visit.id))?.note).toBe('elsewhere');
	});
});
