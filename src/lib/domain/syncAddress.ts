// The server address a person types for sync: https anywhere, plain http only on this computer
// (a password and ciphertext must not cross a network in the clear). An IPv6 address cannot be
// named in a content security policy, so [::1] is refused: localhost is the same.

export type AddressCheck = { ok: true; address: string; origin: string } | { ok: false };

const loopbackHosts = new Set(['localhost', '127.0.0.1']);

export function checkServerAddress(typed: string): AddressCheck {
	const text = typed.trim();
	if (!/^https?:\/\//i.test(text)) return { ok: false };
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return { ok: false };
	}
	if (url.username || url.password || url.search || url.hash) return { ok: false };
	if (url.hostname.startsWith('[')) return { ok: false };
	if (url.protocol === 'http:' && !loopbackHosts.has(url.hostname)) return { ok: false };
	const address = url.href.replace(/\/+$/, '');
	return { ok: true, address, origin: url.origin };
}
