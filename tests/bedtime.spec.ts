// The bedtime routine in few taps (issue 16, points 7–9): tonight's plan as one guided session,
// hands-free holds with the cue before each change, the pain before and after, and addresses that
// Back and a reload return to.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
	saveDocsScreenshot,
	setPlan,
	showEndOfToday,
	storedRows,
	waitForServiceWorker
} from './helpers';

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

/**
 * Stops the fake clock (installed with `page.clock.install()`): from
 * here time moves only when the test moves it, so the countdowns read the same however slow the
 * machine is. `page.clock.resume()` lets it run again for the screens that read the database.
 */
async function stopTheClock(page: Page) {
	// A few seconds ahead, as the page's clock runs on while the time is asked for; called before
	// a hold begins or in one, never before a countdown the test reads.
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 5_000);
}

/** Records every vibration the app asks for (and still passes it on), to see the cues. */
async function recordVibrations(page: Page) {
	await page.addInitScript(() => {
		const calls: unknown[] = [];
		const vibrate = navigator.vibrate?.bind(navigator);
		Object.defineProperty(window, 'unknotVibrations', { value: calls });
		navigator.vibrate = (pattern: VibratePattern | Iterable<number>) => {
			const copy = typeof pattern === 'number' ? pattern : [...pattern];
			calls.push(copy);
			return vibrate ? vibrate(copy) : true;
		};
	});
}

const vibrations = (page: Page) =>
	page.evaluate(() => (window as unknown as { unknotVibrations: unknown[] }).unknotVibrations);

/** Whether an element lies wholly inside the viewport, with nothing to scroll to see it. */
async function inViewport(page: Page, name: string | RegExp) {
	const box = await page
		.getByRole('button', { name, exact: typeof name === 'string' })
		.boundingBox();
	const size = page.viewportSize()!;
	return (
		!!box && box.y >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width
	);
}

/** The page is no wider than the viewport: nothing runs off to the side. */
async function noSidewaysScroll(page: Page) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
		true
	);
}

test.describe('at 390 × 844', () => {
	test.use({ viewport: phone });

	test("Start tonight's plan runs the plan's routines in order as one session, each saved as its own", async ({
		page
	}) => {
		await page.clock.install();
		await setPlan(page, ['Piriformis stretch (figure four)', 'Glute stretch (knee to chest)']);
		const [plan] = await storedRows(page, 'plans');
		const planned = plan!.routineIds as string[];

		await page.getByRole('link', { name: 'Today' }).click();
		await showEndOfToday(page);
		const today = page.getByRole('region', { name: 'Self-care today' });
		await expect(today.getByText(/0 of 2 done/)).toBeVisible();
		await today.getByRole('button', { name: "Start tonight's plan" }).scrollIntoViewIfNeeded();
		await saveDocsScreenshot(page, 'bedtime-start', phone);
		await today.getByRole('button', { name: "Start tonight's plan" }).click();

		// The pain before, in one tap: the first hold starts with it.
		await expect(page).toHaveURL(/\/release\/session$/);
		await expect(page.getByRole('heading', { level: 2, name: "Tonight's plan" })).toBeVisible();
		await stopTheClock(page);
		await saveDocsScreenshot(page, 'bedtime-pain-before', phone);
		await page.getByRole('button', { name: '6, moderate' }).click();

		const timer = page.getByRole('region', { name: /stretch/ });
		await expect(timer.getByText('Routine 1 of 2')).toBeVisible();
		const first = await timer.getByRole('heading', { level: 2 }).textContent();
		// Through every hold of the first routine, tapping on at each prompt.
		for (let hold = 0; hold < 4; hold++) {
			await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
			await page.clock.fastForward(30_000);
			if (hold < 3) {
				await timer.getByRole('button', { name: /^(Next spot|Switch side)$/ }).click();
			}
		}
		await expect(timer.getByText('Routine 2 of 2')).toBeVisible();
		await expect(timer.getByText('Next routine: get into position for it.')).toBeVisible();
		const second = await timer.getByRole('heading', { level: 2 }).textContent();
		expect(second).not.toBe(first);
		await timer.getByRole('button', { name: 'Start', exact: true }).click();
		for (let hold = 0; hold < 4; hold++) {
			await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
			await page.clock.fastForward(30_000);
			if (hold < 3) {
				await timer.getByRole('button', { name: /^(Next spot|Switch side)$/ }).click();
			}
		}

		// The pain after at the end; the pain before is the one given at the start.
		await expect(page).toHaveURL(/\/release\/session\/summary$/);
		await expect(
			page.getByRole('heading', { level: 2, name: "Tonight's plan done" })
		).toBeVisible();
		await expect(
			page.getByRole('radiogroup', { name: 'Pain before' }).getByRole('radio', { name: /^6,/ })
		).toBeChecked();
		await page
			.getByRole('radiogroup', { name: 'Pain after' })
			.getByRole('radio', { name: /^3,/ })
			.check();
		await page.getByRole('textbox', { name: 'Note' }).fill('Slept well');
		await saveDocsScreenshot(page, 'bedtime-summary', phone);
		await page.clock.resume();
		await page.getByRole('button', { name: 'Save session' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Session saved.' })).toBeVisible();

		const sessions = await storedRows(page, 'sessions');
		sessions.sort((a, b) => (a.at as number) - (b.at as number));
		expect(sessions.map((session) => session.routineId)).toEqual(planned);
		expect(sessions.map((session) => [session.painBefore, session.painAfter])).toEqual([
			[6, 3],
			[6, 3]
		]);
		expect(sessions.map((session) => [session.spotsDone, session.status])).toEqual([
			[4, 'finished'],
			[4, 'finished']
		]);
		expect(sessions.map((session) => session.note)).toEqual(['', 'Slept well']);

		await page.getByRole('link', { name: 'Today' }).click();
		await showEndOfToday(page);
		await expect(today.getByText('Done today: 2 of 2.')).toBeVisible();
		await expect(today.getByRole('button', { name: "Start tonight's plan" })).toHaveCount(0);
	});

	test('each view has its own address: Back returns where the person was, a reload to the same step, offline too', async ({
		page,
		context
	}) => {
		await page.clock.install();
		await page.goto('/release');
		await waitForServiceWorker(page);
		await page.getByRole('link', { name: 'Piriformis stretch (figure four)' }).click();
		await expect(page).toHaveURL(/\/release\/stretch-piriformis$/);
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page).toHaveURL(/\/release\/session$/);
		await stopTheClock(page);

		// A reload keeps the step: still asking for the pain before.
		await page.reload();
		await page.getByRole('button', { name: '5, moderate' }).click();
		const timer = page.getByRole('region', { name: 'Piriformis stretch (figure four)' });
		await page.clock.fastForward(30_000);
		await timer.getByRole('button', { name: 'Next spot' }).click();
		await page.clock.fastForward(10_000);
		await page.reload();
		await expect(timer.getByText('Spot 2 of 2', { exact: true })).toBeVisible();
		await expect(timer.getByText('Time left: 0:20')).toBeAttached();
		await page.clock.resume();

		// Back: to the routine the session was started from, and forward to the timer again.
		await page.goBack();
		await expect(page).toHaveURL(/\/release\/stretch-piriformis$/);
		await expect(
			page.getByRole('heading', { level: 2, name: 'Piriformis stretch (figure four)' })
		).toBeVisible();
		await expect(page.getByRole('region', { name: 'A session is in progress' })).toBeVisible();
		await page.goForward();
		await expect(timer.getByText('Spot 2 of 2', { exact: true })).toBeVisible();

		// The summary has its own address, in place of the ended timer's.
		await timer.getByRole('button', { name: 'Finish early' }).click();
		await expect(page).toHaveURL(/\/release\/session\/summary$/);
		await context.setOffline(true);
		await page.reload();
		await expect(page.getByRole('heading', { level: 2, name: 'Session ended' })).toBeVisible();
		await expect(
			page.getByRole('radiogroup', { name: 'Pain before' }).getByRole('radio', { name: /^5,/ })
		).toBeChecked();
		await page.goBack();
		await expect(page).toHaveURL(/\/release\/stretch-piriformis$/);
		await page.goForward();
		await page.getByRole('button', { name: 'Save session' }).click();
		await expect(page).toHaveURL(/\/release$/);
		await expect(page.getByRole('status').filter({ hasText: 'Session saved.' })).toBeVisible();
		expect(await storedRows(page, 'sessions')).toHaveLength(1);

		// An own routine's address is not prerendered: offline, the app's fallback page serves it.
		await page.getByRole('link', { name: 'Create a routine' }).click();
		await expect(page).toHaveURL(/\/release\/new$/);
		await page.getByRole('textbox', { name: 'Name' }).fill('Evening flank');
		await page
			.getByRole('checkbox', { name: 'Left flank above the hip (quadratus lumborum)' })
			.check();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Evening flank' })).toBeVisible();
		await expect(page).toHaveURL(/\/release\/[0-9a-f-]{36}$/);
		await page.reload();
		await expect(page.getByRole('heading', { level: 2, name: 'Evening flank' })).toBeVisible();
		// Back from a saved routine skips its finished form.
		await page.goBack();
		await expect(page).toHaveURL(/\/release$/);
	});

	test('hands-free holds move on by themselves after the cue; pain before is skippable', async ({
		page
	}) => {
		await recordVibrations(page);
		await page.clock.install();
		await page.goto('/release/stretch-piriformis');
		await stopTheClock(page);
		await page.getByRole('checkbox', { name: /^Hands-free/ }).check();
		await page.getByRole('button', { name: 'Start' }).click();
		await page.getByRole('button', { name: 'Skip and start' }).click();
		const timer = page.getByRole('region', { name: 'Piriformis stretch (figure four)' });
		await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();

		// The hold ends: the cue comes first, then the time to move, and no tap is needed.
		await page.clock.fastForward(30_000);
		await expect(timer.getByText('Starts by itself in 0:10')).toBeAttached();
		await expect(timer.getByText('until the next hold starts by itself')).toBeVisible();
		await expect.poll(() => vibrations(page)).toEqual([[200, 100, 200]]);
		await expect(timer.getByText('Spot 2 of 2', { exact: true })).toBeVisible();
		// A stretch has no ball: between its holds the prompt says to ease off, not to move one.
		await expect(
			timer.getByText('Ease off and breathe, then ease into the stretch again.')
		).toBeVisible();
		await expect(timer.getByText(/ball/)).toHaveCount(0);
		await saveDocsScreenshot(page, 'bedtime-hands-free', phone);
		await page.clock.fastForward(10_000);
		await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
		await expect(timer.getByText('Left side', { exact: true })).toBeVisible();
		await expect.poll(() => vibrations(page)).toEqual([[200, 100, 200], [120]]);

		// The side switches by itself too, after a longer move.
		await page.clock.fastForward(30_000);
		await expect(
			timer.getByText('Switch to the right side, then ease into the stretch.')
		).toBeVisible();
		await expect(timer.getByText('Starts by itself in 0:20')).toBeAttached();
		// Waiting holds the move for as long as it takes.
		await timer.getByRole('button', { name: 'Wait' }).click();
		await page.clock.fastForward(60_000);
		await expect(timer.getByText('Waiting', { exact: true })).toBeVisible();
		await timer.getByRole('button', { name: 'Resume' }).click();
		await page.clock.fastForward(20_000);
		await expect(timer.getByText('Right side', { exact: true })).toBeVisible();
		await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
		await page.clock.fastForward(30_000 + 10_000 + 30_000);

		// Skipped at the start, the pain before is open in the summary; the pain after is asked.
		await expect(page.getByRole('heading', { level: 2, name: 'Session complete' })).toBeVisible();
		await expect(page.getByText('4 of 4 done')).toBeVisible();
		await expect(
			page.getByRole('radiogroup', { name: 'Pain before' }).getByRole('radio', { checked: true })
		).toHaveCount(0);
		await expect(page.getByRole('radiogroup', { name: 'Pain after' })).toBeVisible();
	});
});

for (const viewport of [phone, desktop]) {
	test(`the bedtime screens fit at ${viewport.width} × ${viewport.height}: pain before, the hold and the move`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.clock.install();
		await page.goto('/release/release-piriformis');
		await stopTheClock(page);
		await page.getByRole('checkbox', { name: /^Hands-free/ }).check();
		await page.getByRole('button', { name: 'Start' }).click();
		// Every number of the pain before is a big enough target, all in view at once.
		for (let score = 0; score <= 10; score++) {
			const button = page.getByRole('button', { name: new RegExp(`^${score},`) });
			const box = (await button.boundingBox())!;
			expect(box.height).toBeGreaterThanOrEqual(44);
			expect(box.width).toBeGreaterThanOrEqual(44);
		}
		expect(await inViewport(page, '10, Worst pain imaginable')).toBe(true);
		expect(await inViewport(page, 'Skip and start')).toBe(true);
		await noSidewaysScroll(page);

		await page.getByRole('button', { name: '4, moderate' }).click();
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		expect(await inViewport(page, 'Pause')).toBe(true);
		expect(await inViewport(page, 'Finish early')).toBe(true);
		await noSidewaysScroll(page);

		await page.clock.fastForward(60_000);
		await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
		expect(await inViewport(page, 'Start now')).toBe(true);
		expect(await inViewport(page, 'Wait')).toBe(true);
		await noSidewaysScroll(page);
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the bedtime screens have no axe violations in the ${colorScheme} theme`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme });
		await page.clock.install();
		const scan = async (where: string) => {
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map((violation) => ({
					where,
					id: violation.id,
					targets: violation.nodes.map((node) => node.target.join(' '))
				}))
			).toEqual([]);
		};
		await setPlan(page, ['Piriformis stretch (figure four)']);
		await scan('plan saved');
		await page.getByRole('button', { name: "Start tonight's plan" }).click();
		await expect(page.getByRole('button', { name: 'Skip and start' })).toBeVisible();
		await scan('pain before');
		await page.getByRole('checkbox', { name: /^Hands-free/ }).check();
		await page.getByRole('button', { name: '7, severe' }).click();
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		// Stopped at once, the 30 s hold runs on only by what the test moves it: 28 s more (from a
		// moment in, plus the 5 s the stop runs ahead) lands inside the 10 s move, and the next
		// hold cannot start before Wait is pressed; waiting, the move screen stays as it is for as
		// long as its scan takes. Scans run on a running clock (axe waits on timers of its own).
		await stopTheClock(page);
		await page.clock.fastForward(28_000);
		await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
		await page.getByRole('button', { name: 'Wait' }).click();
		await expect(page.getByText('Waiting', { exact: true })).toBeVisible();
		await page.clock.resume();
		await scan('hands-free move');
		await page.getByRole('button', { name: 'Start now' }).click();
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		await scan('hold');
		await page.getByRole('button', { name: 'Finish early' }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Session ended' })).toBeVisible();
		await scan('summary');
	});
}
