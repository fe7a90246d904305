import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The hashes of the inline scripts in src/app.html, which run before the app (the policy allows
 * no other inline script). Computed from the file itself, so an edit cannot leave a stale hash.
 */
const templateScriptHashes = [
	...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(
		/<script>([\s\S]*?)<\/script>/g
	)
].map(
	([, body]) =>
		/** @type {`sha256-${string}`} */ (
			`sha256-${createHash('sha256')
				.update(body ?? '')
				.digest('base64')}`
		)
);

/**
 * Where sync may connect: https servers anywhere, and plain http only on this computer (by name or
 * 127.0.0.1: a policy cannot name an IPv6 address such as [::1]). This is
 * the widest the app ever allows; the script in src/app.html narrows it on every load to this
 * origin alone, or to this origin and the one server sync is set up with.
 */
const syncServers = ['https:', 'http://localhost:*', 'http://127.0.0.1:*'];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every screen is prerendered as the offline shell; 200.html is the SPA fallback
		// the service worker serves for any other navigation.
		adapter: adapter({ fallback: '200.html', strict: true }),
		// A screen's stylesheets go into its HTML: as separate files each was one more request
		// before the first paint (about a dozen on Today, with the CSS of its on-demand parts).
		// The biggest, the app's own, is about 7 KB; style-src already allows inline styles.
		inlineStyleThreshold: 16_384,
		// The service worker is built and registered by @vite-pwa/sveltekit (workbox-window).
		serviceWorker: { register: false },
		// frame-ancestors is left out on purpose: browsers ignore it in a <meta> policy, the only
		// kind a prerendered static app can carry. The preview server (vite.config.ts) sends it as
		// a header; any other host should too.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...templateScriptHashes],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', ...syncServers],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
