// The colour theme: the system's by default, or light or dark as chosen in Settings.
// The settings table is the truth; a localStorage copy lets the bootstrap script in app.html
// apply the theme before the first paint, so a dark choice never flashes light (or the reverse).

import { readSetting, writeSetting } from '$lib/db/settings';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** The localStorage copy of the choice that src/app.html reads ('light' or 'dark'; none for the system's). */
export const themeHint = 'unknot.theme';

/** What the bootstrap script applied, so the choice is right from the start. */
function appliedChoice(): ThemeChoice {
	if (typeof document === 'undefined') return 'system';
	const applied = document.documentElement.dataset.theme;
	return applied === 'light' || applied === 'dark' ? applied : 'system';
}

function writeHint(choice: ThemeChoice) {
	try {
		if (choice === 'system') localStorage.removeItem(themeHint);
		else localStorage.setItem(themeHint, choice);
	} catch {
		// Storage blocked: the theme still applies once the settings table is read.
	}
}

class Theme {
	choice = $state<ThemeChoice>(appliedChoice());

	async load() {
		this.#apply(await readSetting<ThemeChoice>('theme', 'system'));
	}

	async choose(choice: ThemeChoice) {
		this.#apply(choice);
		await writeSetting('theme', choice);
	}

	#apply(choice: ThemeChoice) {
		this.choice = choice;
		writeHint(choice);
		if (choice === 'system') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = choice;
	}
}

export const theme = new Theme();
