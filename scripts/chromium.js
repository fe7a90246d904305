// Where the tests and scripts find Chromium: UNKNOT_CHROMIUM, else Debian's package path.
import { existsSync } from 'node:fs';

export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function chromiumPath() {
	return process.env.UNKNOT_CHROMIUM || '/usr/bin/chromium';
}

export function chromiumFound() {
	return existsSync(chromiumPath());
}
