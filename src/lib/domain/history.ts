// Grouping pain entries into days for History: each day with its mean, lowest and highest score.

import type { LocalDay } from './day';

export interface DaySummary {
	count: number;
	mean: number;
	lowest: number;
	highest: number;
}

/** Summary of a day's scores; null for a day without scores. */
export function summariseScores(scores: readonly number[]): DaySummary | null {
	if (scores.length === 0) return null;
	let sum = 0;
	let lowest = Infinity;
	let highest = -Infinity;
	for (const score of scores) {
		sum += score;
		lowest = Math.min(lowest, score);
		highest = Math.max(highest, score);
	}
	return { count: scores.length, mean: sum / scores.length, lowest, highest };
}

/** Groups rows by their day, newest day first and newest row first within a day. */
export function groupByDay<Row extends { day: LocalDay; at: number }>(
	rows: readonly Row[]
): { day: LocalDay; rows: Row[] }[] {
	const byDay = new Map<LocalDay, Row[]>();
	for (const row of rows) {
		const list = byDay.get(row.day);
		if (list) list.push(row);
		else byDay.set(row.day, [row]);
	}
	return [...byDay.entries()]
		.sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
		.map(([day, list]) => ({ day, rows: list.sort((a, b) => b.at - a.at) }));
}
