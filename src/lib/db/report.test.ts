import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { bodyMarkRow, painEntryRow, sessionRow } from '../../test-data/rows';
import { database } from './database';
import { reportData } from './report';

useCleanDatabase();

const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();

describe('report reads', () => {
	it('reads a range: rollups from 6 days before, live entries, marks and sessions oldest first', async () => {
		const kept = painEntryRow(at(10, 20), 5, { note: 'stiff' });
		const early = painEntryRow(at(10, 8), 3);
		const deleted = painEntryRow(at(11, 8), 9, { deletedAt: at(11, 9) });
		await database().painEntries.bulkAdd([
			painEntryRow(at(3, 8), 8),
			painEntryRow(at(5, 8), 4),
			kept,
			early,
			deleted,
			painEntryRow(at(20, 8), 2)
		]);
		await database().bodyMarks.bulkAdd([
			bodyMarkRow(kept.at, 'piriformis', 6, { entryId: kept.id })
		]);
		await database().sessions.bulkAdd([
			sessionRow(at(12, 19), { painBefore: 6, painAfter: 4 }),
			sessionRow(at(11, 11), { kind: 'clinic', treatment: 'cupping' }),
			sessionRow(at(13, 19), { deletedAt: at(13, 20) })
		]);
		const data = await reportData('2026-11-10', '2026-11-15');
		expect(data.rollupsWithLead.map((rollup) => rollup.day)).toEqual([
			'2026-11-05',
			'2026-11-10',
			'2026-11-11',
			'2026-11-12'
		]);
		expect(data.entries.map((entry) => entry.id)).toEqual([early.id, kept.id]);
		expect(data.marks.map((mark) => mark.regionId)).toEqual(['piriformis']);
		expect(data.sessions.map((session) => session.kind)).toEqual(['clinic', 'release']);
	});
});
