// The self-care plan and its rest days, and what adherence is computed from.

import type { AdherenceInput } from '$lib/domain/adherence';
import { localDay, type EpochMs, type LocalDay } from '$lib/domain/day';
import { validatePlan, type PlanInput } from '$lib/domain/plan';
import { database } from './database';
import { ValidationError, guardWrite } from './errors';
import { checkUnchangedSince, isLive, newDatedRow, newRow, type EditedVersion } from './rows';
import { sessionsBetween } from './sessionReads';
import type { Plan } from './types';

/** The plan in use; there is at most one. */
export async function activePlan(): Promise<Plan | undefined> {
	const plans = await (
		await database()
	).plans
		.filter((plan) => plan.active && isLive(plan))
		.toArray();
	return plans.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

/** Creates the plan or changes the one in use; adherence keeps counting from when it began. */
export async function savePlan(
	input: PlanInput,
	now: EpochMs = Date.now(),
	edited: EditedVersion = {}
): Promise<Plan> {
	const checked = validatePlan(input);
	if (!checked.ok) throw new ValidationError(checked.errors);
	const db = await database();
	return guardWrite(() =>
		db.transaction('rw', db.plans, async () => {
			const existing = await activePlan();
			if (existing) checkUnchangedSince(existing, edited, 'plan');
			const plan: Plan = existing
				? { ...existing, ...checked.value, updatedAt: now }
				: { ...newRow(now), ...checked.value, active: true };
			await db.plans.put(plan);
			return plan;
		})
	);
}

export async function restDaysOf(planId: string): Promise<LocalDay[]> {
	const rows = await (
		await database()
	).restDays
		.where('planId')
		.equals(planId)
		.filter(isLive)
		.toArray();
	return rows.map((row) => row.day).sort();
}

/** Marks a planned day as a rest day: it then counts neither for nor against the plan. */
export async function markRestDay(planId: string, day: LocalDay, now: EpochMs = Date.now()) {
	const db = await database();
	await guardWrite(() =>
		db.transaction('rw', db.restDays, async () => {
			const existing = await db.restDays
				.where('day')
				.equals(day)
				.filter((row) => row.planId === planId)
				.first();
			if (existing) {
				await db.restDays.update(existing.id, { deletedAt: null, updatedAt: now });
				return;
			}
			const [year, month, date] = day.split('-').map(Number) as [number, number, number];
			const noon = new Date(year, month - 1, date, 12).getTime();
			await db.restDays.add({ ...newDatedRow(noon, now), planId });
		})
	);
}

export async function unmarkRestDay(planId: string, day: LocalDay, now: EpochMs = Date.now()) {
	const db = await database();
	await guardWrite(() =>
		db.transaction('rw', db.restDays, () =>
			db.restDays
				.where('day')
				.equals(day)
				.filter((row) => row.planId === planId && isLive(row))
				.modify({ deletedAt: now, updatedAt: now })
		)
	);
}

export interface PlanProgress {
	plan: Plan;
	input: AdherenceInput;
}

/** The active plan with everything adherence needs, up to `today`; undefined without a plan. */
export async function planProgress(today: LocalDay): Promise<PlanProgress | undefined> {
	const plan = await activePlan();
	if (!plan) return undefined;
	const startDay = localDay(plan.createdAt);
	const from = startDay < today ? startDay : today;
	const [sessions, restDays] = await Promise.all([
		sessionsBetween(from, today),
		restDaysOf(plan.id)
	]);
	return {
		plan,
		input: {
			routineIds: plan.routineIds,
			schedule: plan.schedule,
			startDay: from,
			sessions: sessions
				.filter((session) => session.kind !== 'clinic' && session.spotsDone > 0)
				.map((session) => ({ day: session.day, routineId: session.routineId })),
			restDays
		}
	};
}
