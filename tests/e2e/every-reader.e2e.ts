import AxeBuilder from '@axe-core/playwright';
import { scenes, story } from '../helpers/story';
import {
	expect,
	scrollToStep,
	STORY,
	test,
	waitForStep,
	ONE_SIZE,
	withStaticMap
} from './fixtures';

test.describe('accessibility', () => {
	const pages = ['/', STORY, `${STORY}present/`, `${STORY}print/`, '/embed/nato-russia-ukraine/'];
	for (const path of pages) {
		test(`axe finds no violations on ${path}`, async ({ page }) => {
			await page.goto(path);
			if (!path.endsWith('print/') && path !== '/') await waitForStep(page, story.steps[0]!.id);
			const results = await new AxeBuilder({ page }).analyze();
			const summary = results.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`
			);
			expect(summary).toEqual([]);
		});
	}

	test(
		'axe finds no violations in the presenter’s overview of steps',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await page.goto(`${STORY}present/`);
			await waitForStep(page, story.steps[0]!.id);
			await page.getByRole('button', { name: 'All steps' }).click();
			await expect(page.getByRole('dialog')).toBeVisible();
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => v.id)).toEqual([]);
		}
	);

	test(
		'the first Tab reaches a visible skip link that leads to the text',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await page.goto(STORY);
			await page.keyboard.press('Tab');
			const skip = page.getByRole('link', { name: 'Skip to the text' });
			await expect(skip).toBeFocused();
			await expect(skip).toBeInViewport();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/#main$/);
		}
	);

	test(
		'the map canvas is hidden from assistive technology',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await page.goto(STORY);
			await waitForStep(page, story.steps[0]!.id);
			await expect(page.locator('[data-testid="story-map"] canvas')).toHaveAttribute(
				'aria-hidden',
				'true'
			);
		}
	);

	test(
		'each new step’s map is announced politely, naming the places it focuses on',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await withStaticMap(page);
			await page.goto(STORY);
			await waitForStep(page, story.steps[0]!.id);
			const live = page.locator('[aria-live="polite"]');
			const i = 7;
			await scrollToStep(page, story.steps[i]!.id);
			await expect(live).toHaveText(`Map: ${scenes[i]!.description}`);
			for (const id of story.steps[i]!.map.focus) {
				const name = scenes[i]!.markers.find((m) => m.id === id)?.name ?? id;
				await expect(live).toContainText(name);
			}
		}
	);
});

test.describe('keyboard', () => {
	test(
		'J and K move one step forward and back without taking the browser’s own keys',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await withStaticMap(page);
			await page.goto(STORY);
			await waitForStep(page, story.steps[0]!.id);
			await page.locator('body').click({ position: { x: 5, y: 5 } });
			await page.keyboard.press('j');
			await waitForStep(page, story.steps[1]!.id);
			await page.keyboard.press('j');
			await waitForStep(page, story.steps[2]!.id);
			await page.keyboard.press('k');
			await waitForStep(page, story.steps[1]!.id);
			await expect(page.locator(`[data-step="${story.steps[1]!.id}"]`)).toBeFocused();
			// A modified key is the browser's (or the reader's), not navigation: a plain J after it
			// (keys are handled in order) goes exactly one step on, to step 3, not 4.
			await page.keyboard.press('Control+j');
			await page.keyboard.press('j');
			await waitForStep(page, story.steps[2]!.id);
			await page.keyboard.press('k');
			await waitForStep(page, story.steps[1]!.id);
			// Page Down still scrolls the page, once K's smooth scroll has come to rest (a key pressed
			// mid-scroll races the scroll under way).
			await page.evaluate(
				() =>
					new Promise<void>((done) => {
						let last = -1;
						let still = 0;
						const frame = () => {
							still = scrollY === last ? still + 1 : 0;
							last = scrollY;
							if (still >= 6) done();
							else requestAnimationFrame(frame);
						};
						frame();
					})
			);
			const before = await page.evaluate(() => scrollY);
			await page.keyboard.press('PageDown');
			await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
		}
	);
});

test(
	'pressing J twice in quick succession moves two steps, even mid-scroll',
	{ tag: ONE_SIZE },
	async ({ page }) => {
		await withStaticMap(page);
		await page.goto(STORY);
		await waitForStep(page, story.steps[0]!.id);
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('j');
		await page.keyboard.press('j');
		await waitForStep(page, story.steps[2]!.id);
	}
);

/**
 * Frames and milliseconds between a scroll to `id` and the map reporting that step as settled. A
 * jump settles within a few frames whatever the load; a flight lasts its duration in wall-clock
 * time, but on a loaded machine that can pass in two or three long frames, so frames alone cannot
 * tell a flight.
 */
async function timeToSettle(page: import('@playwright/test').Page, id: string) {
	return page.evaluate(async (stepId) => {
		const map = document.querySelector<HTMLElement>('[data-testid="story-map"]')!;
		const el = document.querySelector<HTMLElement>(`[data-step="${stepId}"]`)!;
		const start = performance.now();
		scrollTo({
			top: el.getBoundingClientRect().top + scrollY - innerHeight / 2,
			behavior: 'instant'
		});
		for (let frames = 1; frames <= 600; frames++) {
			await new Promise((r) => requestAnimationFrame(r));
			if (map.dataset.activeStep === stepId) return { frames, ms: performance.now() - start };
		}
		return { frames: Infinity, ms: Infinity };
	}, id);
}

/**
 * Less than any flight this test makes takes: from step 1 to step 4 and from 4 to 9 the camera
 * zooms and pans across Europe, which MapLibre's flyTo (speed 1.4) animates over well more than that;
 * a jump settles in a few frames, tens of milliseconds on a quiet machine.
 */
const FLIGHT_MS = 300;

test.describe('motion', () => {
	test(
		'with reduced motion the camera jumps: a step change settles within a few frames',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto(STORY);
			await waitForStep(page, story.steps[0]!.id);
			await expect(page.getByRole('button', { name: 'Animation', pressed: false })).toHaveText(
				'Animation: off'
			);
			expect((await timeToSettle(page, story.steps[3]!.id)).frames).toBeLessThanOrEqual(3);
		}
	);

	test(
		'the animation switch overrides reduced motion both ways, and is remembered',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto(STORY);
			await waitForStep(page, story.steps[0]!.id);
			await page.getByRole('button', { name: 'Animation', pressed: false }).click();
			await expect(page.getByRole('button', { name: 'Animation' })).toHaveAttribute(
				'aria-pressed',
				'true'
			);
			expect((await timeToSettle(page, story.steps[3]!.id)).ms).toBeGreaterThanOrEqual(FLIGHT_MS);
			await page.reload();
			await expect(page.getByRole('button', { name: 'Animation', pressed: true })).toHaveText(
				'Animation: on'
			);

			await page.emulateMedia({ reducedMotion: 'no-preference' });
			await page.getByRole('button', { name: 'Animation', pressed: true }).click();
			await waitForStep(page, story.steps[3]!.id);
			expect((await timeToSettle(page, story.steps[8]!.id)).frames).toBeLessThanOrEqual(3);
		}
	);
});

test.describe('small screens and zoom', () => {
	for (const size of [
		{ width: 320, height: 640 },
		{ width: 640, height: 400 }
	]) {
		test(`nothing scrolls sideways at ${size.width}×${size.height} (320 px phone; 200% zoom of 1280×800)`, async ({
			page
		}, testInfo) => {
			await page.setViewportSize(size);
			await page.goto(STORY);
			await waitForStep(page, story.steps[0]!.id);
			for (const i of [0, 9, story.steps.length - 1]) {
				await scrollToStep(page, story.steps[i]!.id);
				await waitForStep(page, story.steps[i]!.id);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - innerWidth
				);
				expect(overflow).toBeLessThanOrEqual(0);
				await page.screenshot({
					path: `test-artifacts/screens/${testInfo.project.name}-${size.width}/${i + 1}.png`
				});
			}
		});
	}
});

test.describe('failure', () => {
	test(
		'a WebGL context lost mid-story falls back to the static map without losing the reader’s place',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			const step = story.steps[9]!;
			await page.goto(STORY);
			await scrollToStep(page, step.id);
			await waitForStep(page, step.id);
			const before = await page.evaluate(() => scrollY);
			await page.evaluate(() => {
				const canvas = document.querySelector<HTMLCanvasElement>(
					'[data-testid="story-map"] canvas'
				)!;
				const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
				gl!.getExtension('WEBGL_lose_context')!.loseContext();
			});
			const map = page.getByTestId('story-map');
			// It says what happened: the map stopped (it may come back), not that it never loaded.
			await expect(map).toContainText('stopped when the graphics card was reset');
			await expect(map.locator('img')).toHaveAttribute('src', new RegExp(`/${step.id}\\.svg$`));
			expect(await page.evaluate(() => scrollY)).toBe(before);
			await expect(page.locator(`[data-step="${step.id}"]`)).toBeInViewport();
		}
	);
});
