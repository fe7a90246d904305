// Factories for stored rows in unit tests: whole rows with sensible defaults, overridable.
import { localDay, type EpochMs } from '$lib/domain/day';
import type { BodyMark, DailyCheck, PainEntry, Session } from '$lib/domain/records';

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

function dated(at: EpochMs) {
	return { createdAt: at, updatedAt: at, deletedAt: null, at, day: localDay(at) };
}

export function painEntryRow(
	at: EpochMs,
	score: number,
	extra: Partial<PainEntry> = {}
): PainEntry {
	return {
		id: nextId('entry'),
		...dated(at),
		score,
		note: '',
		tags: [],
		redFlagCheck: null,
		redFlags: null,
		...extra
	};
}

export function sessionRow(at: EpochMs, extra: Partial<Session> = {}): Session {
	return {
		id: nextId('session'),
		...dated(at),
		kind: 'release',
		routineId: 'routine-glutes',
		routineName: 'Glutes on the wall',
		treatments: [],
		otherTreatment: '',
		regionIds: [],
		sides: [],
		spotsPlanned: 2,
		spotsDone: 2,
		holdSeconds: 60,
		endAt: null,
		painBefore: null,
		painAfter: null,
		note: '',
		status: 'finished',
		...extra
	};
}

export function dailyCheckRow(
	at: EpochMs,
	pain: number,
	enjoyment: number,
	activity: number
): DailyCheck {
	return { id: nextId('check'), ...dated(at), pain, enjoyment, activity };
}

export function bodyMarkRow(
	at: EpochMs,
	regionId: string,
	intensity: number,
	extra: Partial<BodyMark> = {}
): BodyMark {
	return {
		id: nextId('mark'),
		...dated(at),
		entryId: 'entry-none',
		regionId,
		side: 'left',
		intensity,
		sensations: [],
		pathId: null,
		pathIndex: null,
		...extra
	};
}
