import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * `vite preview` serves the prerendered screens but not adapter-static's SPA fallback page,
 * which the service worker precaches for navigations to any other address. It also sends the
 * one policy a <meta> tag cannot carry: no framing.
 */
function previewFallbackPage(): Plugin {
	return {
		name: 'unknot-preview-fallback-page',
		configurePreviewServer(server) {
			// Only a header can forbid framing; see the note on kit.csp in svelte.config.js.
			server.middlewares.use((_request, response, next) => {
				response.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
				response.setHeader('X-Frame-Options', 'DENY');
				next();
			});
			server.middlewares.use('/200.html', (_request, response) => {
				readFile('build/200.html').then(
					(html) => {
						response.setHeader('Content-Type', 'text/html; charset=utf-8');
						response.end(html);
					},
					() => {
						response.statusCode = 404;
						response.end();
					}
				);
			});
		}
	};
}

/** The app's version, written into every backup so a restore can tell which app made it. */
const appVersion =
	process.env.npm_package_version ??
	(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

export default defineConfig({
	define: { __APP_VERSION__: JSON.stringify(appVersion) },
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			injectRegister: false,
			manifest: false,
			kit: { adapterFallback: '200.html', spa: true },
			workbox: {
				globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json,ico}'],
				cleanupOutdatedCaches: true
			}
		}),
		previewFallbackPage()
	],
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'jsdom',
		setupFiles: ['./src/test-setup.ts'],
		restoreMocks: true,
		// Generous: a shared 2-core machine can be slow, and tests assert results, not speed.
		testTimeout: 30_000,
		hookTimeout: 30_000
	},
	resolve: {
		// Dexie's ES module for modern browsers, 1.3 KB gzip lighter than the ES5 build its package
		// entry wraps (that wrapper only guards against two copies of Dexie; there is one).
		alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
		...(process.env.VITEST ? { conditions: ['browser'] } : {})
	}
});
