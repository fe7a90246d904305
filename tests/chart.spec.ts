import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { chartsDrawn, drawnChart, saveDocsScreenshot, storedRows } from './helpers';
import { seedSixWeeks } from './sixWeekJournal';

/** A day `offset` days from today, as the page formats it with `options` (en-GB here). */
function dayInPage(page: Page, offset: number, options: Intl.DateTimeFormatOptions) {
	return page.evaluate(
		({ offset, options }) => {
			const date = new Date();
			date.setDate(date.getDate() + offset);
			return new Intl.DateTimeFormat(undefined, options).format(date);
		},
		{ offset, options }
	);
}

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone, sessions and clinic visits sit in a strip under the pain axis, and clinic markers never overlap', async ({
	page
}) => {
	await seedSixWeeks(page);
	await page.goto('/insights');
	await expect.poll(() => chartsDrawn(page)).toBeGreaterThan(0);
	const chart = await drawnChart(page);

	// One y-axis: pain. Self-care dots and clinic markers lie under its zero line.
	expect(chart.scales).toEqual(['x', 'pain']);
	const below = (points: ({ y: number } | null)[]) =>
		points.flatMap((point) => (point ? [point.y] : []));
	expect(below(chart.points.selfCare!).length).toBeGreaterThan(20);
	for (const y of below(chart.points.selfCare!)) {
		expect(y).toBeGreaterThan(chart.zero);
		expect(y).toBeLessThanOrEqual(chart.bottom);
	}
	for (const y of below(chart.points.mean!)) expect(y).toBeLessThanOrEqual(chart.zero);

	// Eight visits on seven days in the month: one marker a day, acupuncture and cupping merged,
	// physiotherapy on two days in a row in two lanes; no two markers of a lane touch.
	expect(chart.markers.map((marker) => marker.label)).toEqual(['A', 'A+C', 'P', 'P', 'A']);
	expect(chart.markers.map((marker) => marker.lane)).toEqual([0, 0, 0, 1, 0]);
	for (const [index, a] of chart.markers.entries()) {
		for (const b of chart.markers.slice(index + 1)) {
			if (a.lane !== b.lane) continue;
			expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual((a.width + b.width) / 2);
		}
	}

	// Hovering the day with two treatments names both; the table says the same.
	const clinicDay = chart.points.clinic!.findIndex((point) => point?.x === chart.markers[1]!.x);
	expect(clinicDay).toBeGreaterThanOrEqual(0);
	const canvas = page.locator('canvas[aria-label^="Chart of pain"]');
	await canvas.evaluate((element) => element.scrollIntoView({ block: 'center' }));
	const box = (await canvas.boundingBox())!;
	const marker = chart.points.clinic![clinicDay]!;
	await page.mouse.move(box.x + marker.x, box.y + marker.y);
	await expect
		.poll(async () => (await drawnChart(page)).tooltip.lines)
		.toContain('Clinic: acupuncture, cupping');
	const visitDay = await dayInPage(page, 11 - 29, {
		day: 'numeric',
		month: 'short',
		year: 'numeric'
	});
	expect((await drawnChart(page)).tooltip.title[0]).toContain(
		await dayInPage(page, 11 - 29, { day: 'numeric', month: 'short' })
	);
	await page.getByRole('button', { name: 'Show as table' }).click();
	const table = page.getByRole('table', { name: 'Pain and self-care by day' });
	const row = table.getByRole('row').filter({ hasText: 'acupuncture, cupping' });
	await expect(row).toHaveCount(1);
	await expect(row.getByRole('rowheader')).toHaveText(visitDay);

	// The legend says what each mark means, in words.
	const legend = page.getByRole('list', { name: 'What the marks mean' });
	await expect(legend.getByRole('listitem')).toHaveText([
		'Your pain that day (the mean of its scores)',
		'Weekly average: each day, the mean of the 7 days up to it',
		'Shaded up to the worst score that day',
		'A release or stretching session that day (bigger: more sessions)',
		/A clinic visit: A acupuncture, C cupping, P physiotherapy$/
	]);
	const audit = await new AxeBuilder({ page }).include('main').analyze();
	expect(audit.violations.map((violation) => violation.id)).toEqual([]);
});

test('a range reaching before the journal starts its x-axis at the first day with data', async ({
	page
}) => {
	await seedSixWeeks(page);
	await page.goto('/insights');
	await expect.poll(() => chartsDrawn(page)).toBeGreaterThan(0);
	const drawn = await chartsDrawn(page);
	await page.getByRole('radio', { name: '90 days' }).check();
	await expect.poll(() => chartsDrawn(page)).toBeGreaterThan(drawn);
	const chart = await drawnChart(page);
	// Six weeks: the first day is 41 days before today; 42 days drawn, not 90.
	expect(chart.labels).toHaveLength(42);
	expect(chart.labels[0]).toBe(await dayInPage(page, -41, { day: 'numeric', month: 'short' }));
	// The summary still speaks of the whole range.
	await expect(page.locator('#chart-summary')).toContainText('Over the last 90 days: ');
});

/** Days of the last `days` days (today included) with a live mark of `sensation`, from the rows. */
async function daysMarked(page: Page, sensation: string, days: number) {
	const marks = await storedRows(page, 'bodyMarks');
	const since = await page.evaluate((back) => {
		const date = new Date();
		date.setDate(date.getDate() - back);
		const pad = (value: number) => String(value).padStart(2, '0');
		return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	}, days - 1);
	return new Set(
		marks
			.filter(
				(mark) =>
					mark.deletedAt === null &&
					(mark.day as string) >= since &&
					(mark.sensations as string[]).includes(sensation)
			)
			.map((mark) => mark.day)
	).size;
}

test('tingling and numbness over time, with where they were, on Insights and Body', async ({
	page
}) => {
	await seedSixWeeks(page);
	await page.goto('/insights');
	const tingling = await daysMarked(page, 'tingling', 30);
	const numbness = await daysMarked(page, 'numbness', 30);
	expect(tingling).toBeGreaterThan(numbness);
	expect(numbness).toBeGreaterThan(0);
	const summary = `In this range: tingling on ${tingling} days, numbness on ${numbness} days.`;

	const insights = page.getByRole('region', { name: 'Tingling and numbness' });
	await expect(insights.getByText(summary)).toBeVisible();
	const weeks = insights.getByRole('list', { name: 'Tingling and numbness by week' });
	// 30 days back from today: four whole weeks and two days.
	await expect(weeks.locator(':scope > li')).toHaveCount(5);
	await expect(weeks.locator(':scope > li').first()).toContainText('Left calf');
	await expect(weeks.locator(':scope > li').first()).toContainText('Left sole and heel');

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Body' }).click();
	await page.getByRole('radio', { name: '30 days' }).check();
	const body = page.getByRole('region', { name: 'Tingling and numbness' });
	await expect(body.getByText(summary)).toBeVisible();
	await page.getByRole('radio', { name: 'All' }).check();
	await expect(
		body.getByText(
			`In this range: tingling on ${await daysMarked(page, 'tingling', 60)} days, numbness on ${await daysMarked(page, 'numbness', 60)} days.`
		)
	).toBeVisible();
	// Six weeks of marks: the latest 8 weeks are shown, all of them.
	await expect(
		body.getByRole('list', { name: 'Tingling and numbness by week' }).locator(':scope > li')
	).toHaveCount(6);
	const audit = await new AxeBuilder({ page }).include('main').analyze();
	expect(audit.violations.map((violation) => violation.id)).toEqual([]);
});

/** WCAG contrast of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [red, green, blue] = [1, 3, 5].map((start) => {
			const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
			return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
		}) as [number, number, number];
		return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
	};
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
	test(`every mark of the chart stands out at least 3:1 in the ${scheme} theme`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
		await seedSixWeeks(page);
		await page.goto('/insights');
		await expect.poll(() => chartsDrawn(page)).toBeGreaterThan(0);
		const colours = await page.locator('.pain-chart').evaluate((element) => {
			const style = getComputedStyle(element);
			// Each variable as a canvas reads it: "#rrggbb", however it was written.
			const context = document.createElement('canvas').getContext('2d')!;
			const read = (name: string) => {
				context.fillStyle = style.getPropertyValue(name).trim();
				return context.fillStyle;
			};
			return {
				card: read('--surface'),
				strip: read('--chart-strip'),
				mean: read('--chart-mean'),
				average: read('--chart-average'),
				worst: read('--chart-band-edge'),
				selfCare: read('--chart-self-care'),
				marker: read('--text')
			};
		});
		for (const mark of ['mean', 'average', 'worst'] as const) {
			expect(contrast(colours[mark], colours.card), mark).toBeGreaterThanOrEqual(3);
		}
		for (const mark of ['selfCare', 'marker'] as const) {
			expect(contrast(colours[mark], colours.strip), mark).toBeGreaterThanOrEqual(3);
		}
		// The chart as a phone shows it, scrolled to the top of the screen.
		await page.locator('.pain-chart').evaluate((element) => element.scrollIntoView());
		await saveDocsScreenshot(page, `insights-phone-${scheme}`, { width: 390, height: 844 });
	});
}
