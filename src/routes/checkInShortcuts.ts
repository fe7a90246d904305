// Keyboard shortcuts on Today: 0–9 set "Pain now", 1 then 0 sets 10, Enter saves.
// They stay out of the way while someone types in a text field or uses another control.

const tenWindowMs = 1000;
let lastOne = 0;

export interface ShortcutActions {
	setScore: (score: number) => void;
	save: () => void;
}

function typingTarget(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable) return true;
	if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
	if (target instanceof HTMLInputElement) return !['radio', 'checkbox'].includes(target.type);
	return target.closest('dialog') !== null;
}

/** `scope` is the check-in: keys pressed inside another control elsewhere are left alone. */
export function checkInShortcuts(
	event: KeyboardEvent,
	actions: ShortcutActions,
	scope: HTMLElement | undefined
) {
	if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
	const target = event.target;
	const onPage = target === document.body || target === document.documentElement;
	if (!onPage && !(target instanceof Node && scope?.contains(target))) return;
	if (typingTarget(target)) return;
	if (/^[0-9]$/.test(event.key)) {
		const digit = Number(event.key);
		const now = Date.now();
		if (digit === 0 && now - lastOne < tenWindowMs) {
			actions.setScore(10);
			lastOne = 0;
		} else {
			actions.setScore(digit);
			lastOne = digit === 1 ? now : 0;
		}
		event.preventDefault();
	} else if (event.key === 'Enter') {
		// Enter on a button or link keeps its own meaning.
		if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return;
		if (target instanceof HTMLElement && target.tagName === 'SUMMARY') return;
		actions.save();
		event.preventDefault();
	}
}
