import { describe, expect, it } from 'vitest';
import { checkServerAddress } from './syncAddress';

describe('the sync server address', () => {
	it('takes https anywhere and http only on this computer', () => {
		expect(checkServerAddress(' https://couch.example.org/ ')).toEqual({
			ok: true,
			address: 'https://couch.example.org',
			origin: 'https://couch.example.org'
		});
		expect(checkServerAddress('https://host:6984/journal')).toEqual({
			ok: true,
			address: 'https://host:6984/journal',
			origin: 'https://host:6984'
		});
		expect(checkServerAddress('http://127.0.0.1:5984').ok).toBe(true);
		expect(checkServerAddress('http://localhost:5984').ok).toBe(true);
	});

	it('refuses plain http across a network, other schemes, credentials in the address and half addresses', () => {
		for (const typed of [
			'http://192.168.1.5:5984',
			'http://[::1]:5984',
			'https://[2001:db8::1]',
			'http://couch.example.org',
			'ftp://couch.example.org',
			'couch.example.org',
			'https://me:secret@couch.example.org',
			'https://couch.example.org/?x=1',
			'https://',
			''
		]) {
			expect(checkServerAddress(typed)).toEqual({ ok: false });
		}
	});
});
