import { describe, expect, it } from 'vitest';
import { editedEntryInputOf, entryFormOf } from './entryEdit';
import { emptyEntryForm, isEntryFormEmpty, painEntryInputOf } from './entryForm';
import { newMark } from './marks';
import { offeredTags } from './tags';
import { localMoment } from '../../test-data/time';

const now = localMoment(25, 12);

describe('entry form values', () => {
	it('means "now" when the time is left empty, and local time when one is chosen', () => {
		expect(painEntryInputOf({ ...emptyEntryForm(), score: 3 }, now).at).toBe(now);
		const earlier = painEntryInputOf({ ...emptyEntryForm(), time: '2026-11-24T21:15' }, now);
		expect(earlier.at).toBe(localMoment(24, 21, 15));
		expect(painEntryInputOf({ ...emptyEntryForm(), time: 'nonsense' }, now).at).toBeNull();
	});

	it('includes a typed but not yet added tag, so Save checks it too', () => {
		const input = painEntryInputOf({ ...emptyEntryForm(), tags: ['cold'], pendingTag: '  ' }, now);
		expect(input.tags).toEqual(['cold', '  ']);
	});

	it('round-trips an entry for editing and knows an empty form', () => {
		const at = localMoment(20, 8, 5);
		const values = entryFormOf({ score: 7, note: 'n', tags: ['driving'], at });
		expect(values.time).toBe('2026-11-20T08:05');
		expect(painEntryInputOf(values, now)).toEqual({ score: 7, note: 'n', tags: ['driving'], at });
		expect(isEntryFormEmpty(emptyEntryForm())).toBe(true);
		expect(isEntryFormEmpty({ ...emptyEntryForm(), note: 'x' })).toBe(false);
	});
});

describe('an edited entry', () => {
	const at = localMoment(20, 8, 5);
	const stored = { score: 7, note: 'n', tags: [], at };
	const glute = { ...newMark('left-deep-glute', 7), sensations: ['tingling' as const] };

	it('leaves the stored marks alone when "Where?" did not change them', () => {
		const values = entryFormOf(stored, [glute]);
		expect(values.marks).toEqual([glute]);
		const input = editedEntryInputOf({ ...values, note: 'changed' }, [glute], now);
		expect(input).toEqual({ score: 7, note: 'changed', tags: [], at });
	});

	it('sends every mark when one changed, or all were removed', () => {
		const values = entryFormOf(stored, [glute]);
		const louder = { ...glute, intensity: 9 };
		expect(editedEntryInputOf({ ...values, marks: [louder] }, [glute], now).marks).toEqual([
			louder
		]);
		expect(editedEntryInputOf({ ...values, marks: [] }, [glute], now).marks).toEqual([]);
	});
});

describe('offered tags', () => {
	it('offers built-in tags first, then own tags once each', () => {
		const tags = offeredTags(['Gardening', 'stress', 'gardening', 'Long Sitting']);
		expect(tags.slice(0, 9)).toContain('poor sleep');
		expect(tags.slice(9)).toEqual(['Gardening']);
	});
});
