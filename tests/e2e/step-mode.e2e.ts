/**
 * Step mode, the reader's choice: the story one step at a time beside the same map, with the
 * presenter's controls and keys. Chosen with the view switch (and remembered), or by `?view=steps`;
 * deep links open their step in either view; the embed page offers it too.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { story } from '../helpers/story';
import {
	expect,
	mapState,
	scrollToStep,
	STORY,
	test,
	waitForStep,
	withStaticMap
} from './fixtures';

const ids = story.steps.map((s) => s.id);
const EMBED = '/embed/nato-russia-ukraine/';
const STEPS = `${STORY}?view=steps`;

/** The steps a reader can see on the page. */
const shownSteps = (page: Page) => page.locator('[data-step]:visible');
const counter = (page: Page, n: number) => page.getByText(`Step ${n} of ${ids.length}`);
const viewButton = (page: Page, name: 'Scroll' | 'Step by step') =>
	page.getByRole('group', { name: 'How to read the story' }).getByRole('button', { name });

/** Asserts step mode shows exactly the step `i`, its place in the story, and the map on its scene. */
async function expectStepShown(page: Page, i: number) {
	await waitForStep(page, ids[i]!);
	await expect(shownSteps(page)).toHaveCount(1);
	await expect(shownSteps(page)).toHaveAttribute('data-step', ids[i]!);
	await expect(counter(page, i + 1)).toBeVisible();
	const progress = page.getByRole('progressbar', { name: 'Progress through the story' });
	expect(await progress.evaluate((el: HTMLProgressElement) => [el.value, el.max])).toEqual([
		i + 1,
		ids.length
	]);
}

/** `data-center` as numbers, to compare two cameras. */
const centre = async (page: Page) => (await mapState(page)).center!.split(',').map(Number);

test.describe('step mode', () => {
	test('the view switch shows one step at a time beside the same map, and scrolling resumes at that step', async ({
		page
	}) => {
		await page.goto(STORY);
		await waitForStep(page, ids[0]!);
		await scrollToStep(page, ids[3]!);
		await waitForStep(page, ids[3]!);
		const canvas = await page.locator('[data-testid="story-map"] canvas').elementHandle();

		await viewButton(page, 'Step by step').click();
		await expect(viewButton(page, 'Step by step')).toHaveAttribute('aria-pressed', 'true');
		await expectStepShown(page, 3);
		await expect(shownSteps(page)).toBeInViewport();
		await page.getByRole('button', { name: 'Next' }).click();
		await expectStepShown(page, 4);
		await expect(page).toHaveURL(new RegExp(`#${ids[4]}$`));

		await viewButton(page, 'Scroll').click();
		await expect(viewButton(page, 'Scroll')).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByRole('navigation', { name: 'Step controls' })).toHaveCount(0);
		await expect(shownSteps(page)).toHaveCount(ids.length);
		await expect(page.locator(`[data-step="${ids[4]}"]`)).toBeInViewport();
		await waitForStep(page, ids[4]!);
		// One live map: the same canvas went through both views.
		await expect(page.locator('[data-testid="story-map"] canvas')).toHaveCount(1);
		expect(await canvas!.evaluate((el) => el.isConnected)).toBe(true);
	});

	test('the reader’s choice of view is remembered across a reload', async ({ page }) => {
		await withStaticMap(page);
		await page.goto(STORY);
		await waitForStep(page, ids[0]!);
		await viewButton(page, 'Step by step').click();
		await expectStepShown(page, 0);
		await page.reload();
		await expect(viewButton(page, 'Step by step')).toHaveAttribute('aria-pressed', 'true');
		await expectStepShown(page, 0);

		await viewButton(page, 'Scroll').click();
		await page.reload();
		await waitForStep(page, ids[0]!);
		await expect(viewButton(page, 'Scroll')).toHaveAttribute('aria-pressed', 'true');
		await expect(shownSteps(page)).toHaveCount(ids.length);
	});

	test('?view=steps opens step mode, and a reader’s switch to scrolling outlasts the link on reload', async ({
		page
	}) => {
		await withStaticMap(page);
		await page.goto(STEPS);
		await expectStepShown(page, 0);
		await viewButton(page, 'Scroll').click();
		await expect(page).not.toHaveURL(/view=/);
		await page.reload();
		await waitForStep(page, ids[0]!);
		await expect(viewButton(page, 'Scroll')).toHaveAttribute('aria-pressed', 'true');
		await expect(shownSteps(page)).toHaveCount(ids.length);
	});

	test('an unknown ?view= falls back to the scroll layout, quietly', async ({ page }) => {
		await page.goto(STORY);
		await page.evaluate(() => localStorage.setItem('meridian:view', 'steps'));
		for (const asked of ['slides', '', '%3Cb%3E']) {
			await page.goto(`${STORY}?view=${asked}`);
			await waitForStep(page, ids[0]!);
			await expect(viewButton(page, 'Scroll')).toHaveAttribute('aria-pressed', 'true');
			await expect(shownSteps(page)).toHaveCount(ids.length);
			// Quietly: nothing is announced (each step's share control keeps an empty status region).
			await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveCount(0);
		}
	});

	test('a #<step-id> deep link opens its step in both views', async ({ page }) => {
		await withStaticMap(page);
		const i = 6;
		await page.goto(`${STORY}#${ids[i]}`);
		await waitForStep(page, ids[i]!);
		await expect(page.locator(`[data-step="${ids[i]}"]`)).toBeInViewport();
		await expect(shownSteps(page)).toHaveCount(ids.length);

		await page.goto(`${STEPS}#${ids[i]}`);
		await expectStepShown(page, i);
		await expect(shownSteps(page)).toBeInViewport();
		// A link to another step within the page goes there, in step mode as well.
		await page.evaluate((id) => (location.hash = id), ids[i + 2]!);
		await expectStepShown(page, i + 2);
	});

	test('Next, Previous and the presenter’s keys move the map a step at a time, stopping at the ends', async ({
		page
	}) => {
		await withStaticMap(page);
		await page.goto(STEPS);
		await expectStepShown(page, 0);
		const first = await centre(page);
		await expect(page.getByRole('button', { name: 'Previous' })).toBeDisabled();
		// aria-disabled keeps a keyboard user's focus, so it can still be pressed: nothing moves.
		await page.getByRole('button', { name: 'Previous' }).click({ force: true });
		await expectStepShown(page, 0);

		await page.getByRole('button', { name: 'Next' }).click();
		await expectStepShown(page, 1);
		const second = await centre(page);
		expect(Math.hypot(second[0]! - first[0]!, second[1]! - first[1]!)).toBeGreaterThan(1);
		await page.getByRole('button', { name: 'Previous' }).click();
		await expectStepShown(page, 0);
		const back = await centre(page);
		expect(Math.hypot(back[0]! - first[0]!, back[1]! - first[1]!)).toBeLessThan(0.01);

		await page.locator('body').click({ position: { x: 5, y: 5 } });
		const scrolled = await page.evaluate(() => scrollY);
		for (const [key, i] of [
			['ArrowRight', 1],
			['PageDown', 2],
			[' ', 3],
			['ArrowDown', 4],
			['j', 5],
			['k', 4],
			['ArrowLeft', 3],
			['PageUp', 2],
			['ArrowUp', 1]
		] as const) {
			await page.keyboard.press(key);
			await expectStepShown(page, i);
			await expect(page).toHaveURL(new RegExp(`#${ids[i]}$`));
		}
		// The keys moved the steps, not the page.
		expect(await page.evaluate(() => scrollY)).toBe(scrolled);
		await page.keyboard.press('End');
		await expectStepShown(page, ids.length - 1);
		await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
		await page.keyboard.press('ArrowRight');
		await expectStepShown(page, ids.length - 1);
		await page.keyboard.press('Home');
		await expectStepShown(page, 0);
	});

	test('under reduced motion a step change jumps: the map settles within a few frames', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(STEPS);
		await expectStepShown(page, 0);
		const frames = await page.evaluate(async (id) => {
			const map = document.querySelector<HTMLElement>('[data-testid="story-map"]')!;
			const next = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Next')!;
			next.click();
			for (let n = 1; n <= 600; n++) {
				await new Promise((r) => requestAnimationFrame(r));
				if (map.dataset.activeStep === id) return n;
			}
			return Infinity;
		}, ids[1]!);
		expect(frames).toBeLessThanOrEqual(3);
	});

	test('the embed page offers step mode too', async ({ page }) => {
		await withStaticMap(page);
		await page.goto(EMBED);
		await waitForStep(page, ids[0]!);
		await viewButton(page, 'Step by step').click();
		await expectStepShown(page, 0);
		await page.getByRole('button', { name: 'Next' }).click();
		await expectStepShown(page, 1);
		await page.goto(`${EMBED}?view=steps#${ids[5]}`);
		await expectStepShown(page, 5);
	});

	for (const [name, path] of [
		['the story', STEPS],
		['the embed', `${EMBED}?view=steps`]
	] as const) {
		test(`axe finds no violations in step mode on ${name}`, async ({ page }) => {
			await page.goto(`${path}#${ids[4]}`);
			await expectStepShown(page, 4);
			const results = await new AxeBuilder({ page }).analyze();
			const summary = results.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`
			);
			expect(summary).toEqual([]);
		});
	}

	test('screenshots of step mode', async ({ page }, testInfo) => {
		const shots = `test-artifacts/screens/${testInfo.project.name}`;
		mkdirSync(shots, { recursive: true });
		for (const i of [0, 9, ids.length - 1]) {
			await page.goto(`${STEPS}#${ids[i]}`);
			await expectStepShown(page, i);
			await page.screenshot({ path: `${shots}/step-mode-${i + 1}-${ids[i]}.png` });
		}
		await page.goto(STEPS);
		await expectStepShown(page, 0);
		await page.screenshot({ path: `${shots}/step-mode-opening.png` });
	});
});
