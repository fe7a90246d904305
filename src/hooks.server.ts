// Runs only while the build prerenders the pages (the app is static): each page's list of
// scripts to preload is completed from the build manifest (see lib/server/modulePreloads.ts).
import { existsSync, readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { completeModulePreloads, type BuildManifest } from '$lib/server/modulePreloads';

const manifestFile = '.svelte-kit/output/client/.vite/manifest.json';

let manifest: BuildManifest | null | undefined;

function buildManifest(): BuildManifest | null {
	manifest ??= existsSync(manifestFile)
		? (JSON.parse(readFileSync(manifestFile, 'utf8')) as BuildManifest)
		: null;
	return manifest;
}

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const read = buildManifest();
			return read ? completeModulePreloads(html, read) : html;
		}
	});
