// The benchmark's journal: a deterministic, realistic backup of 1 to 10 years, built from a seed
// so every run and every machine imports exactly the same rows. Pure: no files, no clock.
// Days are UTC calendar days; the benchmark's browser runs in UTC so they are its local days.

const dayMs = 86_400_000;
const hourMs = 3_600_000;

/**
 * mulberry32: a tiny 32-bit generator, good enough to spread rows and fully reproducible.
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
export function mulberry32(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let mixed = state;
		mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
		mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** Built-in routines and the regions they target (ids from src/lib/domain/regions.ts). */
const routines = [
	{ id: 'release-piriformis', name: 'Piriformis release', kinds: ['deep-glute'] },
	{ id: 'release-glutes', name: 'Glute release', kinds: ['upper-glute', 'main-glute'] },
	{ id: 'release-tfl', name: 'TFL release', kinds: ['front-outer-hip', 'outer-thigh'] },
	{
		id: 'release-quadratus-lumborum',
		name: 'QL release',
		kinds: ['flank', 'lumbar-paraspinals']
	},
	{ id: 'stretch-hip-rotators', name: 'Hip rotator stretch', kinds: ['deep-glute', 'groin'] }
];

/** Where this low-back and hip journal hurts, most often first. */
const painKinds = [
	'deep-glute',
	'lumbar-paraspinals',
	'sacroiliac',
	'upper-glute',
	'front-outer-hip',
	'flank',
	'outer-thigh',
	'back-of-thigh'
];
const sensations = /** @type {const} */ (['ache', 'tight', 'sharp', 'burning', 'radiating']);
const tagChoices = ['after sitting', 'morning', 'after walking', 'poor sleep', 'work', 'driving'];
const treatments = /** @type {const} */ (['acupuncture', 'cupping', 'moxibustion']);
const notes = ['', '', '', 'Stiff after the drive', 'Better after the walk', 'Woke up sore'];

/**
 * @typedef {object} JournalOptions
 * @property {number} years how many years of days, ending on the day of `end`
 * @property {number} end the last moment of the journal (epoch ms); its UTC day is the last day
 * @property {number} [seed] the same seed gives the same journal
 */

/**
 * A backup file object (src/lib/domain/backupFormat.ts) holding `years` of journal.
 * @param {JournalOptions} options
 */
export function generateJournal({ years, end, seed = 1 }) {
	const random = mulberry32(seed);
	/** @param {number} low @param {number} high whole numbers from low to high, both included */
	const between = (low, high) => low + Math.floor(random() * (high - low + 1));
	/** @template T @param {readonly T[]} items @returns {T} */
	const pick = (items) => /** @type {T} */ (items[Math.floor(random() * items.length)]);
	const hex = (length = 8) =>
		Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
	// Random-looking ids, as crypto.randomUUID gives: rows are exported in id order, not time order.
	const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
	const sideOf = (/** @type {number} */ index) => (index % 2 === 0 ? 'left' : 'right');

	const lastDayStart = Math.floor(end / dayMs) * dayMs;
	const dayCount = Math.round(years * 365.25);
	const firstDayStart = lastDayStart - (dayCount - 1) * dayMs;

	/** @type {Record<string, unknown>[]} */ const painEntries = [];
	/** @type {Record<string, unknown>[]} */ const bodyMarks = [];
	/** @type {Record<string, unknown>[]} */ const dailyChecks = [];
	/** @type {Record<string, unknown>[]} */ const sessions = [];
	/** @type {Record<string, unknown>[]} */ const restDays = [];

	const plan = {
		id: uuid(),
		createdAt: firstDayStart,
		updatedAt: firstDayStart,
		deletedAt: null,
		routineIds: ['release-piriformis', 'release-glutes'],
		schedule: { type: 'perWeek', daysPerWeek: 5 },
		preferredTime: 'before-bed',
		active: true
	};

	for (let index = 0; index < dayCount; index += 1) {
		const dayStart = firstDayStart + index * dayMs;
		const day = new Date(dayStart).toISOString().slice(0, 10);
		// A slow drift over the years and a weekly rhythm, so Insights has something to find.
		const base = 5 + 2 * Math.sin(index / 90) - (index / dayCount) * 1.5;
		/** @param {number} at */
		const stamped = (at) => ({
			id: uuid(),
			createdAt: at,
			updatedAt: at,
			deletedAt: null,
			at,
			day
		});
		const score = () => Math.max(0, Math.min(10, Math.round(base + (random() - 0.5) * 4)));

		const entryCount = between(2, 4);
		for (let entry = 0; entry < entryCount; entry += 1) {
			const at = dayStart + (8 + entry * 4) * hourMs + between(0, 59) * 60_000;
			const row = {
				...stamped(at),
				score: score(),
				note: pick(notes),
				tags: random() < 0.3 ? [pick(tagChoices)] : [],
				redFlagCheck: null,
				redFlags: null
			};
			painEntries.push(row);
			const markCount = between(2, 3);
			const firstKind = between(0, painKinds.length - 1);
			for (let mark = 0; mark < markCount; mark += 1) {
				const side = sideOf(between(0, 1));
				const kind = painKinds[(firstKind + mark) % painKinds.length];
				bodyMarks.push({
					...stamped(at),
					entryId: row.id,
					regionId: `${side}-${kind}`,
					side,
					intensity: Math.max(0, Math.min(10, row.score + between(-1, 1))),
					sensations: [pick(sensations)],
					pathId: null,
					pathIndex: null
				});
			}
		}

		const sessionCount = random() < 0.5 ? 1 : 2;
		for (let session = 0; session < sessionCount; session += 1) {
			const routine = pick(routines);
			const at = dayStart + (session === 0 ? 7 : 21) * hourMs + between(0, 59) * 60_000;
			const spots = routine.kinds.length * 2;
			const before = score();
			sessions.push({
				...stamped(at),
				kind: routine.id.startsWith('stretch-') ? 'stretch' : 'release',
				routineId: routine.id,
				routineName: routine.name,
				treatments: [],
				otherTreatment: '',
				regionIds: routine.kinds.flatMap((kind) => [`left-${kind}`, `right-${kind}`]),
				sides: ['left', 'right'],
				spotsPlanned: spots,
				spotsDone: random() < 0.9 ? spots : spots - 1,
				holdSeconds: 30 * spots,
				endAt: at + 60_000 * spots,
				painBefore: before,
				painAfter: Math.max(0, before - between(0, 2)),
				note: '',
				status: 'finished'
			});
		}

		if (index % 7 === 3) {
			const at = dayStart + 17 * hourMs;
			sessions.push({
				...stamped(at),
				kind: 'clinic',
				routineId: null,
				routineName: '',
				treatments: [pick(treatments)],
				otherTreatment: '',
				regionIds: ['left-deep-glute', 'right-lumbar-paraspinals'],
				sides: ['left', 'right'],
				spotsPlanned: 0,
				spotsDone: 0,
				holdSeconds: 0,
				endAt: at + hourMs,
				painBefore: null,
				painAfter: null,
				note: '',
				status: 'logged'
			});
		}

		if (random() < 0.85) {
			dailyChecks.push({
				...stamped(dayStart + 20 * hourMs),
				pain: score(),
				enjoyment: between(3, 8),
				activity: between(3, 8)
			});
		} else if (random() < 0.5) {
			restDays.push({ ...stamped(dayStart + 12 * hourMs), planId: plan.id });
		}
	}

	/** @param {Record<string, unknown>[]} rows */
	const byId = (rows) => rows.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
	return {
		format: 'unknot-backup',
		formatVersion: 2,
		appVersion: 'bench',
		schemaVersion: 3,
		exportedAt: new Date(end).toISOString(),
		tables: {
			routines: [],
			plans: [plan],
			restDays: byId(restDays),
			painEntries: byId(painEntries),
			bodyMarks: byId(bodyMarks),
			dailyChecks: byId(dailyChecks),
			sessions: byId(sessions),
			settings: []
		}
	};
}

/**
 * How many rows each table of a generated journal holds, and in all.
 * @param {ReturnType<typeof generateJournal>} journal
 * @returns {Record<keyof ReturnType<typeof generateJournal>['tables'] | 'total', number>}
 */
export function rowCounts(journal) {
	const counts = Object.fromEntries(
		Object.entries(journal.tables).map(([name, rows]) => [name, rows.length])
	);
	const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
	return /** @type {any} */ ({ ...counts, total });
}
