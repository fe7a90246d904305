import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markerSizes, placeMarkers, type MarkerVisit, type PlacedMarker } from './chartMarkers';

/** Two markers of one lane overlap when less than the gap lies between their edges. */
function overlaps(markers: readonly PlacedMarker[]): boolean {
	return markers.some((a, index) =>
		markers
			.slice(index + 1)
			.some(
				(b) =>
					a.lane === b.lane &&
					Math.abs(a.x - b.x) < (a.width + b.width) / 2 + markerSizes.gap - 1e-9
			)
	);
}

/** Days at `slot` pixels apart, from left to right, some of them with visits. */
const visitsArbitrary = fc
	.record({
		slot: fc.double({ min: 0.5, max: 60, noNaN: true }),
		days: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 0, maxLength: 60 }),
		labels: fc.array(fc.constantFrom('A', 'C', 'A+C', 'Ma+Ch', 'P', 'D+O+Ma'), {
			minLength: 60,
			maxLength: 60
		})
	})
	.map(({ slot, days, labels }) =>
		[...days]
			.sort((a, b) => a - b)
			.map((day, index): MarkerVisit => ({ x: (day + 0.5) * slot, label: labels[index]! }))
	);

describe('clinic markers', () => {
	it('never overlap, use at most the lanes there are, and stand for every visit once', () => {
		fc.assert(
			fc.property(visitsArbitrary, (visits) => {
				const placed = placeMarkers(visits);
				expect(overlaps(placed)).toBe(false);
				expect(placed.every((marker) => marker.lane < markerSizes.lanes)).toBe(true);
				expect(placed.flatMap((marker) => marker.visits).sort((a, b) => a - b)).toEqual(
					visits.map((_, index) => index)
				);
			})
		);
	});

	it('keep their letters when there is room, a visit on the next day going to the lane below', () => {
		// A month on a phone: about 10 pixels a day.
		const placed = placeMarkers([
			{ x: 45, label: 'A' },
			{ x: 115, label: 'A+C' },
			{ x: 205, label: 'P' },
			{ x: 215, label: 'P' }
		]);
		expect(placed.map((marker) => [marker.label, marker.lane])).toEqual([
			['A', 0],
			['A+C', 0],
			['P', 0],
			['P', 1]
		]);
	});

	it('become dots when letters would need a third lane, and share a dot when even dots touch', () => {
		// Three days in a row, 6 pixels apart: a 90-day range on a phone.
		const threeDays = [
			{ x: 10, label: 'A' },
			{ x: 16, label: 'C' },
			{ x: 22, label: 'P' }
		];
		expect(placeMarkers(threeDays).map((marker) => [marker.label, marker.lane])).toEqual([
			['', 0],
			['', 1],
			['', 0]
		]);
		// A year by day on a phone: under a pixel a day.
		const crowded = placeMarkers([
			{ x: 10, label: 'A' },
			{ x: 10.8, label: 'C' },
			{ x: 11.6, label: 'P' },
			{ x: 40, label: 'A' }
		]);
		expect(crowded.map((marker) => marker.visits)).toEqual([[0, 1, 2], [3]]);
	});
});
