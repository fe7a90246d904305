// Journals for the daily-loop specs (rows, search, edits, the safety check), seeded at schema
// version 1 through seedVersionOneMonth, so they are in place before the app first opens.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { seedVersionOneMonth, type MonthTools } from './versionOneJournal';

/** The phone and the desktop every layout spec is run at. */
export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };

/**
 * Yesterday (day index 28) as a person's evening would leave it: three check-ins with long
 * notes, tags and marks (a path from the left deep glute down the leg with tingling, and an
 * ache at the right flank), and a release session with a note; and two quieter days before.
 */
export function seedBusyDay(page: Page) {
	return seedVersionOneMonth(page, ({ moment, row }: MonthTools) => {
		const note =
			'Stiff after the long drive home, worse when getting out of the car and walking up the stairs to bed';
		const entries = [
			{ id: 'morning', hour: 8, score: 6, note, tags: ['morning', 'after sitting'] },
			{ id: 'noon', hour: 13, score: 4, note: 'Better after the walk at lunch', tags: [] },
			{ id: 'evening', hour: 21, score: 7, note, tags: ['driving'] },
			{ id: 'before', hour: 9, score: 3, note: 'Quiet day', tags: [], index: 27 },
			{ id: 'older', hour: 9, score: 5, note: '', tags: [], index: 26 }
		].map((spec) => ({
			...row(`entry-${spec.id}`, moment(spec.index ?? 28, spec.hour)),
			score: spec.score,
			note: spec.note,
			tags: spec.tags,
			redFlags: null
		}));
		const marks = ['entry-morning', 'entry-evening'].flatMap((entryId) => {
			const entry = entries.find((candidate) => candidate.id === entryId)!;
			const path = (regionId: string, sensations: string[], index: number) => ({
				...row(`${entryId}-${regionId}`, entry.at),
				entryId,
				regionId,
				side: regionId.startsWith('left') ? 'left' : 'right',
				intensity: 6,
				sensations,
				pathId: `${entryId}-path`,
				pathIndex: index
			});
			return [
				path('left-deep-glute', ['ache', 'radiating'], 0),
				path('left-back-of-thigh', ['radiating', 'tingling'], 1),
				path('left-calf', ['radiating', 'numbness'], 2),
				{
					...path('right-flank', ['ache'], 0),
					pathId: null,
					pathIndex: null
				}
			];
		});
		const session = {
			...row('session-evening', moment(28, 20)),
			kind: 'release',
			routineId: 'release-piriformis',
			routineName: 'Piriformis release (deep glute)',
			treatment: null,
			regionIds: [],
			sides: ['left', 'right'],
			spotsPlanned: 6,
			spotsDone: 6,
			holdSeconds: 180,
			endAt: moment(28, 20) + 600_000,
			painBefore: 6,
			painAfter: 4,
			note: 'Felt the release on the left, the ball on the wall by the bed',
			status: 'finished'
		};
		return { painEntries: entries, bodyMarks: marks, sessions: [session] };
	});
}

/** Yesterday's local day in the page, "YYYY-MM-DD". */
export function yesterdayIn(page: Page): Promise<string> {
	return page.evaluate(() => {
		const date = new Date();
		date.setDate(date.getDate() - 1);
		const pad = (value: number) => String(value).padStart(2, '0');
		return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	});
}

/**
 * Four check-ins earlier today (spread between midnight and now, so they are today's whatever
 * the hour), each with a note and two marks: a long Today.
 */
export function seedLongToday(page: Page) {
	return seedVersionOneMonth(page, ({ row }: MonthTools) => {
		const midnight = new Date();
		midnight.setHours(0, 0, 0, 0);
		const span = Date.now() - midnight.getTime();
		const entries = [1, 2, 3, 4].map((index) => ({
			...row(`today-${index}`, midnight.getTime() + (span * index) / 5),
			score: 3 + index,
			note: 'Stiff after sitting at the desk all afternoon, better after a short walk outside',
			tags: ['work'],
			redFlags: null
		}));
		const marks = entries.flatMap((entry) =>
			['left-deep-glute', 'right-flank'].map((regionId) => ({
				...row(`${entry.id}-${regionId}`, entry.at),
				entryId: entry.id,
				regionId,
				side: regionId.startsWith('left') ? 'left' : 'right',
				intensity: 5,
				sensations: ['ache'],
				pathId: null,
				pathIndex: null
			}))
		);
		return { painEntries: entries, bodyMarks: marks };
	});
}

/** Axe finds nothing on the page as it is now, in the light and then the dark theme. */
export async function expectAxeCleanInBothThemes(page: Page) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);
	}
	await page.emulateMedia({ colorScheme: 'light' });
}
