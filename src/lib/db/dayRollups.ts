// The per-day rollup: how one day's live rows are summed into a DayRollup, and how the rollups of
// every day, or of some days, are rebuilt inside a transaction.

import type { Transaction } from 'dexie';
import type { LocalDay } from '$lib/domain/day';
import { byMoment, isLive } from './rows';
import type { BodyMark, DailyCheck, DayRollup, PainEntry, Session } from './types';

/** The tables whose rows are summed into rollups; a write to any of them updates its days. */
export const rollupSources = ['painEntries', 'sessions', 'dailyChecks', 'bodyMarks'] as const;
export type RollupSource = (typeof rollupSources)[number];

export interface DayRows {
	painEntries: readonly PainEntry[];
	sessions: readonly Session[];
	dailyChecks: readonly DailyCheck[];
	bodyMarks: readonly BodyMark[];
}

/** The rollup of a day from its rows (deleted rows are ignored); null when no live row is left. */
export function computeDayRollup(day: LocalDay, rows: DayRows): DayRollup | null {
	const entries = rows.painEntries.filter(isLive);
	const sessions = rows.sessions.filter(isLive).sort(byMoment);
	const checks = rows.dailyChecks.filter(isLive).sort(byMoment);
	const marks = rows.bodyMarks.filter(isLive);
	if (entries.length + sessions.length + checks.length + marks.length === 0) return null;

	const scores = entries.map((entry) => entry.score);
	const selfCare = sessions.filter((session) => session.kind !== 'clinic');
	const before = sessions.flatMap((session) =>
		session.painBefore === null ? [] : [session.painBefore]
	);
	const after = sessions.flatMap((session) =>
		session.painAfter === null ? [] : [session.painAfter]
	);
	const latestCheck = checks.at(-1);
	const regions: Record<string, { count: number; intensitySum: number }> = {};
	const sensations: DayRollup['sensations'] = {};
	for (const mark of marks) {
		const tally = (regions[mark.regionId] ??= { count: 0, intensitySum: 0 });
		tally.count += 1;
		tally.intensitySum += mark.intensity;
		for (const sensation of new Set(mark.sensations)) {
			const byRegion = (sensations[sensation] ??= {});
			byRegion[mark.regionId] = (byRegion[mark.regionId] ?? 0) + 1;
		}
	}
	const visits = sessions.filter((session) => session.kind === 'clinic');
	return {
		day,
		painCount: scores.length,
		painSum: sum(scores),
		painMin: scores.length > 0 ? Math.min(...scores) : null,
		painMax: scores.length > 0 ? Math.max(...scores) : null,
		selfCareCount: selfCare.length,
		holdSeconds: sum(selfCare.map((session) => session.holdSeconds)),
		clinicVisitCount: visits.length,
		clinic: visits.flatMap((visit) => visit.treatments),
		sessionPainBeforeSum: sum(before),
		sessionPainBeforeCount: before.length,
		sessionPainAfterSum: sum(after),
		sessionPainAfterCount: after.length,
		peg: latestCheck ? (latestCheck.pain + latestCheck.enjoyment + latestCheck.activity) / 3 : null,
		markCount: marks.length,
		regions,
		sensations
	};
}

function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

/** Groups rows of every source table by day and computes each day's rollup. */
export function computeRollups(rows: DayRows): DayRollup[] {
	const byDay = new Map<LocalDay, DayRows>();
	const rowsOf = (day: LocalDay) => {
		let found = byDay.get(day);
		if (!found) {
			found = { painEntries: [], sessions: [], dailyChecks: [], bodyMarks: [] };
			byDay.set(day, found);
		}
		return found as { [Source in RollupSource]: DayRows[Source][number][] };
	};
	for (const entry of rows.painEntries) rowsOf(entry.day).painEntries.push(entry);
	for (const session of rows.sessions) rowsOf(session.day).sessions.push(session);
	for (const check of rows.dailyChecks) rowsOf(check.day).dailyChecks.push(check);
	for (const mark of rows.bodyMarks) rowsOf(mark.day).bodyMarks.push(mark);
	return [...byDay.entries()].flatMap(([day, dayRows]) => {
		const rollup = computeDayRollup(day, dayRows);
		return rollup ? [rollup] : [];
	});
}

/** Rebuilds the rollup of every day in the journal from its rows, in place of any stored. */
export async function rebuildAllRollups(transaction: Transaction) {
	const rollups = computeRollups({
		painEntries: await transaction.table<PainEntry>('painEntries').toArray(),
		sessions: await transaction.table<Session>('sessions').toArray(),
		dailyChecks: await transaction.table<DailyCheck>('dailyChecks').toArray(),
		bodyMarks: await transaction.table<BodyMark>('bodyMarks').toArray()
	});
	await replaceAllRollups(transaction, rollups);
}

/**
 * Recomputes the rollups of `days` from their rows, inside `transaction`: one range read per
 * source table, then the rollups written and those of days left without live rows deleted.
 */
export async function rebuildRollupsOf(transaction: Transaction, days: ReadonlySet<LocalDay>) {
	if (days.size === 0) return;
	const sorted = [...days].sort();
	const from = sorted[0]!;
	const to = sorted.at(-1)!;
	// A plain range read is one getAll; a Dexie filter would walk a cursor row by row, which
	// after a restore of years means tens of thousands of round trips.
	const read = async <Row extends { day: LocalDay }>(name: RollupSource) =>
		(
			await transaction.table<Row>(name).where('day').between(from, to, true, true).toArray()
		).filter((row) => days.has(row.day));
	const rollups = computeRollups({
		painEntries: await read<PainEntry>('painEntries'),
		sessions: await read<Session>('sessions'),
		dailyChecks: await read<DailyCheck>('dailyChecks'),
		bodyMarks: await read<BodyMark>('bodyMarks')
	});
	const kept = new Set(rollups.map((rollup) => rollup.day));
	const table = transaction.table<DayRollup, LocalDay>('dayRollups');
	await table.bulkPut(rollups);
	await table.bulkDelete(sorted.filter((day) => !kept.has(day)));
}

/** Puts `rollups` in place of every stored rollup, inside `transaction`. */
export async function replaceAllRollups(transaction: Transaction, rollups: readonly DayRollup[]) {
	const table = transaction.table<DayRollup, LocalDay>('dayRollups');
	await table.clear();
	await table.bulkPut(rollups);
}
