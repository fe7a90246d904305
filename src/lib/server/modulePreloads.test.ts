import { describe, expect, it } from 'vitest';
import { completeModulePreloads, type BuildManifest } from './modulePreloads';

const manifest: BuildManifest = {
	'nodes/2.js': { file: '_app/immutable/nodes/2.js', imports: ['_a.js', '_day.js'] },
	'_a.js': { file: '_app/immutable/chunks/a.js', imports: ['_runtime.js'] },
	'_runtime.js': { file: '_app/immutable/chunks/runtime.js' },
	'_day.js': { file: '_app/immutable/chunks/day.js', imports: ['_rows.js'] },
	'_rows.js': { file: '_app/immutable/chunks/rows.js' },
	'_lazy.js': { file: '_app/immutable/chunks/lazy.js', imports: ['_day.js'] }
};

const page = (files: string[]) =>
	`<head>\n${files.map((file) => `\t\t<link href="./${file}" rel="modulepreload">`).join('\n')}\n\t\t<title>Today</title>`;

describe('completeModulePreloads', () => {
	it('adds the static imports the page list missed, after the last preload', () => {
		const html = page([
			'_app/immutable/nodes/2.js',
			'_app/immutable/chunks/a.js',
			'_app/immutable/chunks/runtime.js'
		]);
		const completed = completeModulePreloads(html, manifest);
		expect(completed).toContain('<link href="./_app/immutable/chunks/day.js" rel="modulepreload">');
		expect(completed).toContain(
			'<link href="./_app/immutable/chunks/rows.js" rel="modulepreload">'
		);
		expect(completed).not.toContain('lazy.js');
		expect(completed.indexOf('rows.js')).toBeLessThan(completed.indexOf('<title>'));
	});

	it('leaves a complete list as it is', () => {
		const html = page(
			Object.values(manifest)
				.slice(0, 5)
				.map((chunk) => chunk.file)
		);
		expect(completeModulePreloads(html, manifest)).toBe(html);
	});
});
