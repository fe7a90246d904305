import { expect, test } from './fixtures';
import { checkIn, screens } from './helpers';
import { backupOf, jsonFile, openSettings, painEntry } from './backupFiles';

test('a whole journey never sends a request to any other origin', async ({
	page,
	context,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const requested: string[] = [];
	context.on('request', (request) => requested.push(request.url()));
	const policyViolations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
	});

	await page.goto('/');
	await page.getByText('Note, tags and time', { exact: true }).click();
	await page.getByLabel('Note', { exact: true }).fill('Walked to the shop, hip ok');
	await checkIn(page, 5);
	await expect(
		page.getByRole('status').filter({ hasText: 'Saved: pain 5, moderate.' })
	).toBeVisible();

	for (const screen of screens) {
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: screen.heading })
			.click();
		await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
	}

	const backup = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download backup' }).click();
	await backup;
	const spreadsheet = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download pain entries (CSV)' }).click();
	await spreadsheet;
	await page
		.getByLabel('Backup file')
		.setInputFiles(jsonFile('other.json', backupOf([painEntry({ id: 'restored', score: 1 })])));
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Restored:/ })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

	expect(requested.length).toBeGreaterThan(5);
	const elsewhere = requested.filter((url) => {
		const address = new URL(url);
		if (address.protocol === 'data:') return false;
		return address.origin !== origin;
	});
	expect(elsewhere).toEqual([]);
	expect(policyViolations).toEqual([]);
});

const payloads = [
	'<script>window.__pwned=1</script>',
	'<img src=x onerror="window.__pwned=1">',
	'javascript:window.__pwned=1'
];

test('notes, tags and names from an imported backup are shown as text and never run', async ({
	page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const entries = payloads.map((payload, index) =>
		painEntry({
			id: `payload-${index}`,
			score: index + 2,
			note: payload,
			tags: [payload],
			at: Date.now() - (index + 1) * 60_000
		})
	);
	await openSettings(page);
	await page
		.getByLabel('Backup file')
		.setInputFiles(jsonFile('payloads.json', backupOf(entries, { routineName: payloads[1] })));
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Restored:/ })).toBeVisible();

	await page.goto('/');
	const todayList = page.getByRole('region', { name: "Today's entries" });
	for (const payload of payloads) {
		// Each payload is both the note and a tag of its entry: two literal copies, nothing run.
		await expect(todayList.getByText(payload, { exact: true })).toHaveCount(2);
	}
	await expect(todayList.locator('img')).toHaveCount(0);
	await expect(todayList.locator('script')).toHaveCount(0);

	// A problem message quotes what it found: that is text too.
	await openSettings(page);
	const bad = backupOf([]) as Record<string, unknown>;
	bad.format = payloads[1];
	await page.getByLabel('Backup file').setInputFiles(jsonFile('bad.json', bad));
	await expect(page.getByRole('alert')).toContainText('<img src=x onerror=');
	await expect(page.getByRole('alert').locator('img')).toHaveCount(0);

	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	expect(dialogs).toEqual([]);
});

test('every page carries a strict content security policy and no inline event handlers', async ({
	page
}) => {
	const response = await page.goto('/settings');
	expect(response?.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
	// Two policies, enforced together: the built-in one, and the one the page adds before anything
	// loads, which lets requests go to this origin alone while sync is off (tests/sync.spec.ts).
	const [policy, narrowing, ...more] = await page
		.locator('meta[http-equiv="content-security-policy" i]')
		.evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
	expect(more).toEqual([]);
	for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
		expect(policy).toContain(directive);
	}
	expect(narrowing).toBe("connect-src 'self'");
	expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
	const inlineHandlers = await page.evaluate(
		() =>
			[...document.querySelectorAll('*')].filter((element) =>
				[...element.attributes].some((attribute) => attribute.name.startsWith('on'))
			).length
	);
	expect(inlineHandlers).toBe(0);
});
