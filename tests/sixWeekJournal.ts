// Six weeks of a realistic journal, for the specs that read the chart and the clinician report as
// a person would, and for the docs' screenshots. Pain eases from about 6.5 to about 4 with a
// day-to-day wobble; a plan of two piriformis routines starts 27 days before today and is kept in
// full on 17 of its 27 days (part of it on 3 more); 14 clinic visits, one day with two
// treatments and two visits on days in a row; tingling and numbness down the left leg that fade;
// notes; red-flag questions answered "yes" once, answered "no" once and left unanswered once.
import type { Page } from '@playwright/test';
import { seedVersionOneMonth, type MonthTools } from './versionOneJournal';

/** Days of the six weeks: index 0 is today's day 29 of the month, so the six weeks run -12 … 29. */
export const sixWeekDays = { first: -12, last: 29, planStart: 3 } as const;

/** Plan days (index) done in full, in part (the release only), and not done. */
const fullDays = [3, 4, 5, 7, 8, 10, 12, 13, 15, 17, 19, 20, 22, 24, 26, 27, 28];
const partDays = [6, 14, 21];

/** Clinic visits by day index: one session each; day 11 holds two treatments. */
const clinicVisits: readonly [number, string][] = [
	[-10, 'acupuncture'],
	[-3, 'acupuncture'],
	[4, 'acupuncture'],
	[11, 'acupuncture'],
	[11, 'cupping'],
	[18, 'acupuncture'],
	[20, 'physiotherapy'],
	[21, 'physiotherapy'],
	[25, 'acupuncture']
];

const notes: Record<number, string> = {
	[-8]: 'Long drive to see family, stiff afterwards',
	1: 'Slept badly, woke with the leg tingling',
	9: 'Lifted the shopping wrong',
	16: 'Walked 5 km without stopping',
	23: 'Sat through a long meeting',
	28: 'Best morning in weeks'
};

/** Writes the six weeks at schema version 1 before the app first opens (see versionOneJournal). */
export function seedSixWeeks(page: Page) {
	return seedVersionOneMonth(page, buildSixWeeks, {
		fullDays,
		partDays,
		clinicVisits,
		notes,
		days: sixWeekDays
	});
}

interface SixWeekPlan {
	fullDays: number[];
	partDays: number[];
	clinicVisits: readonly (readonly [number, string])[];
	notes: Record<number, string>;
	days: { first: number; last: number; planStart: number };
}

/** Runs in the page: it may use only its arguments. */
function buildSixWeeks({ moment, row }: MonthTools, plan: SixWeekPlan) {
	// A small fixed-seed generator, so every run (and every screenshot) has the same journal.
	let seed = 20261125;
	const random = () => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed / 2147483648;
	};
	const entries: unknown[] = [];
	const marks: unknown[] = [];
	const sessions: unknown[] = [];
	const dailyChecks: unknown[] = [];
	const span = plan.days.last - plan.days.first;
	for (let index: number = plan.days.first; index <= plan.days.last; index += 1) {
		const progress = (index - plan.days.first) / span;
		// Two days of the six weeks have nothing logged at all.
		if (index === -6 || index === 18) continue;
		const usual = 6.5 - 2.6 * progress;
		const hours = random() < 0.25 ? [8] : [8, 21];
		for (const hour of hours) {
			const id = `entry-${index}-${hour}`;
			let score = Math.round(usual + (hour === 21 ? 0.6 : 0) + (random() - 0.5) * 2.4);
			score = Math.max(1, Math.min(7, score));
			let redFlags: Record<string, boolean> | null = null;
			// A bad evening answered "no" to every question, one left unanswered, one "yes".
			if (index === 2 && hour === 8) {
				score = 8;
				redFlags = { 'saddle-numbness': false, 'bladder-bowel': false, 'fever-unwell': false };
			}
			if (index === 9 && hour === 8) score = 8;
			if (index === 15 && hour === 8) {
				score = 7;
				redFlags = { 'fever-unwell': true, trauma: false };
			}
			entries.push({
				...row(id, moment(index, hour)),
				score,
				note: hour === 8 ? (plan.notes[index] ?? '') : '',
				tags: [],
				redFlags
			});
			if (hour !== 8) continue;
			const mark = (regionId: string, intensity: number, sensations: string[]) =>
				marks.push({
					...row(`mark-${index}-${regionId}`, moment(index, hour)),
					entryId: id,
					regionId,
					side: 'left',
					intensity,
					sensations,
					pathId: null,
					pathIndex: null
				});
			mark('left-deep-glute', Math.max(2, Math.min(9, score + 1)), ['ache', 'tight']);
			// The nerve signs fade: most days early on, some days in the middle, rarely at the end.
			const nerve = random() < 0.85 - progress * 0.75;
			if (nerve) {
				mark('left-back-of-thigh', score, ['radiating']);
				mark('left-calf', Math.max(1, score - 2), ['tingling']);
				if (progress < 0.5 && random() < 0.5) mark('left-sole', 3, ['numbness', 'tingling']);
			}
		}
		if ((index - plan.days.first) % 7 === 0) {
			const peg = Math.round(usual);
			dailyChecks.push({
				...row(`check-${index}`, moment(index, 10)),
				pain: peg,
				enjoyment: peg + 1,
				activity: peg
			});
		}
		const session = (id: string, hour: number, routineId: string, name: string, kind: string) => {
			const before = Math.max(2, Math.round(usual + 0.5));
			sessions.push({
				...row(id, moment(index, hour)),
				kind,
				routineId,
				routineName: name,
				treatment: null,
				regionIds: ['left-deep-glute'],
				sides: ['left'],
				spotsPlanned: 2,
				spotsDone: 2,
				holdSeconds: 90,
				endAt: null,
				painBefore: before,
				painAfter: before - (random() < 0.7 ? 2 : 1),
				note: '',
				status: 'finished'
			});
		};
		const planned = index >= plan.days.planStart;
		if (planned && (plan.fullDays.includes(index) || plan.partDays.includes(index))) {
			session(`release-${index}`, 20, 'release-piriformis', 'Piriformis release', 'release');
		}
		if (planned && plan.fullDays.includes(index)) {
			session(`stretch-${index}`, 21, 'stretch-piriformis', 'Piriformis stretch', 'stretch');
		}
		// Before the plan, a release most days; during it, sometimes the glutes as well.
		if (!planned && index % 3 !== 0) {
			session(`before-plan-${index}`, 19, 'release-glutes', 'Glute release', 'release');
		}
		if (planned && index % 4 === 1) {
			session(`extra-${index}`, 13, 'release-glutes', 'Glute release', 'release');
		}
		for (const [day, treatment] of plan.clinicVisits) {
			if (day !== index) continue;
			sessions.push({
				...row(`clinic-${index}-${treatment}`, moment(index, 11)),
				kind: 'clinic',
				routineId: null,
				routineName: treatment,
				treatment,
				regionIds: [],
				sides: [],
				spotsPlanned: 0,
				spotsDone: 0,
				holdSeconds: 0,
				endAt: null,
				painBefore: null,
				painAfter: null,
				note: '',
				status: 'logged'
			});
		}
	}
	const planAt = moment(plan.days.planStart, 7);
	const plans = [
		{
			id: 'plan-piriformis',
			createdAt: planAt,
			updatedAt: planAt,
			deletedAt: null,
			routineIds: ['release-piriformis', 'stretch-piriformis'],
			schedule: { type: 'weekdays', weekdays: [0, 1, 2, 3, 4, 5, 6] },
			preferredTime: 'before-bed',
			active: true
		}
	];
	return { painEntries: entries, bodyMarks: marks, sessions, dailyChecks, plans };
}
