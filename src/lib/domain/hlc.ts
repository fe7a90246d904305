// The hybrid logical clock that orders every synced write, and the one merge rule built on it.
// A stamp is the wall clock in ms, a counter and the device id, written so that comparing two
// stamps as strings compares them as (wall, counter, device): a total order, the same on every
// device. A device's clock never runs backwards and jumps past any stamp it receives, so a device
// whose clock is wrong can win a row only until another device has seen its stamp and writes again.

import type { EpochMs } from './day';

/** `wall.counter.device`: 12 hex digits, 4 hex digits, the device id. Compare as strings. */
export type Stamp = string;

export interface StampParts {
	wall: EpochMs;
	counter: number;
	device: string;
}

const wallDigits = 12;
const counterDigits = 4;
const counterLimit = 16 ** counterDigits;
const wallLimit = 16 ** wallDigits;
const devicePattern = /^[0-9a-z]{1,32}$/;
const stampPattern = /^([0-9a-f]{12})\.([0-9a-f]{4})\.([0-9a-z]{1,32})$/;

export function isDeviceId(value: string): boolean {
	return devicePattern.test(value);
}

export function formatStamp({ wall, counter, device }: StampParts): Stamp {
	if (!Number.isInteger(wall) || wall < 0 || wall >= wallLimit) {
		throw new RangeError(`A stamp's wall clock must be a moment in ms (got ${wall}).`);
	}
	if (!Number.isInteger(counter) || counter < 0 || counter >= counterLimit) {
		throw new RangeError(`A stamp's counter is out of range (got ${counter}).`);
	}
	if (!isDeviceId(device)) throw new RangeError(`Not a device id: ${device}`);
	return `${wall.toString(16).padStart(wallDigits, '0')}.${counter.toString(16).padStart(counterDigits, '0')}.${device}`;
}

export function parseStamp(stamp: Stamp): StampParts | null {
	const match = stampPattern.exec(stamp);
	if (!match) return null;
	return {
		wall: Number.parseInt(match[1]!, 16),
		counter: Number.parseInt(match[2]!, 16),
		device: match[3]!
	};
}

export function isStamp(value: unknown): value is Stamp {
	return typeof value === 'string' && stampPattern.test(value);
}

/** Negative when a is older, positive when newer, 0 when the same stamp. */
export function compareStamps(a: Stamp, b: Stamp): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The stamp of this device's next write: later than `last` (this device's clock, which includes
 * every stamp it has received) and than the wall clock when that is ahead.
 */
export function nextStamp(last: Stamp | null, now: EpochMs, device: string): Stamp {
	const previous = last === null ? null : parseStamp(last);
	const wall = Math.max(Math.floor(now), previous?.wall ?? 0);
	if (previous === null || wall > previous.wall) return formatStamp({ wall, counter: 0, device });
	// Same millisecond as the clock: count up, and move to the next millisecond when the counter
	// is used up, so stamps stay unique and ordered even after a burst of 65,536 writes.
	if (previous.counter + 1 < counterLimit) {
		return formatStamp({ wall, counter: previous.counter + 1, device });
	}
	return formatStamp({ wall: wall + 1, counter: 0, device });
}

/** The clock after receiving `remote`: the later of the two, so the next write beats `remote`. */
export function receiveStamp(last: Stamp | null, remote: Stamp): Stamp {
	if (last === null || compareStamps(remote, last) > 0) return remote;
	return last;
}

/** The merge rule: an incoming version replaces the stored one only when its stamp is newer. */
export function incomingWins(incoming: Stamp, stored: Stamp | null | undefined): boolean {
	return stored == null || compareStamps(incoming, stored) > 0;
}

/**
 * The version every device keeps among competing ones: the newest stamp, and among copies of the
 * same stamp (one write delivered twice) the smallest tie-breaker, so every device picks the same.
 */
export function pickWinner<Version extends { stamp: Stamp; tieBreaker: string }>(
	versions: readonly Version[]
): Version | undefined {
	let winner: Version | undefined;
	for (const version of versions) {
		if (
			winner === undefined ||
			compareStamps(version.stamp, winner.stamp) > 0 ||
			(version.stamp === winner.stamp && version.tieBreaker < winner.tieBreaker)
		) {
			winner = version;
		}
	}
	return winner;
}
