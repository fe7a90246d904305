// The hip-and-low-back zoom of the body map: named muscles where they lie, a path down to the
// foot without zooming out, marks shaded by their intensity, and a heat scale that runs from dim
// to bright on a dark page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { saveDocsScreenshot } from './helpers';

const viewports = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
];

const where = (page: Page) => page.getByRole('group', { name: 'Where it hurts' });
const region = (scope: Page | Locator, name: string) =>
	scope.getByRole('button', { name, exact: true });

async function openZoom(page: Page) {
	await page.goto('/');
	await page.getByText('Where?', { exact: true }).click();
	const zoom = where(page).getByRole('button', { name: 'Zoom to hip and low back' });
	await zoom.click();
	await expect(zoom).toHaveAttribute('aria-pressed', 'true');
	return zoom;
}

interface Written {
	text: string;
	/** The region button under the middle of the text, by its accessible name. */
	on: string | null;
	/** The smaller side of the text's box on screen, in px: how big it reads. */
	size: number;
}

/** Every word or number written on the drawings, and the region it sits on. */
async function writtenOnDrawing(scope: Locator): Promise<Written[]> {
	return scope.evaluate((root) =>
		[...root.querySelectorAll('svg text')].map((text) => {
			text.scrollIntoView({ block: 'center' });
			const box = text.getBoundingClientRect();
			const under = document
				.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2)
				.find((element) => element.getAttribute('role') === 'button');
			const lines = [...text.querySelectorAll('tspan')].map((line) => line.textContent ?? '');
			return {
				text: lines.length > 0 ? lines.join(' ') : (text.textContent ?? ''),
				on: under?.getAttribute('aria-label') ?? null,
				size: Math.min(box.width, box.height)
			};
		})
	);
}

/**
 * Pairs of words or numbers on one drawing whose boxes overlap, and any cut off by the drawing's
 * edge: names, intensities, path steps and side letters must each read on their own.
 */
async function crowdedOnDrawing(scope: Locator): Promise<string[]> {
	return scope.evaluate((root) => {
		const problems: string[] = [];
		for (const svg of root.querySelectorAll('svg')) {
			const frame = svg.getBoundingClientRect();
			const texts = [...svg.querySelectorAll('text')].map((text) => ({
				text: text.textContent?.trim() ?? '',
				box: text.getBoundingClientRect()
			}));
			for (const { text, box } of texts) {
				if (
					box.left < frame.left - 0.5 ||
					box.right > frame.right + 0.5 ||
					box.top < frame.top - 0.5 ||
					box.bottom > frame.bottom + 0.5
				) {
					problems.push(`${text} is cut off`);
				}
			}
			texts.forEach((a, index) => {
				for (const b of texts.slice(index + 1)) {
					const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
					const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
					if (across > 0.5 && down > 0.5) problems.push(`${a.text} overlaps ${b.text}`);
				}
			});
		}
		return problems;
	});
}

function luminance(colour: string): number {
	const [red, green, blue] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((value) => {
		const channel = value / 255;
		return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
}

const contrast = (a: string, b: string) => {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
};

const fillOf = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).fill);

/** Muscle names and the regions they must be written on, both sides where the region has two. */
const names: readonly [string, string][] = [
	['Piriformis', 'deep glute (piriformis)'],
	['Hip rotators', 'deep glute (piriformis)'],
	['Glute med', 'upper glute (gluteus medius)'],
	['Glute max', 'main glute (gluteus maximus)'],
	['QL', 'flank above the hip (quadratus lumborum)'],
	['Multifidus', 'lumbar paraspinals (multifidus)'],
	['SI', 'sacroiliac joint'],
	['TFL', 'front-outer hip (TFL)'],
	['Hip flexor', 'groin and hip flexor (iliopsoas)'],
	['IT band', 'outer thigh (iliotibial band)'],
	['Quads', 'front of thigh (quadriceps)'],
	['Hamstrings', 'back of thigh (hamstrings)'],
	['Knee', 'knee'],
	['Calf', 'calf'],
	['Shin', 'shin'],
	['Sole, heel', 'sole and heel'],
	['Foot', 'top of foot']
];

for (const viewport of viewports) {
	test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
		test.use({ viewport });

		test('the zoom names each hip, back and leg muscle on its own shape, readable', async ({
			page
		}) => {
			await openZoom(page);
			const written = await writtenOnDrawing(where(page));
			const pairs = written.map(({ text, on }) => `${text} → ${on}`);
			for (const [name, regionWords] of names) {
				for (const side of ['Left', 'Right']) {
					expect(pairs).toContain(`${name} → ${side} ${regionWords}`);
				}
			}
			for (const [name, regionName] of [
				['Mid back', 'Mid back'],
				['Spine', 'Lower spine'],
				['Sacrum', 'Sacrum'],
				['Abdomen', 'Abdomen']
			]) {
				expect(pairs).toContain(`${name} → ${regionName}`);
			}
			for (const { text, size } of written.filter(({ text }) => /\p{L}{2}/u.test(text))) {
				expect(size, text).toBeGreaterThanOrEqual(12);
			}
			await expect(where(page)).toContainText('Piriformis and the small hip rotators lie deep');
			expect(await crowdedOnDrawing(where(page))).toEqual([]);

			// Names go with the zoom: the whole body stays uncluttered.
			await where(page).getByRole('button', { name: 'Zoom to hip and low back' }).click();
			expect(
				(await writtenOnDrawing(where(page))).filter(({ text }) => text === 'Piriformis')
			).toEqual([]);
		});

		test('a radiating path runs from the piriformis to the foot inside the zoom', async ({
			page
		}) => {
			const zoom = await openZoom(page);
			const drawPath = where(page).getByRole('button', { name: 'Draw radiating path' });
			await drawPath.click();
			for (const name of [
				'Left deep glute (piriformis)',
				'Left back of thigh (hamstrings)',
				'Left calf',
				'Left sole and heel'
			]) {
				await region(where(page), name).click();
			}
			await drawPath.click();
			await expect(zoom).toHaveAttribute('aria-pressed', 'true');
			await expect(region(where(page), 'Left sole and heel')).toHaveAttribute(
				'aria-pressed',
				'true'
			);
			await expect(
				where(page).getByRole('group', { name: /^Left sole and heel, path step 4/ })
			).toBeVisible();

			// Both feet and the whole path are inside the zoomed drawings, not cut off below them.
			const back = where(page).getByRole('figure', { name: /^Back/ });
			const front = where(page).getByRole('figure', { name: /^Front/ });
			const backBox = (await back.locator('svg').boundingBox())!;
			const frontBox = (await front.locator('svg').boundingBox())!;
			const inside = async (locator: Locator, box: typeof backBox) => {
				const inner = (await locator.boundingBox())!;
				expect(inner.y).toBeGreaterThanOrEqual(box.y);
				expect(inner.y + inner.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
				expect(inner.x).toBeGreaterThanOrEqual(box.x);
				expect(inner.x + inner.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
				expect(inner.width).toBeGreaterThanOrEqual(44);
			};
			await inside(region(back, 'Left sole and heel'), backBox);
			await inside(region(back, 'Right sole and heel'), backBox);
			await inside(region(front, 'Left top of foot'), frontBox);
			await inside(region(front, 'Right top of foot'), frontBox);
			// With marks and a path on them, no name, number or step covers another or is cut off.
			expect(await crowdedOnDrawing(where(page))).toEqual([]);
			const line = (await back.locator('polyline').boundingBox())!;
			expect(line.y + line.height).toBeLessThanOrEqual(backBox.y + backBox.height);
			const steps = (await writtenOnDrawing(back)).filter(({ text }) => /^[1-4]$/.test(text));
			expect(steps.map(({ text }) => text).sort()).toEqual(['1', '2', '3', '4']);
		});

		test('works by keyboard in the zoom: arrows walk from the hip down to the foot, each region named', async ({
			page
		}) => {
			const zoom = await openZoom(page);
			// Every region the zoom shows is a named button.
			const buttons = where(page).locator('svg [role="button"]');
			const labels = await buttons.evaluateAll((elements) =>
				elements.map((element) => element.getAttribute('aria-label') ?? '')
			);
			expect(labels.length).toBeGreaterThan(40);
			for (const label of labels) expect(label).toMatch(/\p{L}{3}/u);

			// A tap shows the region pressed, without a box drawn round its shape.
			const piriformis = region(where(page), 'Left deep glute (piriformis)');
			await piriformis.click();
			await expect(piriformis).toHaveAttribute('aria-pressed', 'true');
			await expect(piriformis).toBeFocused();
			const ring = (locator: Locator) =>
				locator.evaluate((element) => {
					const style = getComputedStyle(element);
					return { outline: style.outlineStyle, stroke: parseFloat(style.strokeWidth) };
				});
			expect((await ring(piriformis)).outline).toBe('none');

			// From the keyboard, the focused region gets a thick outline of its own shape.
			await zoom.focus();
			for (let presses = 0; presses < 60; presses++) {
				await page.keyboard.press('Tab');
				if (await piriformis.evaluate((element) => element === document.activeElement)) break;
			}
			await expect(piriformis).toBeFocused();
			for (const name of [
				'Left main glute (gluteus maximus)',
				'Left back of thigh (hamstrings)',
				'Left calf',
				'Left sole and heel'
			]) {
				await page.keyboard.press('ArrowDown');
				await expect(region(where(page), name)).toBeFocused();
			}
			const sole = region(where(page), 'Left sole and heel');
			expect(await ring(sole)).toEqual({ outline: 'none', stroke: 4 });
			await page.keyboard.press('Enter');
			await expect(sole).toHaveAttribute('aria-pressed', 'true');
			await expect(zoom).toHaveAttribute('aria-pressed', 'true');
		});

		test('marked regions show their intensity by shade and number, in light and dark', async ({
			page
		}) => {
			await openZoom(page);
			const piriformis = region(where(page), 'Left deep glute (piriformis)');
			const tfl = region(where(page), 'Right front-outer hip (TFL)');
			const unmarked = region(where(page), 'Left sacroiliac joint');
			await piriformis.click();
			await tfl.click();
			const intensity = (name: string) =>
				where(page)
					.getByRole('group', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) })
					.getByRole('slider', { name: 'Intensity' });
			await intensity('Left deep glute (piriformis)').fill('9');
			await intensity('Right front-outer hip (TFL)').fill('2');

			const numbers = (await writtenOnDrawing(where(page))).filter(({ text }) =>
				/^\d+$/.test(text)
			);
			expect(numbers).toContainEqual(
				expect.objectContaining({ text: '9', on: 'Left deep glute (piriformis)' })
			);
			expect(numbers).toContainEqual(
				expect.objectContaining({ text: '2', on: 'Right front-outer hip (TFL)' })
			);

			const severe = await fillOf(piriformis);
			const mild = await fillOf(tfl);
			expect(severe).not.toBe(mild);
			expect(severe).not.toBe(await fillOf(unmarked));
			expect(mild).not.toBe(await fillOf(unmarked));
			// On a light page stronger is darker.
			expect(luminance(severe)).toBeLessThan(luminance(mild));

			// The shade follows the slider.
			await intensity('Left deep glute (piriformis)').fill('2');
			await expect.poll(() => fillOf(piriformis)).toBe(mild);
			await intensity('Left deep glute (piriformis)').fill('9');
			await expect.poll(() => fillOf(piriformis)).toBe(severe);
			expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

			// On a dark page stronger is brighter.
			await page.emulateMedia({ colorScheme: 'dark' });
			await expect
				.poll(async () => luminance(await fillOf(piriformis)) - luminance(await fillOf(tfl)))
				.toBeGreaterThan(0);
			expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

			if (viewport.width === 390) {
				await page.emulateMedia({ colorScheme: 'light' });
				const drawPath = where(page).getByRole('button', { name: 'Draw radiating path' });
				await drawPath.click();
				for (const name of ['Left deep glute (piriformis)', 'Left back of thigh (hamstrings)']) {
					await region(where(page), name).click();
				}
				await drawPath.click();
				await page.mouse.move(0, 0);
				await where(page)
					.getByRole('figure', { name: /^Back/ })
					.evaluate((figure) => figure.scrollIntoView({ block: 'start' }));
				await saveDocsScreenshot(page, 'hip-zoom', viewport);
			}
		});

		test('the heat scale runs from dim to bright on a dark page, light to dark on a light one', async ({
			page
		}) => {
			await page.goto('/');
			await page.getByRole('radio', { name: '6, moderate' }).check();
			await page.getByText('Where?', { exact: true }).click();
			await region(where(page), 'Left deep glute (piriformis)').click();
			await page.getByRole('button', { name: 'Save', exact: true }).click();
			await expect(page.getByText('Saved: pain 6, moderate.')).toBeVisible();

			await page.goto('/body');
			const map = page.getByRole('region', { name: 'Heat map' });
			await map.getByRole('button', { name: 'Zoom to hip and low back' }).click();
			const swatches = async () => {
				const colours: string[] = [];
				for (const level of ['Low', 'Medium', 'High', 'Highest']) {
					const swatch = map
						.getByRole('listitem')
						.filter({ has: page.getByText(level, { exact: true }) })
						.locator('rect');
					colours.push(await fillOf(swatch));
				}
				return colours;
			};
			const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

			const light = await swatches();
			const lightPage = await background();
			for (let step = 1; step < light.length; step++) {
				expect(contrast(light[step]!, lightPage)).toBeGreaterThan(
					contrast(light[step - 1]!, lightPage)
				);
			}
			expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

			await page.emulateMedia({ colorScheme: 'dark' });
			await expect.poll(background).not.toBe(lightPage);
			const dark = await swatches();
			for (let step = 1; step < dark.length; step++) {
				expect(luminance(dark[step]!), `step ${step + 1} is brighter`).toBeGreaterThan(
					luminance(dark[step - 1]!)
				);
			}
			// The only marked region is the hottest: drawn in the brightest colour.
			expect(
				await fillOf(map.getByRole('button', { name: /^Left deep glute \(piriformis\), marked/ }))
			).toBe(dark[3]);
			expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
		});
	});
}
