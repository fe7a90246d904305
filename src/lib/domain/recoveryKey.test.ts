import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatRecoveryKey, readRecoveryKey } from './recoveryKey';

const secret = fc.uint8Array({ minLength: 16, maxLength: 16 });

describe('the recovery key', () => {
	it('is seven groups of four characters that read back to the same bytes', () => {
		fc.assert(
			fc.property(secret, (bytes) => {
				const printed = formatRecoveryKey(bytes);
				expect(printed).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);
				const read = readRecoveryKey(printed);
				expect(read).toEqual({ ok: true, secret: bytes });
			})
		);
	});

	it('reads a key typed in lower case, with spaces, and O, I or L for 0 and 1', () => {
		const bytes = new Uint8Array(16).fill(1);
		const printed = formatRecoveryKey(bytes);
		const typed = printed.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
		expect(readRecoveryKey(typed)).toEqual({ ok: true, secret: bytes });
	});

	it('names a typo when any one character is changed', () => {
		fc.assert(
			fc.property(secret, fc.nat(27), fc.nat(31), (bytes, position, shift) => {
				const printed = formatRecoveryKey(bytes).replace(/-/g, '');
				const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
				const original = alphabet.indexOf(printed[position]!);
				const replaced = alphabet[(original + 1 + (shift % 31)) % 32]!;
				const typed = printed.slice(0, position) + replaced + printed.slice(position + 1);
				expect(readRecoveryKey(typed)).toEqual({ ok: false, problem: 'typo' });
			})
		);
		expect(readRecoveryKey('ABCD')).toEqual({ ok: false, problem: 'length' });
		expect(readRecoveryKey('U'.repeat(28))).toEqual({ ok: false, problem: 'character' });
	});

	it('names a typo when two neighbouring characters are swapped', () => {
		fc.assert(
			fc.property(secret, fc.nat(26), (bytes, position) => {
				const printed = formatRecoveryKey(bytes).replace(/-/g, '');
				const [first, second] = [printed[position]!, printed[position + 1]!];
				fc.pre(first !== second);
				const typed = printed.slice(0, position) + second + first + printed.slice(position + 2);
				expect(readRecoveryKey(typed).ok).toBe(false);
			})
		);
	});
});
