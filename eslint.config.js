import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layers of ARCHITECTURE.md as lint: each folder names what it may not import, so a crossed
 * layer fails `npm run check` instead of drifting from the diagram.
 */
const layers = {
	/** Only the data layer (and the test helpers that seed it) opens the database itself. */
	database: {
		group: ['$lib/db/database', '$lib/db/schema', '**/db/database', '**/db/schema'],
		message: 'Only src/lib/db opens the database: use a repository (or db/journal.ts).'
	},
	dataLayer: {
		group: ['$lib/db', '$lib/db/**', '**/db/**'],
		message:
			'Not from this layer: components read through state and act through services; domain and messages stay pure.'
	},
	ui: {
		group: [
			'$lib/components/**',
			'$lib/state/**',
			'$lib/services/**',
			'$app/**',
			'svelte',
			'svelte/**'
		],
		message:
			'This layer sits below the UI: it may not import components, state, services or Svelte.'
	},
	components: {
		group: ['$lib/components/**'],
		message: 'This layer sits below the components.'
	}
};

/** One no-restricted-imports rule for a folder: the database rule always, plus the folder's own. */
function restricted(...patterns) {
	return { 'no-restricted-imports': ['error', { patterns: [layers.database, ...patterns] }] };
}

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			curly: ['error', 'multi-line'],
			'svelte/button-has-type': 'error',
			'no-undef': 'off'
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['playwright.config.ts'] },
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			...restricted(),
			// An unawaited Dexie write fails silently: these catch lost promises.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }
			]
		}
	},
	// Pure logic and words: nothing from the database, the UI or Svelte.
	{
		files: ['src/lib/domain/**', 'src/lib/messages/**'],
		rules: restricted(layers.dataLayer, layers.ui, {
			group: ['dexie'],
			message: 'The domain is pure: the database lives in src/lib/db.'
		})
	},
	// The data layer publishes; the UI subscribes. It may open the database itself.
	{
		files: ['src/lib/db/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [layers.ui] }] }
	},
	// Test helpers seed the real database.
	{ files: ['src/test-data/**'], rules: { 'no-restricted-imports': 'off' } },
	// Sync's engine sits below the UI: it reaches the journal through the sync store and is told
	// what to do by state/sync.svelte.ts, never the other way round.
	{
		files: ['src/lib/sync/**'],
		rules: restricted(layers.components, {
			group: ['$lib/state/**', '$app/**', 'svelte', 'svelte/**'],
			message: 'Sync sits below the UI: state/sync.svelte.ts calls it, not the other way round.'
		})
	},
	// State and services sit below the components.
	{ files: ['src/lib/state/**', 'src/lib/services/**'], rules: restricted(layers.components) },
	// Shared components read through state and act through services, never the repositories.
	{ files: ['src/lib/components/**'], rules: restricted(layers.dataLayer) },
	// Every spec waits for the app to hydrate after a navigation (tests/fixtures.ts).
	{
		files: ['tests/**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: '@playwright/test',
							importNames: ['test'],
							message: 'Use `test` from ./fixtures: it waits until the page is interactive.'
						}
					],
					patterns: [layers.database]
				}
			]
		}
	}
);
