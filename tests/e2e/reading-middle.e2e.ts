/**
 * A step scrolled to the middle of what the reader reads is the map's step, in every published
 * story and fixture: short steps, long ones and the last one. "The middle" is the middle of the screen where
 * the map sits beside the text, and of the text below the map where the map is a band across the
 * top (phones): there the screen's own middle is just under the map's edge.
 */
import { expect, mapReady, test, withStaticMap } from './fixtures';
import { slugsIn, WORLD_FIXTURES } from './run/world-fixtures';

/** Every story in src/content/ and the suite's fixture stories across 180°, by slug. */
const slugs = [...slugsIn('src/content'), ...slugsIn(WORLD_FIXTURES)];

test.describe('the step at the middle', () => {
	for (const slug of slugs) {
		test(`${slug}: each step, its text centred on the middle of what the reader reads, becomes the map’s step`, async ({
			page
		}) => {
			await withStaticMap(page);
			await page.goto(`/stories/${slug}/`);
			const map = page.getByTestId('story-map');
			await mapReady(map);
			const screen = page.viewportSize()!;
			const steps = await page
				.locator('[data-step]')
				.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.step!));
			expect(steps.length).toBeGreaterThan(1);
			for (const id of steps) {
				const placed = await page.evaluate(
					({ id, screen }) => {
						const card = document.querySelector(`[data-step="${id}"] .card`)!;
						const band = document.querySelector('.map-column')!.getBoundingClientRect();
						// The map is a band across the top when it spans the screen's width.
						const covered = band.width >= screen.width - 1 ? band.height : 0;
						const middle = (covered + screen.height) / 2;
						const box = card.getBoundingClientRect();
						scrollTo({ top: scrollY + box.top + box.height / 2 - middle, behavior: 'instant' });
						const now = card.getBoundingClientRect();
						return { centre: now.top + now.height / 2, middle, height: now.height };
					},
					{ id, screen }
				);
				// Within a pixel: scroll positions snap to device pixels.
				expect(
					Math.abs(placed.centre - placed.middle),
					`${id}'s centre reached the middle`
				).toBeLessThanOrEqual(1);
				await expect
					.poll(() => map.getAttribute('data-active-step'), {
						message: `${id} (${Math.round(placed.height)} px tall) centred at ${Math.round(placed.middle)} px`
					})
					.toBe(id);
			}
		});
	}
});
