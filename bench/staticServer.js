// A plain static file server for the side-by-side run (bench/compare.js): the same server, with
// the same gzip, for every build compared, so only the apps differ. Serves `folder` on loopback;
// an address without a file gets the folder's SPA fallback page.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8'
};
const compressible = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.webmanifest',
	'.svg',
	'.txt'
]);

/**
 * @param {string} folder the build to serve
 * @param {number} port
 * @param {string[]} fallbacks pages tried, in order, for an address that is not a file
 * @returns {Promise<import('node:http').Server>}
 */
export function serveFolder(folder, port, fallbacks = ['200.html', 'index.html']) {
	const server = createServer(async (request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		const candidates = path.endsWith('/')
			? [join(path, 'index.html')]
			: [path, `${path}.html`, join(path, 'index.html')];
		candidates.push(...fallbacks.map((page) => `/${page}`));
		for (const candidate of candidates) {
			let body;
			try {
				body = await readFile(join(folder, candidate));
			} catch {
				continue;
			}
			const extension = extname(candidate);
			response.setHeader('Content-Type', types[extension] ?? 'application/octet-stream');
			if (
				compressible.has(extension) &&
				/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
			) {
				body = gzipSync(body);
				response.setHeader('Content-Encoding', 'gzip');
			}
			response.setHeader('Cache-Control', 'no-cache');
			response.end(body);
			return;
		}
		response.statusCode = 404;
		response.end();
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(server));
	});
}
