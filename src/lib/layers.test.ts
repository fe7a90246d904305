// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layers of ARCHITECTURE.md are kept by ESLint's no-restricted-imports (eslint.config.js).
 * These cases prove the configuration catches a crossed layer, so loosening a pattern fails here
 * and not only silently in review. Typed linting is switched off: only the import rule matters.
 */
const eslint = new ESLint({
	overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
	ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports'
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).map((message) => message.message);
}

const script = (line: string) => `<script lang="ts">\n${line}\n</script>\n`;

describe('layers', () => {
	it.each([
		[
			'the domain may not read the database',
			'src/lib/domain/example.ts',
			"import { painEntries } from '$lib/db/painEntries';"
		],
		[
			'the domain may not use Svelte state',
			'src/lib/domain/example.ts',
			"import { theme } from '$lib/state/theme.svelte';"
		],
		['the domain may not use Dexie', 'src/lib/domain/example.ts', "import Dexie from 'dexie';"],
		[
			'words may not read the database',
			'src/lib/messages/example.ts',
			"import { rows } from '$lib/db/rows';"
		],
		[
			'the database may not call up into state',
			'src/lib/db/example.ts',
			"import { databaseStatus } from '$lib/state/databaseStatus.svelte';"
		],
		[
			'the database may not use components',
			'src/lib/db/example.ts',
			"import Field from '$lib/components/Field.svelte';"
		],
		[
			'state may not use components',
			'src/lib/state/example.svelte.ts',
			"import Field from '$lib/components/Field.svelte';"
		],
		[
			'a component may not call a repository',
			'src/lib/components/Example.svelte',
			script("import { addPainEntry } from '$lib/db/painEntries';")
		],
		[
			'a screen may not open the database',
			'src/routes/example/+page.svelte',
			script("import { database } from '$lib/db/database';")
		],
		[
			'sync may not open the database',
			'src/lib/sync/example.ts',
			"import { database } from '$lib/db/database';"
		],
		[
			'sync may not call up into state',
			'src/lib/sync/example.ts',
			"import { sync } from '$lib/state/sync.svelte';"
		],
		['sync may not use Svelte', 'src/lib/sync/example.ts', "import { onMount } from 'svelte';"],
		[
			'a service may not open the database',
			'src/lib/services/example.ts',
			"import { database } from '$lib/db/database';"
		]
	])('%s', async (_name, filePath, code) => {
		expect(await restrictedImports(filePath, code)).not.toEqual([]);
	});

	it.each([
		[
			'a screen may call a repository',
			'src/routes/example/+page.svelte',
			script("import { addPainEntry } from '$lib/db/painEntries';")
		],
		[
			'a service may call a repository',
			'src/lib/services/example.ts',
			"import { addPainEntry } from '$lib/db/painEntries';"
		],
		[
			'sync may use the sync store',
			'src/lib/sync/example.ts',
			"import { readOutbox } from '$lib/db/syncStore';"
		],
		[
			'the database may open itself',
			'src/lib/db/example.ts',
			"import { database } from './database';"
		],
		[
			'the domain may use the domain',
			'src/lib/domain/example.ts',
			"import { localDay } from './day';"
		]
	])('%s', async (_name, filePath, code) => {
		expect(await restrictedImports(filePath, code)).toEqual([]);
	});
});
