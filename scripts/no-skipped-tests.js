// A skipped test hides a broken feature: refuse .skip, .todo, .fixme and .only in any test file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['src', 'tests'];
const pattern = /\b(?:test|it|describe)\s*\.\s*(?:skip|todo|fixme|only)\b/;
const problems = [];

function walk(folder) {
	for (const name of readdirSync(folder)) {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) walk(path);
		else if (/\.(test|spec)\.ts$/.test(name)) {
			readFileSync(path, 'utf8')
				.split('\n')
				.forEach((line, index) => {
					if (pattern.test(line)) problems.push(`${path}:${index + 1}: ${line.trim()}`);
				});
		}
	}
}

roots.forEach(walk);
if (problems.length > 0) {
	console.error('Skipped or focused tests are not allowed:\n' + problems.join('\n'));
	process.exit(1);
}
