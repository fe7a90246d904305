// The colour theme: the system's by default, or light or dark as chosen in Settings.

import { readSetting, writeSetting } from '$lib/db/settings';

export type ThemeChoice = 'system' | 'light' | 'dark';

class Theme {
	choice = $state<ThemeChoice>('system');

	async load() {
		this.#apply(await readSetting<ThemeChoice>('theme', 'system'));
	}

	async choose(choice: ThemeChoice) {
		this.#apply(choice);
		await writeSetting('theme', choice);
	}

	#apply(choice: ThemeChoice) {
		this.choice = choice;
		if (choice === 'system') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = choice;
	}
}

export const theme = new Theme();
