// Pain entries saved with their body marks: one transaction, refused together, undone together.
import { describe, expect, it } from 'vitest';
import { useCleanDatabase } from '../../test-data/database';
import { localMoment } from '../../test-data/time';
import { aggregateMarks } from '$lib/domain/heatMap';
import { newMark, type MarkInput } from '$lib/domain/marks';
import { marksBetween, marksOfEntry } from './bodyMarks';
import { database } from './database';
import { ValidationError, WriteError } from './errors';
import { addPainEntry, deletePainEntry, restorePainEntry, updatePainEntry } from './painEntries';

useCleanDatabase();

const now = localMoment(25, 12);
const entry = (marks?: unknown[]) => ({
	score: 6,
	at: localMoment(25, 9),
	note: '',
	tags: [],
	marks
});

const glute: MarkInput = { ...newMark('left-deep-glute', 6), sensations: ['tingling'] };

async function refusal(attempt: Promise<unknown>) {
	const error = await attempt.then(
		() => null,
		(caught: unknown) => caught
	);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).fieldErrors;
}

describe('pain entries with marks', () => {
	it('saves the marks with the entry, on its moment', async () => {
		const saved = await addPainEntry(entry([glute, newMark('sacrum', 3)]), now);
		const marks = await marksOfEntry(saved.id);
		expect(marks.map((mark) => [mark.regionId, mark.intensity, mark.at])).toEqual([
			['sacrum', 3, localMoment(25, 9)],
			['left-deep-glute', 6, localMoment(25, 9)]
		]);
		expect(marks[1]?.sensations).toEqual(['tingling']);
	});

	it('refuses bad marks with a message under "marks" and stores neither entry nor marks', async () => {
		const cases: [unknown, RegExp][] = [
			[{ ...glute, regionId: 'left-elbow' }, /"left-elbow" is unknown/],
			[{ ...glute, side: 'right' }, /on the left, not "right"/],
			[{ ...glute, intensity: 12 }, /intensity must be a whole number from 0 to 10/],
			[{ ...glute, sensations: ['itchy'] }, /unknown sensation "itchy"/]
		];
		for (const [mark, message] of cases) {
			const errors = await refusal(addPainEntry(entry([mark]), now));
			expect(errors.marks).toMatch(message);
		}
		const both = await refusal(addPainEntry({ ...entry([cases[0]![0]]), score: 11 }, now));
		expect(both.score).toMatch(/0 to 10/);
		expect(both.marks).toMatch(/unknown/);
		expect(await (await database()).painEntries.count()).toBe(0);
		expect(await (await database()).bodyMarks.count()).toBe(0);
	});

	it('keeps nothing when writing the marks fails', async () => {
		const refuseWrites = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		(await database()).bodyMarks.hook('creating', refuseWrites);
		try {
			await expect(addPainEntry(entry([glute]), now)).rejects.toBeInstanceOf(WriteError);
		} finally {
			(await database()).bodyMarks.hook('creating').unsubscribe(refuseWrites);
		}
		expect(await (await database()).painEntries.count()).toBe(0);
	});

	it('replaces marks on edit when given, and keeps them when not', async () => {
		const saved = await addPainEntry(entry([glute]), now);
		await updatePainEntry(saved.id, { ...entry(), at: localMoment(25, 10) }, now + 1);
		expect((await marksOfEntry(saved.id)).map((mark) => [mark.regionId, mark.at])).toEqual([
			['left-deep-glute', localMoment(25, 10)]
		]);
		await updatePainEntry(saved.id, entry([newMark('right-calf', 2)]), now + 2);
		expect((await marksOfEntry(saved.id)).map((mark) => mark.regionId)).toEqual(['right-calf']);
		const refused = await refusal(updatePainEntry(saved.id, entry([{ ...glute, side: 'x' }]), now));
		expect(refused.marks).toMatch(/not "x"/);
		expect((await marksOfEntry(saved.id)).map((mark) => mark.regionId)).toEqual(['right-calf']);
	});

	it('stops counting a deleted entry’s marks in the heat map, and counts them again on undo', async () => {
		await addPainEntry(entry([glute]), now);
		const second = await addPainEntry(
			{ ...entry([{ ...glute, intensity: 8 }]), at: localMoment(25, 10) },
			now
		);
		const heat = async () =>
			aggregateMarks(await marksBetween('2026-11-25', '2026-11-25')).get('left-deep-glute');
		expect(await heat()).toMatchObject({ count: 2, meanIntensity: 7 });
		await deletePainEntry(second.id, now + 1);
		expect(await heat()).toMatchObject({ count: 1, meanIntensity: 6 });
		await restorePainEntry(second.id, now + 2);
		expect(await heat()).toMatchObject({ count: 2, meanIntensity: 7 });
	});
});
