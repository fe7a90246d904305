// Backup files built by the e2e specs: valid journals and deliberately bad ones.
import { expect, type Page } from '@playwright/test';

/** Opens Settings and waits until its restore field works (after hydration). */
export async function openSettings(page: Page) {
	await page.goto('/settings');
	await expect(page.getByLabel('Backup file')).toBeEnabled();
}

/** The local day of a moment in the zone the e2e browser runs in (playwright.config.ts). */
export function londonDay(at: number): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(at);
}

export interface EntrySpec {
	id: string;
	score: number;
	note?: string;
	tags?: string[];
	at?: number;
}

export function painEntry({
	id,
	score,
	note = '',
	tags = [],
	at = Date.now() - 60_000
}: EntrySpec) {
	return {
		id,
		createdAt: at,
		updatedAt: at,
		deletedAt: null,
		at,
		day: londonDay(at),
		score,
		note,
		tags,
		redFlags: null
	};
}

export function backupOf(
	painEntries: ReturnType<typeof painEntry>[],
	extra: { routineName?: string } = {}
) {
	const at = Date.now() - 120_000;
	const routine = {
		id: 'routine-e2e',
		createdAt: at,
		updatedAt: at,
		deletedAt: null,
		name: extra.routineName ?? 'Evening glutes',
		kind: 'release',
		basedOn: null,
		targets: ['piriformis'],
		tool: 'tennis ball',
		position: 'wall',
		steps: [extra.routineName ?? 'Lean on the ball'],
		spotsPerSide: 2,
		holdSeconds: 30,
		sides: 'both',
		cautions: []
	};
	const session = {
		id: 'session-e2e',
		createdAt: at,
		updatedAt: at,
		deletedAt: null,
		at,
		day: londonDay(at),
		kind: 'release',
		routineId: 'routine-e2e',
		routineName: routine.name,
		treatment: null,
		regionIds: ['piriformis-left'],
		sides: ['left'],
		spotsPlanned: 4,
		spotsDone: 4,
		holdSeconds: 30,
		endAt: at + 60_000,
		painBefore: 5,
		painAfter: 3,
		note: extra.routineName ?? '',
		status: 'finished'
	};
	return {
		format: 'unknot-backup',
		formatVersion: 1,
		appVersion: '0.1.0',
		schemaVersion: 1,
		exportedAt: new Date().toISOString(),
		tables: {
			routines: [routine],
			plans: [],
			restDays: [],
			painEntries,
			bodyMarks: [],
			dailyChecks: [],
			sessions: [session],
			settings: []
		}
	};
}

export function jsonFile(name: string, data: unknown) {
	return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) };
}
