/**
 * The phone layout: the map is a band across the top and the text scrolls beneath it. At every
 * scroll position a reader sees step text below the map, and the map shows a step whose text is
 * in view.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { story } from '../helpers/story';
import { expect, STORY, test, waitForStep } from './fixtures';

/** How far each scroll moves, in CSS px: less than a line pair, so no gap can slip between two. */
const STEP_PX = 24;
/** How much of a paragraph must show below the map to count as text in view: about a line. */
const MIN_TEXT_PX = 16;

interface View {
	/** The steps with at least MIN_TEXT_PX of text showing below the map. */
	visible: string[];
	/** The step the page marks as being read (aria-current). */
	active: string | null;
	/** The last scroll position where the last step's text still shows below the map. */
	end: number;
}

/** Scrolls to `y`, waits two frames (the scroller measures once per frame), and reads the view. */
async function viewAt(page: Page, y: number): Promise<View> {
	return page.evaluate(
		async ({ y, minText }) => {
			scrollTo({ top: y, behavior: 'instant' });
			await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			const mapBottom = document.querySelector('.map-column')!.getBoundingClientRect().bottom;
			const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
			const visible = steps
				.filter((step) =>
					[...step.querySelectorAll('.card p:not(.visually-hidden)')].some((p) => {
						const box = p.getBoundingClientRect();
						return Math.min(box.bottom, innerHeight) - Math.max(box.top, mapBottom) >= minText;
					})
				)
				.map((step) => step.dataset.step!);
			// The last text a reader sees: a screen reader's hidden line after it is no text in view.
			const lastText = [...steps.at(-1)!.querySelectorAll('.card p:not(.visually-hidden)')].at(-1)!;
			const end = lastText.getBoundingClientRect().bottom + scrollY - mapBottom - minText;
			const active =
				document.querySelector<HTMLElement>('[data-step][aria-current="step"]')?.dataset.step ??
				null;
			return { visible, active, end };
		},
		{ y, minText: MIN_TEXT_PX }
	);
}

test.describe('the phone layout', () => {
	test('at every scroll position through the story, step text shows below the map, and the map shows a step whose text is in view', async ({
		page
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'phone', 'the map covers the text only on phones');
		test.setTimeout(300_000);
		const shots = 'test-artifacts/screens/phone';
		mkdirSync(shots, { recursive: true });
		await page.goto(STORY);
		await waitForStep(page, story.steps[0]!.id);
		// From where the map band reaches the top of the screen (above it, the header is in view).
		// In whole pixels: the page scrolls in device pixels, so a fractional position lands up to a
		// half pixel off, and at the last step's edge that half pixel is the difference.
		const start = await page.evaluate(() =>
			Math.round(document.querySelector('main')!.getBoundingClientRect().top + scrollY)
		);
		let view = await viewAt(page, start);
		let shown = view.active;
		const between = new Set<string>();
		for (let y = start; y <= view.end; y += STEP_PX) {
			view = await viewAt(page, y);
			expect(view.visible.length, `text in view below the map at scrollY ${y}`).toBeGreaterThan(0);
			expect(view.visible, `the step being read (${view.active}) is in view at ${y}`).toContain(
				view.active
			);
			if (view.active !== shown) {
				await waitForStep(page, view.active!);
				shown = view.active;
			}
			// Two steps in view: the moment between them. One picture per pair.
			const pair = view.visible.join('+');
			if (view.visible.length > 1 && !between.has(pair)) {
				between.add(pair);
				await page.screenshot({ path: `${shots}/between-${pair}.png` });
			}
		}
		expect(shown, 'the scroll reached the last step').toBe(story.steps.at(-1)!.id);
	});
});
