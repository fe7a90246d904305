// Stops `npm test` with one plain instruction when the browser for the e2e suite is missing.
import { chromiumFound, chromiumPath } from './chromium.js';

if (!chromiumFound()) {
	console.error(
		`Chromium not found at ${chromiumPath()}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set UNKNOT_CHROMIUM=/path/to/chromium.`
	);
	process.exit(1);
}
