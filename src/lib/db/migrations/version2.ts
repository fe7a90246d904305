// Schema version 2, as it shipped: one summary row a local day, built from the version-1 rows.
// Frozen on purpose: later versions change the rollup's shape and rebuild it themselves, so this
// keeps computing the version-2 shape from version-1 rows, whatever the current code looks like.

import type { Transaction } from 'dexie';

interface VersionOneRow {
	day: string;
	at: number;
	deletedAt: number | null;
}

interface VersionOneTables {
	painEntries: (VersionOneRow & { score: number })[];
	sessions: (VersionOneRow & {
		kind: string;
		treatment: string | null;
		holdSeconds: number;
		painBefore: number | null;
		painAfter: number | null;
	})[];
	dailyChecks: (VersionOneRow & { pain: number; enjoyment: number; activity: number })[];
	bodyMarks: (VersionOneRow & { regionId: string; intensity: number })[];
}

const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

function rollupOf(day: string, rows: VersionOneTables) {
	const live = <Row extends VersionOneRow>(list: Row[]) =>
		list.filter((row) => row.deletedAt === null).sort((a, b) => a.at - b.at);
	const scores = live(rows.painEntries).map((entry) => entry.score);
	const sessions = live(rows.sessions);
	const checks = live(rows.dailyChecks);
	const marks = live(rows.bodyMarks);
	if (scores.length + sessions.length + checks.length + marks.length === 0) return null;
	const selfCare = sessions.filter((session) => session.kind !== 'clinic');
	const before = sessions.flatMap((session) => session.painBefore ?? []);
	const after = sessions.flatMap((session) => session.painAfter ?? []);
	const regions: Record<string, { count: number; intensitySum: number }> = {};
	for (const mark of marks) {
		const tally = (regions[mark.regionId] ??= { count: 0, intensitySum: 0 });
		tally.count += 1;
		tally.intensitySum += mark.intensity;
	}
	const check = checks.at(-1);
	return {
		day,
		painCount: scores.length,
		painSum: total(scores),
		painMin: scores.length > 0 ? Math.min(...scores) : null,
		painMax: scores.length > 0 ? Math.max(...scores) : null,
		releaseCount: selfCare.length,
		holdSeconds: total(selfCare.map((session) => session.holdSeconds)),
		clinic: sessions.flatMap((session) =>
			session.kind === 'clinic' && session.treatment ? [session.treatment] : []
		),
		sessionPainBeforeSum: total(before),
		sessionPainBeforeCount: before.length,
		sessionPainAfterSum: total(after),
		sessionPainAfterCount: after.length,
		peg: check ? (check.pain + check.enjoyment + check.activity) / 3 : null,
		markCount: marks.length,
		regions
	};
}

export async function upgradeToVersion2(transaction: Transaction) {
	const byDay = new Map<string, VersionOneTables>();
	const tables = ['painEntries', 'sessions', 'dailyChecks', 'bodyMarks'] as const;
	for (const table of tables) {
		const rows = await transaction.table<VersionOneRow>(table).toArray();
		for (const row of rows) {
			let day = byDay.get(row.day);
			if (!day) {
				day = { painEntries: [], sessions: [], dailyChecks: [], bodyMarks: [] };
				byDay.set(row.day, day);
			}
			(day[table] as VersionOneRow[]).push(row);
		}
	}
	const rollups = [...byDay].flatMap(([day, rows]) => rollupOf(day, rows) ?? []);
	await transaction.table('dayRollups').bulkPut(rollups);
}
