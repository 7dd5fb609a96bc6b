/**
 * The map pane is never blank: until MapLibre has loaded and drawn the scene, the step's static map
 * stands in, follows the reader, and hands over to the live map without moving anything. MapLibre's
 * chunk is held back with a route, as a slow network would, to see the pane before WebGL is ready.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { story } from '../helpers/story';
import { expect, mapReady, scrollToStep, STORY, test } from './fixtures';

/** The built chunk that carries the map controller and MapLibre, from the build's manifest. */
function mapChunk(): string {
	const manifest = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Record<string, { file: string }>;
	return manifest['src/lib/map/controller.ts']!.file;
}

/** Holds MapLibre's chunk until the returned function is called. */
async function holdMapLibre(page: Page): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((done) => (release = done));
	await page.route(`**/${mapChunk()}`, async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

/** Records, before every frame, which static map the pane shows (src, or "" when none is visible). */
async function recordStaticMaps(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { staticMapsSeen: string[] }).staticMapsSeen =
			[]);
		const frame = () => {
			const img = document.querySelector<HTMLImageElement>('[data-testid="story-map"] img');
			const shown = img?.checkVisibility({ visibilityProperty: true }) ? img.src : '';
			if (seen.at(-1) !== shown) seen.push(shown);
			requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
}

const staticMaps = (page: Page) =>
	page.evaluate(() => (window as unknown as { staticMapsSeen: string[] }).staticMapsSeen);

/** Layout shifts recorded since the page opened, with their times. */
async function recordShifts(page: Page) {
	await page.addInitScript(() => {
		const shifts: { value: number; at: number }[] = ((
			window as unknown as { shifts: typeof shifts }
		).shifts = []);
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
				shifts.push({ value: e.value, at: e.startTime });
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

async function expectStaticMap(page: Page, stepId: string) {
	const img = page.getByTestId('story-map').locator('img');
	await expect(img).toHaveAttribute('src', new RegExp(`/${stepId}\\.svg$`));
	await expect(img).toBeVisible();
	await expect
		.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
		.toBeGreaterThan(0);
}

test('before MapLibre arrives the pane shows the step’s static map and follows the reader; the live map then takes over without a layout shift', async ({
	page
}, testInfo) => {
	await recordShifts(page);
	const release = await holdMapLibre(page);
	await page.goto(STORY);
	const map = page.getByTestId('story-map');
	await expectStaticMap(page, story.steps[0]!.id);

	const step = story.steps[3]!;
	await scrollToStep(page, step.id);
	await expectStaticMap(page, step.id);
	await expect(map).not.toHaveAttribute('data-ready', 'true');
	const shots = `test-artifacts/screens/${testInfo.project.name}`;
	mkdirSync(shots, { recursive: true });
	await page.screenshot({ path: `${shots}/static-first-${step.id}.png` });

	const releasedAt = await page.evaluate(() => performance.now());
	release();
	await mapReady(map);
	await expect(map).toHaveAttribute('data-active-step', step.id);
	await expect(map.locator('img')).toHaveCount(0);
	await expect(map.locator('canvas')).toBeVisible();
	await page.screenshot({ path: `${shots}/static-first-live-${step.id}.png` });
	const shifted = await page.evaluate(
		(since) =>
			(window as unknown as { shifts: { value: number; at: number }[] }).shifts
				.filter((s) => s.at >= since)
				.reduce((sum, s) => sum + s.value, 0),
		releasedAt
	);
	expect(shifted, 'layout shift while the live map replaced the static one').toBe(0);
});

test('a deep link shows its own step’s static map from the start, never the first step’s', async ({
	page
}) => {
	await recordStaticMaps(page);
	const release = await holdMapLibre(page);
	const step = story.steps[6]!;
	await page.goto(`${STORY}#${step.id}`);
	await expectStaticMap(page, step.id);
	const seen = (await staticMaps(page)).filter(Boolean);
	expect(seen.length).toBeGreaterThan(0);
	for (const src of seen) expect(src).toMatch(new RegExp(`/${step.id}\\.svg$`));

	release();
	await mapReady(page.getByTestId('story-map'));
	await expect(page.getByTestId('story-map')).toHaveAttribute('data-active-step', step.id);
});

test('when MapLibre never arrives, the static map stays and keeps following the reader', async ({
	page
}) => {
	// A blocked script, as an extension or a proxy might serve it: the chunk runs but never loads.
	await page.route(`**/${mapChunk()}`, (route) =>
		route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("blocked");' })
	);
	await page.goto(STORY);
	for (const step of [story.steps[2]!, story.steps[8]!]) {
		await scrollToStep(page, step.id);
		await expectStaticMap(page, step.id);
		await expect(page.getByTestId('story-map')).toHaveAttribute('data-active-step', step.id);
	}
});
