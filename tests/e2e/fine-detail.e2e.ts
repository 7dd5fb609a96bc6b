/**
 * Close-ups draw finer shapes (1:10m, static/data/fine/), loaded only when a close-up needs them:
 * checked on the requests the page makes and the map's published data-detail.
 */
import { expect, scrollToStep, STORY, test, waitForStep } from './fixtures';
import { scenes } from '../helpers/story';

const FINE = /\/data\/fine\/[^/]+\.json$/;
const isFine = (url: string) => FINE.test(new URL(url).pathname);
/** Geneva, Brussels and Vienna: framed at zoom 5 or more on a desktop. */
const CLOSE_UP = 'week-of-talks';
/** Brussels alone: another close-up of the same part of Europe. */
const NEXT_CLOSE_UP = 'briefing-the-eu';
const WORLD = 'de-escalation';

test('a close-up loads its region’s finer shapes and draws them, the next close-up of the region loads nothing more, and the world views load none', async ({
	page,
	guard
}, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'a phone frames this step under zoom 5');
	const region = scenes.find((s) => s.stepId === CLOSE_UP)?.fine;
	expect(region, `${CLOSE_UP} is a close-up`).toBeTruthy();
	expect(scenes.find((s) => s.stepId === NEXT_CLOSE_UP)?.fine?.id).toBe(region!.id);
	const map = page.getByTestId('story-map');

	await page.goto(STORY);
	await expect(map).toHaveAttribute('data-detail', 'coarse');
	await scrollToStep(page, WORLD);
	await waitForStep(page, WORLD);
	await expect(map).toHaveAttribute('data-detail', 'coarse');
	expect(guard.requests.filter(isFine), 'no finer shapes before a close-up').toEqual([]);

	const loaded = page.waitForResponse((r) => isFine(r.url()));
	await scrollToStep(page, CLOSE_UP);
	await waitForStep(page, CLOSE_UP);
	expect(new URL((await loaded).url()).pathname).toBe(`/data/fine/${region!.id}.json`);
	await expect(map).toHaveAttribute('data-detail', 'fine');
	expect(Number(await map.getAttribute('data-zoom'))).toBeGreaterThanOrEqual(5);

	// Another close-up of the same part of Europe draws from the same file: no second request.
	await scrollToStep(page, NEXT_CLOSE_UP);
	await waitForStep(page, NEXT_CLOSE_UP);
	await expect(map).toHaveAttribute('data-detail', 'fine');
	expect(guard.requests.filter(isFine)).toHaveLength(1);

	// Back to a wide view: the story map's shapes again, and nothing more is loaded.
	await scrollToStep(page, WORLD);
	await waitForStep(page, WORLD);
	await expect(map).toHaveAttribute('data-detail', 'coarse');
	expect(guard.requests.filter(isFine)).toHaveLength(1);
});
