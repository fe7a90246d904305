// Adherence to a plan: what is due and done each day, the week's percentage, streaks, and the
// habit-strength score of Loop Habit Tracker.

import type { PlanSchedule } from '$lib/domain/records';
import { addDays, dayRange, daysBetween, weekdayOf, type LocalDay } from './day';
import { daysPerWeek } from './plan';

export interface AdherenceInput {
	routineIds: string[];
	schedule: PlanSchedule;
	/** The first day the plan counts from. */
	startDay: LocalDay;
	/** Sessions that did something (spots done, or logged afterwards). */
	sessions: readonly { day: LocalDay; routineId: string | null }[];
	/** Planned days the user marked as rest days. */
	restDays: readonly LocalDay[];
}

/**
 * Monday of the week a day is in. Adherence weeks are a data definition, Monday to Sunday in
 * every locale, so "n days a week" counts the same wherever the journal is opened; screens that
 * list weekdays for the person order them with `weekdaysInOrder()` from `locale.ts`.
 */
export function weekStart(day: LocalDay): LocalDay {
	return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** The plan's routines done on each day. */
export function routinesDoneByDay(input: AdherenceInput): Map<LocalDay, Set<string>> {
	const planned = new Set(input.routineIds);
	const byDay = new Map<LocalDay, Set<string>>();
	for (const session of input.sessions) {
		if (session.routineId === null || !planned.has(session.routineId)) continue;
		const done = byDay.get(session.day) ?? new Set<string>();
		done.add(session.routineId);
		byDay.set(session.day, done);
	}
	return byDay;
}

/** Share of the plan's routines done on a day, 0 to 1. */
function doneShare(
	input: AdherenceInput,
	byDay: ReadonlyMap<LocalDay, Set<string>>,
	day: LocalDay
) {
	if (input.routineIds.length === 0) return 0;
	return (byDay.get(day)?.size ?? 0) / input.routineIds.length;
}

export interface DayAdherence {
	/** Routines planned that day (0 when it is not a plan day). */
	planned: number;
	done: number;
	rest: boolean;
	/** Planned, not a rest day, and not all done yet. */
	due: boolean;
}

/**
 * A fixed-days plan is planned on its weekdays. A "n days a week" plan is planned on any day until
 * the week's n days are done; a day already counted stays planned so its done/planned still reads.
 */
export function dayAdherence(input: AdherenceInput, day: LocalDay): DayAdherence {
	return adherenceOn(input, routinesDoneByDay(input), day);
}

function adherenceOn(
	input: AdherenceInput,
	byDay: ReadonlyMap<LocalDay, Set<string>>,
	day: LocalDay
): DayAdherence {
	const done = byDay.get(day)?.size ?? 0;
	const rest = input.restDays.includes(day);
	const count = input.routineIds.length;
	let isPlanDay: boolean;
	if (input.schedule.type === 'weekdays') {
		isPlanDay = input.schedule.weekdays.includes(weekdayOf(day));
	} else {
		let before = 0;
		for (let other = weekStart(day); other < day; other = addDays(other, 1)) {
			if (doneShare(input, byDay, other) >= 1 || input.restDays.includes(other)) before += 1;
		}
		isPlanDay = done > 0 || before < input.schedule.daysPerWeek;
	}
	const planned = isPlanDay && day >= input.startDay ? count : 0;
	return { planned, done, rest, due: planned > 0 && !rest && done < planned };
}

/**
 * For Insights: each planned day from `from` to `to` (rest days and days before the plan left
 * out), and whether every planned routine was done that day. A fixed-days plan is planned on its
 * weekdays. An "n days a week" plan has no fixed days, so a week's days count as planned only up
 * to its target: the days something of the plan was done, and, when the week fell short, as many
 * of its last empty days as were missing (the days on which the target could still have been
 * met, and then no longer). Days after `to` may still be used, so they are the last ones given up.
 * In one pass: over ten years, asking day by day re-walked each week thousands of times.
 */
export function planDoneByDay(
	input: AdherenceInput,
	from: LocalDay,
	to: LocalDay
): Map<LocalDay, boolean> {
	const byDay = routinesDoneByDay(input);
	const restDays = new Set(input.restDays);
	const count = input.routineIds.length;
	const schedule = input.schedule;
	const result = new Map<LocalDay, boolean>();
	const start = from > input.startDay ? from : input.startDay;
	if (start > to || count === 0) return result;
	if (schedule.type === 'weekdays') {
		let weekday = weekdayOf(start);
		for (const day of dayRange(start, to)) {
			if (schedule.weekdays.includes(weekday) && !restDays.has(day)) {
				result.set(day, (byDay.get(day)?.size ?? 0) >= count);
			}
			weekday = (weekday + 1) % 7;
		}
		return result;
	}
	// Whole Monday-to-Sunday weeks, so the week's days before `start` (and after `to`) count too.
	for (let monday = weekStart(start); monday <= to; monday = addDays(monday, 7)) {
		const week = dayRange(monday, addDays(monday, 6));
		const used = week.filter((day) => byDay.has(day) || restDays.has(day)).length;
		/** Days nothing of the plan was done on, not rest, from the plan's start on. */
		const empty = week.filter(
			(day) => !byDay.has(day) && !restDays.has(day) && day >= input.startDay
		);
		const missing = Math.max(0, schedule.daysPerWeek - used);
		const missed = new Set(missing > 0 ? empty.slice(-missing) : []);
		for (const day of week) {
			if (day < start || day > to || restDays.has(day)) continue;
			const done = byDay.get(day)?.size ?? 0;
			if (done > 0) result.set(day, done >= count);
			else if (missed.has(day)) result.set(day, false);
		}
	}
	return result;
}

export interface WeekAdherence {
	/** Plan days in the week up to `until` (rest days left out). */
	plannedDays: number;
	/** Days' worth done, with partial days counted as their share. */
	doneDays: number;
	/** doneDays / plannedDays as 0–100, or null when nothing was planned yet. */
	percent: number | null;
}

/** The week of `day`, counted up to `until` (today for the current week). */
export function weekAdherence(
	input: AdherenceInput,
	day: LocalDay,
	until: LocalDay
): WeekAdherence {
	const byDay = routinesDoneByDay(input);
	const monday = weekStart(day);
	const days = Array.from({ length: 7 }, (_, index) => addDays(monday, index)).filter(
		(other) => other <= until && other >= input.startDay
	);
	let plannedDays = 0;
	let doneDays = 0;
	if (input.schedule.type === 'weekdays') {
		const weekdays = input.schedule.weekdays;
		for (const other of days) {
			if (!weekdays.includes(weekdayOf(other)) || input.restDays.includes(other)) continue;
			plannedDays += 1;
			doneDays += doneShare(input, byDay, other);
		}
	} else {
		// "n days a week" has no fixed days: the whole week's n is the target, less rest days.
		const rests = days.filter((other) => input.restDays.includes(other)).length;
		plannedDays = Math.max(0, input.schedule.daysPerWeek - rests);
		const done = days
			.filter((other) => !input.restDays.includes(other))
			.reduce((sum, other) => sum + doneShare(input, byDay, other), 0);
		doneDays = Math.min(plannedDays, done);
	}
	return {
		plannedDays,
		doneDays,
		percent: plannedDays > 0 ? Math.round((doneDays / plannedDays) * 100) : null
	};
}

/** Loop's multiplier: how much of yesterday's score carries over; slower for rarer habits. */
export function habitMultiplier(frequency: number): number {
	return Math.pow(0.5, Math.sqrt(frequency) / 13);
}

/**
 * Habit strength from 0 to 1 on `until`, with Loop Habit Tracker's formula
 * score ← score·m + v·(1 − m), m = 0.5^(√f / 13), f = days a week / 7, starting at 0.
 * As in Loop, v for a daily plan is the day's share done; for fewer days a week it is the share
 * of the week's target met in the last 7 days (capped at 1). A rest day leaves the score as it
 * is and counts as done in that window, so resting never lowers the score.
 */
export function habitStrength(input: AdherenceInput, until: LocalDay): number {
	const perWeek = daysPerWeek(input.schedule);
	if (perWeek === 0 || input.routineIds.length === 0) return 0;
	const multiplier = habitMultiplier(perWeek / 7);
	const window = perWeek === 7 ? 1 : 7;
	const target = perWeek === 7 ? 1 : perWeek;
	const byDay = routinesDoneByDay(input);
	const value = (day: LocalDay) =>
		input.restDays.includes(day) ? 1 : doneShare(input, byDay, day);
	let score = 0;
	for (let day = input.startDay; day <= until; day = addDays(day, 1)) {
		if (input.restDays.includes(day)) continue;
		let sum = 0;
		for (let back = 0; back < window; back++) {
			const other = addDays(day, -back);
			if (other < input.startDay) break;
			sum += value(other);
		}
		const checkmark = Math.min(1, sum / target);
		score = score * multiplier + checkmark * (1 - multiplier);
	}
	return score;
}

export const habitStrengthExplanation =
	'Habit strength rises a little each day you keep to your plan and falls slowly when you miss it, so one missed day never wipes it out; rest days leave it unchanged.';

export interface Streaks {
	current: number;
	best: number;
	/** Plans on fixed days count days in a row; "n days a week" plans count weeks in a row. */
	unit: 'days' | 'weeks';
}

/**
 * Streaks of plan days (or weeks) done in full, in a row. Rest days and days off the plan
 * neither count nor break a streak; today (or this week), while still open, does not break it.
 */
export function streaks(input: AdherenceInput, today: LocalDay): Streaks {
	const byDay = routinesDoneByDay(input);
	const outcomes: boolean[] = [];
	let unit: Streaks['unit'];
	if (input.schedule.type === 'weekdays') {
		unit = 'days';
		const weekdays = input.schedule.weekdays;
		for (let day = input.startDay; day <= today; day = addDays(day, 1)) {
			if (!weekdays.includes(weekdayOf(day)) || input.restDays.includes(day)) continue;
			const met = doneShare(input, byDay, day) >= 1;
			if (day === today && !met) continue;
			outcomes.push(met);
		}
	} else {
		unit = 'weeks';
		const weeks = Math.floor(daysBetween(weekStart(input.startDay), weekStart(today)) / 7);
		for (let index = 0; index <= weeks; index++) {
			const monday = addDays(weekStart(input.startDay), index * 7);
			const sunday = addDays(monday, 6);
			const week = weekAdherence(input, monday, sunday < today ? sunday : today);
			const met = week.plannedDays === 0 || week.doneDays >= week.plannedDays;
			if (monday === weekStart(today) && !met) continue;
			outcomes.push(met);
		}
	}
	let best = 0;
	let run = 0;
	for (const met of outcomes) {
		run = met ? run + 1 : 0;
		best = Math.max(best, run);
	}
	return { current: run, best, unit };
}
