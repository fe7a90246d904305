// A journal written at schema version 1 before the app first opens it, so the app's upgrade to
// the current version has to build every day's rollup from these rows (Insights and the report).
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const dexieScript = fileURLToPath(new URL('../node_modules/dexie/dist/dexie.js', import.meta.url));

/** Version 1's stores, copied: schema.ts is add-only, so they never change. */
export const versionOneStores = {
	painEntries: 'id, at, day, updatedAt, *tags',
	bodyMarks: 'id, entryId, at, day, regionId',
	dailyChecks: 'id, at, day',
	sessions: 'id, at, day, kind, routineId',
	routines: 'id, updatedAt',
	plans: 'id',
	restDays: 'id, day, planId',
	settings: 'key',
	drafts: 'key'
};

/** What a month's rows are built with, in the page: its clock and time zone make the days. */
export interface MonthTools {
	/** Day `index` of the month (0 = 29 days ago, 29 = today) at `hour`:00, in epoch ms. */
	moment(index: number, hour: number): number;
	/** The fields every dated row has, created and last changed at `at`. */
	row(
		id: string,
		at: number
	): { id: string; createdAt: number; updatedAt: number; deletedAt: null; at: number; day: string };
}

/** Runs in the page, whose source Playwright sends there: it may use nothing from outside. */
function monthTools(): MonthTools {
	const pad = (value: number) => String(value).padStart(2, '0');
	const moment = (index: number, hour: number) => {
		const date = new Date();
		date.setHours(hour, 0, 0, 0);
		date.setDate(date.getDate() - 29 + index);
		return date.getTime();
	};
	const dayOf = (at: number) => {
		const date = new Date(at);
		return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	};
	return {
		moment,
		row: (id, at) => ({ id, createdAt: at, updatedAt: at, deletedAt: null, at, day: dayOf(at) })
	};
}

/**
 * Builds a month of rows in the page with `build` (sent there as source, so it may use only its
 * `tools` and `input`, which travels as JSON) and stores them at schema version 1, by table name.
 */
export async function seedVersionOneMonth<Input = undefined>(
	page: Page,
	build: (tools: MonthTools, input: Input) => Record<string, unknown[]>,
	input?: Input
) {
	await page.goto('/manifest.webmanifest');
	const tables = (await page.evaluate(
		`(${build.toString()})((${monthTools.toString()})(), ${JSON.stringify(input ?? null)})`
	)) as Record<string, unknown[]>;
	await page.addScriptTag({ path: dexieScript });
	await page.evaluate(
		async ({ stores, tables }) => {
			type DexieGlobal = new (name: string) => {
				version(number: number): { stores(stores: Record<string, string>): unknown };
				open(): Promise<unknown>;
				close(): void;
				table(name: string): { bulkAdd(rows: unknown[]): Promise<unknown> };
			};
			const Dexie = (window as unknown as { Dexie: DexieGlobal }).Dexie;
			const db = new Dexie('unknot');
			db.version(1).stores(stores);
			await db.open();
			for (const [name, rows] of Object.entries(tables)) await db.table(name).bulkAdd(rows);
			db.close();
		},
		{ stores: versionOneStores, tables }
	);
}
