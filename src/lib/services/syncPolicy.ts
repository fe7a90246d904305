// Which server the page may send requests to. The content security policy of every page allows
// only its own origin unless sync is set up: a small script in app.html reads the origin kept
// here before anything else loads and adds a second policy, `connect-src 'self'` or
// `connect-src 'self' <server>`, which browsers enforce together with the built-in one. Kept in
// localStorage because that script must read it synchronously before the first request.

export const syncServerKey = 'unknot.syncServer';
/** Set when another device erased the journal everywhere and this one followed: Settings says so. */
export const syncErasedKey = 'unknot.syncErased';
/** The server address typed in step 1 of setting sync up, while steps 2 and 3 are pending. */
export const syncSetupKey = 'unknot.syncSetup';

/** http(s) origins only; the script in app.html checks the same before using one. */
const originPattern = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

export function isServerOrigin(value: string): boolean {
	return originPattern.test(value);
}

/** The server this device syncs with (or is being set up with), if any. */
export function allowedServer(): string | null {
	const origin = storage()?.getItem(syncServerKey) ?? null;
	return origin && isServerOrigin(origin) ? origin : null;
}

export function allowServer(origin: string) {
	if (!isServerOrigin(origin)) throw new RangeError(`Not a server origin: ${origin}`);
	storage()?.setItem(syncServerKey, origin);
}

export function forgetServer() {
	storage()?.removeItem(syncServerKey);
	storage()?.removeItem(syncSetupKey);
}

export function pendingSetup(): string | null {
	return storage()?.getItem(syncSetupKey) ?? null;
}

export function startSetup(address: string, origin: string) {
	allowServer(origin);
	storage()?.setItem(syncSetupKey, address);
}

export function endSetup() {
	storage()?.removeItem(syncSetupKey);
}

/** Whether this page, as loaded, may send requests to `origin` (its policy was set at load). */
export function pageAllows(origin: string): boolean {
	if (typeof document === 'undefined') return false;
	return [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].some(
		(meta) => meta.getAttribute('content') === `connect-src 'self' ${origin}`
	);
}
