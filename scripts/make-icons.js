// Renders the app icons from one drawing with the local Chromium, so no image is downloaded.
// Run by hand when the icon changes: node scripts/make-icons.js
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { chromiumPath, chromiumArgs } from './chromium.js';

const mark = (inset) => `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100%" height="100%">
	<rect width="100" height="100" fill="#1d4f6e"/>
	<g transform="translate(${inset} ${inset}) scale(${(100 - 2 * inset) / 100})">
		<path d="M18 64c10-24 24-36 36-26s-4 28 14 28 12-20 12-20" fill="none" stroke="#f7f5f0" stroke-width="9" stroke-linecap="round"/>
		<circle cx="32" cy="32" r="10" fill="#e8a33d"/>
	</g>
</svg>`;

const icons = [
	{ file: 'icon-192.png', size: 192, inset: 6 },
	{ file: 'icon-512.png', size: 512, inset: 6 },
	{ file: 'icon-maskable-512.png', size: 512, inset: 18 },
	{ file: 'apple-touch-icon.png', size: 180, inset: 8 }
];

await mkdir('static/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const icon of icons) {
	const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
	await page.setContent(
		`<body style="margin:0">${mark(icon.inset)}</body>`.replace(
			'width="100%"',
			`width="${icon.size}"`
		)
	);
	await page.screenshot({ path: `static/icons/${icon.file}` });
	await page.close();
}
await browser.close();
