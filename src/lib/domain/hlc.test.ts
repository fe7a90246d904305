import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	compareStamps,
	formatStamp,
	incomingWins,
	nextStamp,
	parseStamp,
	pickWinner,
	receiveStamp,
	type Stamp
} from './hlc';

const device = fc.stringMatching(/^[0-9a-z]{1,12}$/);
const moment = fc.integer({ min: 0, max: 2 ** 46 });

describe('stamps', () => {
	it('round-trip through their text form', () => {
		fc.assert(
			fc.property(moment, fc.integer({ min: 0, max: 65_535 }), device, (wall, counter, id) => {
				expect(parseStamp(formatStamp({ wall, counter, device: id }))).toEqual({
					wall,
					counter,
					device: id
				});
			})
		);
	});

	it('compare as text exactly as (wall, counter, device)', () => {
		const parts = fc.record({
			wall: moment,
			counter: fc.integer({ min: 0, max: 65_535 }),
			device: fc.stringMatching(/^[0-9a-f]{8}$/)
		});
		fc.assert(
			fc.property(parts, parts, (a, b) => {
				const expected =
					a.wall !== b.wall
						? Math.sign(a.wall - b.wall)
						: a.counter !== b.counter
							? Math.sign(a.counter - b.counter)
							: a.device < b.device
								? -1
								: a.device > b.device
									? 1
									: 0;
				expect(compareStamps(formatStamp(a), formatStamp(b))).toBe(expected);
			})
		);
	});

	it('refuses text that is not a stamp', () => {
		expect(parseStamp('12.3.abc')).toBeNull();
		expect(parseStamp('000000000001.0000.ABC')).toBeNull();
		expect(() => formatStamp({ wall: -1, counter: 0, device: 'a' })).toThrow(RangeError);
	});
});

describe('the clock of one device', () => {
	it('always moves forward, whatever the wall clock does', () => {
		fc.assert(
			fc.property(fc.array(moment, { minLength: 1, maxLength: 50 }), device, (nows, id) => {
				let last: Stamp | null = null;
				for (const now of nows) {
					const next = nextStamp(last, now, id);
					if (last !== null) expect(compareStamps(next, last)).toBeGreaterThan(0);
					expect(parseStamp(next)!.wall).toBeGreaterThanOrEqual(now);
					last = next;
				}
			})
		);
	});

	it('moves to the next millisecond when the counter is used up', () => {
		const full = formatStamp({ wall: 1000, counter: 65_535, device: 'a' });
		expect(parseStamp(nextStamp(full, 1000, 'a'))).toEqual({ wall: 1001, counter: 0, device: 'a' });
	});

	it('writes after a received stamp beat it, even when its own clock is far behind', () => {
		fc.assert(
			fc.property(moment, moment, device, device, (remoteWall, localNow, a, b) => {
				const remote = formatStamp({ wall: remoteWall, counter: 7, device: a });
				const clock = receiveStamp(nextStamp(null, localNow, b), remote);
				expect(compareStamps(nextStamp(clock, localNow, b), remote)).toBeGreaterThan(0);
			})
		);
	});
});

describe('the merge rule', () => {
	it('lets the newer stamp win and nothing else', () => {
		const older = formatStamp({ wall: 10, counter: 0, device: 'a' });
		const newer = formatStamp({ wall: 10, counter: 1, device: 'a' });
		expect(incomingWins(newer, older)).toBe(true);
		expect(incomingWins(older, newer)).toBe(false);
		expect(incomingWins(older, older)).toBe(false);
		expect(incomingWins(older, null)).toBe(true);
	});

	it('a device whose clock runs a year ahead stops winning once the others have seen it', () => {
		const year = 365 * 86_400_000;
		const now = 1_800_000_000_000;
		const fast = nextStamp(null, now + year, 'fast');
		// The honest device has received the fast one's write; its next edit of the row wins.
		const honestClock = receiveStamp(nextStamp(null, now, 'honest'), fast);
		const honestEdit = nextStamp(honestClock, now + 1000, 'honest');
		expect(incomingWins(honestEdit, fast)).toBe(true);
	});

	it('picks the same winner whatever order the versions come in', () => {
		const version = fc.record({
			stamp: fc
				.tuple(
					fc.integer({ min: 0, max: 5 }),
					fc.integer({ min: 0, max: 2 }),
					fc.constantFrom('a', 'b')
				)
				.map(([wall, counter, id]) => formatStamp({ wall, counter, device: id })),
			tieBreaker: fc.constantFrom('1-x', '2-y', '3-z')
		});
		fc.assert(
			fc.property(
				fc.array(version, { minLength: 1, maxLength: 8 }),
				fc.infiniteStream(fc.nat()),
				(versions, seeds) => {
					const shuffled = [...versions].sort(() => (seeds.next().value % 3) - 1);
					expect(pickWinner(shuffled)).toEqual(pickWinner(versions));
					const winner = pickWinner(versions)!;
					for (const other of versions) {
						expect(compareStamps(winner.stamp, other.stamp)).toBeGreaterThanOrEqual(0);
					}
				}
			)
		);
	});
});
