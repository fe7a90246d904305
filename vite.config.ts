import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** Whether the build has a prerendered page (or a folder of them) for an address. */
function builtPageExists(pathname: string): boolean {
	const path = `build${pathname}`;
	return [path, `${path}.html`].some((candidate) => existsSync(candidate));
}

/**
 * `vite preview` serves the prerendered screens but not adapter-static's SPA fallback page,
 * which the service worker precaches for navigations to any other address. Like the static hosts
 * the fallback is made for, it serves that page for a navigation to an address without a page
 * of its own (an own routine's, /release/<id>), so a reload works before the service worker
 * controls the page. It also sends the one policy a <meta> tag cannot carry: no framing.
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
			const sendFallbackPage = (response: import('node:http').ServerResponse) => {
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
			};
			server.middlewares.use('/200.html', (_request, response) => sendFallbackPage(response));
			server.middlewares.use((request, response, next) => {
				const navigation =
					request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
				const { pathname } = new URL(request.url ?? '/', 'http://localhost');
				// Files, "/" and addresses with a trailing slash are left to the preview server.
				const file = /\.[a-z0-9]+$/i.test(pathname) || pathname.endsWith('/');
				if (!navigation || file || pathname.includes('..') || builtPageExists(pathname)) {
					next();
					return;
				}
				sendFallbackPage(response);
			});
		}
	};
}

/**
 * The modules every screen loads before it works: the app's frame (src/routes/+layout.svelte) and
 * what it imports, Svelte and Kit among them. Left to itself the bundler splits them by which
 * on-demand parts also import each, into some thirty small files that a first visit asks for one
 * by one; always loaded together, they go in one file.
 */
function frameChunk(
	moduleId: string,
	context: { getModuleInfo(id: string): { importers: readonly string[] } | null }
): string | null {
	const seen = new Set<string>();
	const inFrame = (id: string): boolean => {
		if (seen.has(id)) return false;
		seen.add(id);
		if (/[\\/]src[\\/]routes[\\/]\+layout\.svelte$/.test(id)) return true;
		return (context.getModuleInfo(id)?.importers ?? []).some(inFrame);
	};
	return inFrame(moduleId) ? 'frame' : null;
}

/** The app's version, written into every backup so a restore can tell which app made it. */
const appVersion =
	process.env.npm_package_version ??
	(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

export default defineConfig({
	build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: frameChunk }] } } } },
	define: { __APP_VERSION__: JSON.stringify(appVersion) },
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			// The worker lives at the root for every page, nested ones too (/release/session):
			// Kit's relative base would register /release/sw.js from there, which does not exist.
			base: '/',
			scope: '/',
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
		// PouchDB logs this on every first contact with a server; it is not a problem.
		onConsoleLog: (log) => !log.includes('is totally normal'),
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
