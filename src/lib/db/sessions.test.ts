import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { localMoment } from '../../test-data/time';
import { startTimer, startNextHold } from '$lib/domain/guidedTimer';
import { builtInRoutine } from '$lib/domain/routines';
import { database } from './database';
import { ValidationError } from './errors';
import {
	deleteSession,
	getSession,
	logClinicVisit,
	logSession,
	restoreSession,
	saveTimerSession,
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
	it('saves a timed session with its summary and clears the session in progress', async () => {
		let state = startTimer(piriformis, ['left', 'right'], localMoment(25, 21));
		state = startNextHold(state, localMoment(25, 21, 1));
		await saveTimerDraft(state, localMoment(25, 21, 1));
		expect(await loadTimerDraft()).toEqual(state);
		const session = await saveTimerSession(
			state,
			{ painBefore: 6, painAfter: 4, note: ' looser ' },
			localMoment(25, 21, 5)
		);
		expect(session).toMatchObject({
			kind: 'release',
			routineId: 'release-piriformis',
			day: '2026-11-25',
			spotsDone: 2,
			spotsPlanned: 2,
			holdSeconds: 40,
			status: 'finished',
			painBefore: 6,
			painAfter: 4,
			note: 'looser',
			regionIds: ['left-deep-glute', 'right-deep-glute']
		});
		expect(await loadTimerDraft()).toBeUndefined();
		expect((await sessionsOnDay('2026-11-25')).map((row) => row.id)).toEqual([session.id]);
	});

	it('refuses pain outside 0–10 and keeps the session in progress', async () => {
		const state = startTimer(piriformis, ['left'], localMoment(25, 21));
		await saveTimerDraft(state);
		await expect(
			saveTimerSession(state, { painBefore: 11, painAfter: null, note: '' }, now)
		).rejects.toBeInstanceOf(ValidationError);
		expect(await (await database()).sessions.count()).toBe(0);
		expect(await loadTimerDraft()).toBeDefined();
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
		const session = await saveTimerSession(
			state,
			{ painBefore: null, painAfter: null, note: '' },
			localMoment(25, 8, 1)
		);
		await updateSession(
			session.id,
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
				session.id,
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
		expect((await getSession(session.id))?.endAt).toBe(localMoment(24, 21, 10));
	});
});
