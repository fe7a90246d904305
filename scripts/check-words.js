// Fails when a .svelte file writes user-facing words itself instead of taking them from a words
// module (a screen's messages.ts or src/lib/messages/), so every word can be translated in one
// place. It reads the markup only: text between tags, strings written inside {…} where they are
// shown, and literal values of attributes a person reads or hears (aria-label, title, legend…).
// Text without a letter (punctuation, symbols, numbers, arrows) is allowed.
//
// Usage: node scripts/check-words.js [file or folder …]   (default: src)

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';

/** Attributes (and component props) whose value is read or heard by a person. */
const userFacingAttributes = new Set([
	'alt',
	'aria-label',
	'aria-description',
	'aria-placeholder',
	'aria-roledescription',
	'aria-valuetext',
	'cancelLabel',
	'caption',
	'content',
	'heading',
	'hint',
	'label',
	'legend',
	'placeholder',
	'submitLabel',
	'title'
]);

/** Text with a letter in it is a word; anything else (· – → 0–10 ✓ …) may stand in markup. */
const hasLetter = (text) => /\p{L}/u.test(text);

/** Exact strings allowed although they have letters: keep this list short and say why. */
const allowed = new Set([]);

const isWords = (text) => hasLetter(text) && !allowed.has(text.trim());

function svelteFiles(path) {
	if (statSync(path).isFile()) return path.endsWith('.svelte') ? [path] : [];
	return readdirSync(path).flatMap((name) => svelteFiles(join(path, name)));
}

/** The strings an expression shows when it is rendered (not those it compares or passes on). */
function shownStrings(expression) {
	if (!expression) return [];
	switch (expression.type) {
		case 'Literal':
			return typeof expression.value === 'string' ? [expression] : [];
		case 'TemplateLiteral':
			return [
				...expression.quasis.map((quasi) => ({ ...quasi, value: quasi.value.cooked })),
				...expression.expressions.flatMap(shownStrings)
			];
		case 'ConditionalExpression':
			return [...shownStrings(expression.consequent), ...shownStrings(expression.alternate)];
		case 'LogicalExpression':
			return [...shownStrings(expression.left), ...shownStrings(expression.right)];
		case 'BinaryExpression':
			return expression.operator === '+'
				? [...shownStrings(expression.left), ...shownStrings(expression.right)]
				: [];
		case 'ArrayExpression':
			return expression.elements.flatMap(shownStrings);
		default:
			return [];
	}
}

/** Child fragments of a template node, whatever kind of block or element it is. */
const childKeys = [
	'fragment',
	'consequent',
	'alternate',
	'body',
	'fallback',
	'pending',
	'then',
	'catch'
];

function check(file) {
	const source = readFileSync(file, 'utf8');
	const lineOf = (offset) => source.slice(0, offset).split('\n').length;
	const problems = [];
	const report = (offset, what, text) =>
		problems.push(
			`${relative(process.cwd(), file)}:${lineOf(offset)}: ${what}: ${JSON.stringify(text.trim())}`
		);

	function visitExpression(expression, what) {
		for (const string of shownStrings(expression)) {
			if (isWords(string.value)) report(string.start, what, string.value);
		}
	}

	function visit(node) {
		if (!node || typeof node !== 'object') return;
		if (Array.isArray(node)) {
			node.forEach(visit);
			return;
		}
		if (node.type === 'Fragment') {
			visit(node.nodes);
			return;
		}
		if (node.type === 'Text') {
			if (isWords(node.data)) report(node.start, 'text in markup', node.data);
			return;
		}
		if (node.type === 'ExpressionTag') {
			visitExpression(node.expression, 'string shown in markup');
			return;
		}
		for (const attribute of node.attributes ?? []) {
			if (attribute.type !== 'Attribute' || !userFacingAttributes.has(attribute.name)) continue;
			const parts = attribute.value === true ? [] : [attribute.value].flat();
			for (const part of parts) {
				if (part.type === 'Text' && isWords(part.data)) {
					report(part.start, `${attribute.name}="…"`, part.data);
				} else if (part.type === 'ExpressionTag') {
					visitExpression(part.expression, `${attribute.name}={…}`);
				}
			}
		}
		for (const key of childKeys) visit(node[key]);
	}

	const ast = parse(source, { modern: true });
	visit(ast.fragment);
	return problems;
}

const targets = process.argv.slice(2);
const files = (targets.length > 0 ? targets : ['src']).flatMap(svelteFiles).sort();
const problems = files.flatMap(check);
if (problems.length > 0) {
	console.error(problems.join('\n'));
	console.error(
		`\n${problems.length} user-facing ${problems.length === 1 ? 'word is' : 'words are'} written in .svelte markup. Move them to the screen's messages.ts or src/lib/messages/ (exported as \`words\`).`
	);
	process.exit(1);
}
console.log(`Words check: ${files.length} .svelte files take their words from words modules.`);
