/**
 * Nothing on the page moves by itself as the reader goes from step to step. Layout shifts are read
 * from the browser's own Layout Instability API, as the bench's "layout shift, whole visit" is.
 */
import type { Page } from '@playwright/test';
import { scenes, story } from '../helpers/story';
import { expect, scrollToStep, STORY, test, waitForStep } from './fixtures';

/** Records every layout shift from the page's start, with the text of the nodes it moved. */
async function recordShifts(page: Page) {
	await page.addInitScript(() => {
		type Shift = { value: number; at: number; moved: string[] };
		const shifts: Shift[] = ((window as unknown as { shifts: Shift[] }).shifts = []);
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & {
				value: number;
				sources?: { node?: Node }[];
			})[])
				shifts.push({
					value: e.value,
					at: e.startTime,
					moved: (e.sources ?? []).map((s) => (s.node?.textContent ?? '').trim().slice(0, 60))
				});
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The shifts since `since` (ms on the page's clock). */
function shiftsSince(page: Page, since: number) {
	return page.evaluate(
		(from) =>
			(window as unknown as { shifts: { value: number; at: number; moved: string[] }[] }).shifts
				.filter((s) => s.at >= from)
				.map(({ value, moved }) => ({ value, moved })),
		since
	);
}

/** Waits two frames, so a shift caused by what just happened has been reported. */
const twoFrames = (page: Page) =>
	page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);

/**
 * Of the steps in a row whose keys both have two entries or more and differ in the first, the two
 * whose first labels differ most in length: where an entry edited in place would most likely wrap
 * to another number of lines and push the entries below it.
 */
const next = scenes
	.map((scene, i) => ({ i, was: scenes[i - 1]?.legend ?? [], now: scene.legend }))
	.filter(({ was, now }) => was.length > 1 && now.length > 1 && was[0]!.label !== now[0]!.label)
	.reduce(
		(best, { i, was, now }) => {
			const gap = Math.abs(was[0]!.label.length - now[0]!.label.length);
			return gap > best.gap ? { i, gap } : best;
		},
		{ i: -1, gap: -1 }
	).i;

test('as the reader moves on, a new scene’s map key replaces the last one without moving anything', async ({
	page
}) => {
	expect(next, 'the story has two steps in a row whose keys differ').toBeGreaterThan(1);
	// Read into the pair from the step before it, as a reader scrolls: a deep link straight to the
	// first of the two drew its key afresh, and then the change to the second moved nothing even
	// when the key's entries were edited in place (the bench's read-through caught it).
	const [before, from, to] = [next - 2, next - 1, next].map((i) => story.steps[i]!);
	await recordShifts(page);
	await page.goto(`${STORY}#${before!.id}`);
	await waitForStep(page, before!.id);
	await scrollToStep(page, from!.id);
	await waitForStep(page, from!.id);
	const key = page.getByTestId('story-map').locator('.legend li');
	await expect(key.first()).toHaveText(scenes[next - 1]!.legend[0]!.label);
	await page.evaluate(() => document.fonts.ready);
	await twoFrames(page);
	const since = await page.evaluate(() => performance.now());

	await scrollToStep(page, to!.id);
	await waitForStep(page, to!.id);
	await expect(key.first()).toHaveText(scenes[next]!.legend[0]!.label);
	await twoFrames(page);
	expect(await shiftsSince(page, since), 'layout shifts as the key changed').toEqual([]);
});
