// Build time only: completes the scripts a prerendered page preloads.
//
// SvelteKit 2.70 lists a page's static imports as <link rel="modulepreload">, walking the build
// manifest from the page's node. Its walk (find_deps in kit/src/exports/vite/build/utils.js)
// shares one `seen` set between static and dynamic imports: a file the page imports statically,
// but which a lazily loaded part (the database, the body map) also imports and which is walked
// first, is never listed. The browser then finds it only once its importer has arrived: a round
// trip later, before the page can hydrate. The manifest has the whole static graph, so the list
// is completed from it.

/** The part of Vite's build manifest read here: each chunk's file and its static imports. */
export type BuildManifest = Record<string, { file: string; imports?: string[] }>;

const preloadLink = /<link href="(\.{1,2}\/)([^"]+\.js)" rel="modulepreload">/g;

export function completeModulePreloads(html: string, manifest: BuildManifest): string {
	const links = [...html.matchAll(preloadLink)];
	const last = links.at(-1);
	if (!last) return html;
	const prefix = last[1]!;
	const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
	const listed = new Set(links.map((link) => link[2]!));
	const missing: string[] = [];
	const visited = new Set<string>();
	const visit = (key: string) => {
		if (visited.has(key)) return;
		visited.add(key);
		const chunk = manifest[key];
		if (!chunk) return;
		if (!listed.has(chunk.file)) missing.push(chunk.file);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	for (const file of listed) {
		const key = keyOfFile.get(file);
		if (key) visit(key);
	}
	if (missing.length === 0) return html;
	const added = missing.map((file) => `\n\t\t<link href="${prefix}${file}" rel="modulepreload">`);
	const end = last.index + last[0].length;
	return html.slice(0, end) + added.join('') + html.slice(end);
}
