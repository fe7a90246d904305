// The printable recovery key: 16 random bytes written in Crockford's base 32 (26 characters)
// and two check characters, as seven groups of four. The check catches any one mistyped
// character and any two neighbours swapped before a key derivation runs, so "typo" and
// "wrong key" get different messages.

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const recoveryKeyBytes = 16;
const dataLength = Math.ceil((recoveryKeyBytes * 8) / 5);
const groupLength = 4;
// A prime below 32 × 32: each position's weight times any digit difference stays below it.
const checkModulus = 1021;

function checkValue(digits: readonly number[]): number {
	return digits.reduce((sum, digit, index) => (sum + (index + 1) * digit) % checkModulus, 0);
}

function toDigits(bytes: Uint8Array): number[] {
	let bits = 0;
	let value = 0;
	const digits: number[] = [];
	for (const byte of bytes) {
		value = (value << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			digits.push((value >>> (bits - 5)) & 31);
			bits -= 5;
		}
		value &= (1 << bits) - 1;
	}
	if (bits > 0) digits.push((value << (5 - bits)) & 31);
	return digits;
}

function fromDigits(digits: readonly number[]): Uint8Array {
	let bits = 0;
	let value = 0;
	const bytes: number[] = [];
	for (const digit of digits) {
		value = (value << 5) | digit;
		bits += 5;
		if (bits >= 8) {
			bytes.push((value >>> (bits - 8)) & 0xff);
			bits -= 8;
			value &= (1 << bits) - 1;
		}
	}
	return Uint8Array.from(bytes.slice(0, recoveryKeyBytes));
}

/** The key as a person writes it down: `ABCD-EFGH-…`. */
export function formatRecoveryKey(secret: Uint8Array): string {
	if (secret.length !== recoveryKeyBytes) throw new RangeError('A recovery key has 16 bytes.');
	const digits = toDigits(secret);
	const check = checkValue(digits);
	const text = [...digits, check >> 5, check & 31].map((digit) => alphabet[digit]).join('');
	return text.match(new RegExp(`.{1,${groupLength}}`, 'g'))!.join('-');
}

export type RecoveryKeyReading =
	{ ok: true; secret: Uint8Array } | { ok: false; problem: 'length' | 'character' | 'typo' };

/**
 * Reads a typed recovery key: spaces, dashes and case do not matter, and the letters people
 * confuse with digits (O, I, L) are read as the digits.
 */
export function readRecoveryKey(typed: string): RecoveryKeyReading {
	const cleaned = typed
		.toUpperCase()
		.replace(/[\s-]/g, '')
		.replace(/O/g, '0')
		.replace(/[IL]/g, '1');
	if (cleaned.length !== dataLength + 2) return { ok: false, problem: 'length' };
	const digits = [...cleaned].map((character) => alphabet.indexOf(character));
	if (digits.some((digit) => digit < 0)) return { ok: false, problem: 'character' };
	const data = digits.slice(0, dataLength);
	const check = (digits[dataLength]! << 5) | digits[dataLength + 1]!;
	if (check !== checkValue(data)) return { ok: false, problem: 'typo' };
	const secret = fromDigits(data);
	// Two bits of the last data character are padding: a key that sets them was mistyped.
	if (toDigits(secret).some((digit, index) => digit !== data[index])) {
		return { ok: false, problem: 'typo' };
	}
	return { ok: true, secret };
}
