// A self-care plan: which routines, on which days, at what time; and the checks for one.

import type { PlanSchedule } from '$lib/domain/records';
import { addDays } from './day';
import type { FieldErrors, Validated } from './validation';

export const beforeBed = 'before-bed';
/** The time "before bed" stands for in calendars and notifications. */
export const beforeBedTime = { hours: 21, minutes: 30 } as const;

/**
 * Weekdays as numbered by Date#getDay: 0 = Sunday … 6 = Saturday; the plan's week starts Monday
 * as data (calendar export, adherence). Lists shown to the person use `weekdaysInOrder()`.
 */
export const weekdaysFromMonday = [1, 2, 3, 4, 5, 6, 0] as const;

/** For "n days a week", which days a calendar reminder falls on: spread out, starting Monday. */
const spreadWeekdays: Record<number, number[]> = {
	1: [1],
	2: [1, 4],
	3: [1, 3, 5],
	4: [1, 2, 4, 6],
	5: [1, 2, 3, 4, 5],
	6: [1, 2, 3, 4, 5, 6],
	7: [1, 2, 3, 4, 5, 6, 0]
};

/** The weekdays a plan falls on: its chosen days, or "n a week" spread over the week. */
export function scheduleWeekdays(schedule: PlanSchedule): number[] {
	if (schedule.type === 'weekdays') {
		return weekdaysFromMonday.filter((day) => schedule.weekdays.includes(day));
	}
	return spreadWeekdays[schedule.daysPerWeek] ?? [];
}

/** How many days a week the plan asks for. */
export function daysPerWeek(schedule: PlanSchedule): number {
	return schedule.type === 'weekdays' ? new Set(schedule.weekdays).size : schedule.daysPerWeek;
}

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function preferredClock(preferredTime: string): { hours: number; minutes: number } {
	const match = timePattern.exec(preferredTime);
	if (!match) return { ...beforeBedTime };
	return { hours: Number(match[1]), minutes: Number(match[2]) };
}

/** A plan done in the evening (before bed, or from 5 pm): "tonight's plan" rather than "today's". */
export function isEveningPlan(preferredTime: string): boolean {
	return preferredTime === beforeBed || preferredClock(preferredTime).hours >= 17;
}

export interface PlanInput {
	routineIds: string[];
	schedule: PlanSchedule;
	preferredTime: string;
}

export type PlanField = 'routineIds' | 'schedule' | 'preferredTime';

export function validatePlan(input: PlanInput): Validated<PlanInput, PlanField> {
	const errors: FieldErrors<PlanField> = {};
	if (input.routineIds.length === 0) errors.routineIds = 'Choose at least one routine.';
	const schedule = input.schedule;
	if (schedule.type === 'weekdays') {
		const valid = schedule.weekdays.every((day) => Number.isInteger(day) && day >= 0 && day <= 6);
		if (schedule.weekdays.length === 0) errors.schedule = 'Choose at least one day.';
		else if (!valid) errors.schedule = 'Choose days of the week from Monday to Sunday.';
	} else if (
		!Number.isInteger(schedule.daysPerWeek) ||
		schedule.daysPerWeek < 1 ||
		schedule.daysPerWeek > 7
	) {
		errors.schedule = 'Choose from 1 to 7 days a week.';
	}
	if (input.preferredTime !== beforeBed && !timePattern.test(input.preferredTime)) {
		errors.preferredTime = 'Choose "before bed" or a time such as 21:30.';
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	const value: PlanInput = {
		routineIds: [...new Set(input.routineIds)],
		schedule:
			schedule.type === 'weekdays'
				? { type: 'weekdays', weekdays: [...new Set(schedule.weekdays)].sort() }
				: { type: 'perWeek', daysPerWeek: schedule.daysPerWeek },
		preferredTime: input.preferredTime
	};
	return { ok: true, value };
}

/** How long after the preferred time an open app may still remind. */
export const reminderWindowMs = 2 * 3_600_000;

/**
 * Whether to show the plan's notification now: the plan is due today, the preferred time has come
 * (within the window), and no reminder was shown today yet.
 */
export function reminderDue(
	preferredTime: string,
	now: number,
	dueToday: boolean,
	shownOn: string | null,
	today: string
): boolean {
	if (!dueToday || shownOn === today) return false;
	const at = plannedMomentOn(preferredTime, now);
	return now >= at && now < at + reminderWindowMs;
}

/** The plan's preferred time on the local day of `now`. */
export function plannedMomentOn(preferredTime: string, now: number): number {
	const { hours, minutes } = preferredClock(preferredTime);
	const at = new Date(now);
	at.setHours(hours, minutes, 0, 0);
	return at.getTime();
}

/**
 * The last day the week's adherence counts: today once something of it is done or its planned
 * time has come, else yesterday. On a Monday evening before the plan's time nothing of the week
 * is due yet, which is not "0 %".
 */
export function adherenceCountsUntil(
	preferredTime: string,
	now: number,
	today: string,
	doneToday: boolean
): string {
	return doneToday || now >= plannedMomentOn(preferredTime, now) ? today : addDays(today, -1);
}
