// This tab's own name, so each tab keeps its own check-in draft. The name lives in the tab's
// sessionStorage (a reload keeps it, another tab never sees it) and is held as a Web Lock while
// the tab is open, so any tab can tell the drafts of tabs still open from those left behind by
// tabs that closed or crashed.

const nameKey = 'unknot.tab';
const lockPrefix = 'unknot-tab:';

let named: Promise<string> | null = null;

function newName(): string {
	return typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Holds this tab's lock for as long as the page lives; false when another page holds it. */
function holdLock(name: string): Promise<boolean> {
	return new Promise((resolve) => {
		navigator.locks
			.request(`${lockPrefix}${name}`, { ifAvailable: true }, (lock) => {
				resolve(lock !== null);
				// Held until the page goes: never resolved.
				return lock ? new Promise<void>(() => {}) : undefined;
			})
			.catch(() => resolve(true));
	});
}

async function findName(): Promise<string> {
	let stored: string | null = null;
	try {
		stored = sessionStorage.getItem(nameKey);
	} catch {
		stored = null;
	}
	let name = stored ?? newName();
	if (typeof navigator !== 'undefined' && navigator.locks) {
		// A duplicated tab starts with a copy of its original's sessionStorage, and so its name:
		// the original holds the lock, and the copy takes a name of its own.
		while (!(await holdLock(name))) name = newName();
	}
	try {
		sessionStorage.setItem(nameKey, name);
	} catch {
		// Without sessionStorage the name lasts as long as the page.
	}
	return name;
}

/** This tab's name. */
export function thisTab(): Promise<string> {
	named ??= findName();
	return named;
}

/**
 * Whether the tab named `name` is open now (this one included). Unknown without Web Locks:
 * then every other tab counts as closed.
 */
export async function openTabs(): Promise<(name: string) => boolean> {
	const own = await thisTab();
	if (typeof navigator === 'undefined' || !navigator.locks) return (name) => name === own;
	const held = await navigator.locks.query();
	const open = new Set(
		(held.held ?? [])
			.map((lock) => lock.name ?? '')
			.filter((lockName) => lockName.startsWith(lockPrefix))
			.map((lockName) => lockName.slice(lockPrefix.length))
	);
	open.add(own);
	return (name) => open.has(name);
}
