/**
 * Shared browser-test fixtures: every page fails its test on an uncaught error or a console error,
 * and records every request so tests can check none leaves the origin.
 */
import {
	test as base,
	expect,
	type BrowserContext,
	type Locator,
	type Page
} from '@playwright/test';
import type { LonLat } from '../../src/lib/story/types';

export const STORY = '/stories/nato-russia-ukraine/';

/**
 * The tag of a test whose claim does not depend on the screen's size (a file's bytes, a static
 * map, a protocol, a PDF): it runs in the desktop project only (`grepInvert` in the config).
 */
export const ONE_SIZE = '@one-size';

interface Guard {
	errors: string[];
	requests: string[];
}

export const test = base.extend<{ guard: Guard }>({
	// Automatic: every browser test fails on a page error or a console error, asked for or not.
	guard: [
		async ({ page }, use) => {
			const guard: Guard = { errors: [], requests: [] };
			page.on('pageerror', (e) => guard.errors.push(`pageerror: ${e.message}`));
			page.on('console', (m) => {
				if (m.type() === 'error') guard.errors.push(`console.error: ${m.text()}`);
			});
			page.on('request', (r) => guard.requests.push(r.url()));
			await use(guard);
			expect(guard.errors, 'the page logged no errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** The map's published state (the data-* contract). */
export async function mapState(page: Page) {
	return page.getByTestId('story-map').evaluate((el: HTMLElement) => ({ ...el.dataset }));
}

/**
 * Scrolls a step's top to the middle of the screen, the way a reader reaches it: above the trigger
 * line at every width (55% of the height on wide screens, 62% on phones).
 */
export async function scrollToStep(page: Page, id: string) {
	await page.evaluate((stepId) => {
		const el = document.querySelector<HTMLElement>(`[data-step="${stepId}"]`)!;
		const top = el.getBoundingClientRect().top + scrollY;
		scrollTo({ top: top - innerHeight / 2, behavior: 'instant' });
	}, id);
}

/** Waits until the map has settled on a step's scene. */
export async function waitForStep(page: Page, id: string) {
	const map = page.getByTestId('story-map');
	await mapReady(map);
	await expect(map).toHaveAttribute('data-active-step', id, { timeout: LOADED });
}

/**
 * How long to wait for the live map to be ready or to settle. Its first readiness (MapLibre's
 * chunk, WebGL in software, the data) and a flight are bounded by the machine's load, not by the
 * page: with other browser jobs on the same two cores they took over 20 s (the default wait).
 */
const LOADED = 60_000;

/** Browser contexts whose pages have no WebGL (`withStaticMap`). */
const staticOnly = new WeakSet<BrowserContext>();

/**
 * Turns WebGL off for every page of the test, as a browser without it would be (every WebGL
 * context request fails, as MapLibre then sees it): the map pane is the static stand-in, which
 * publishes the same data-* contract as a settled live map. For the tests of that fallback, and for
 * tests about addresses, keys, the deck, the embed protocol and the speaker view, which would
 * otherwise wait seconds a page for the live map to be drawn in software. Call it before `goto`.
 */
export async function withStaticMap(page: Page) {
	staticOnly.add(page.context());
	await page.context().addInitScript(() => {
		const getContext = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args) {
			return /webgl/.test(String(args[0])) ? null : getContext.apply(this, args as never);
		} as typeof getContext;
	});
}

/**
 * Waits for the live map to be ready: drawn with its shapes and the scene. Under `withStaticMap`,
 * for the static stand-in to publish its first scene instead.
 */
export async function mapReady(map: Locator) {
	if (staticOnly.has(map.page().context())) {
		await expect(map).toHaveAttribute('data-active-step', /./, { timeout: LOADED });
		await expect(map).toContainText('could not load');
		return;
	}
	await expect(map).toHaveAttribute('data-ready', 'true', { timeout: LOADED });
}

/** Web Mercator y, for placing a point within the visible bounds. */
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Where a point falls within the map, as fractions of its width and height, from `data-bounds`. */
export function positionIn(bounds: string, [lon, lat]: LonLat): { x: number; y: number } {
	const [w, s, e, n] = bounds.split(',').map(Number) as [number, number, number, number];
	return { x: (lon - w) / (e - w), y: (mercY(n) - mercY(lat)) / (mercY(n) - mercY(s)) };
}

/**
 * The map's published state once it has stopped changing: no data-* attribute changed for three
 * drawn frames. For "nothing changed" checks, whose "before" must be a state the map has reached.
 */
export async function settledMapState(page: Page): Promise<Record<string, string | undefined>> {
	return page.getByTestId('story-map').evaluate(
		(el: HTMLElement) =>
			new Promise((done) => {
				let quiet = 0;
				const changes = new MutationObserver(() => (quiet = 0));
				changes.observe(el, { attributes: true });
				const frame = () => {
					if (++quiet < 3) return void requestAnimationFrame(frame);
					changes.disconnect();
					done({ ...el.dataset });
				};
				requestAnimationFrame(frame);
			})
	);
}

/** Resolves once the page has drawn twice: whatever a scroll or resize set off has run. */
export async function framesDrawn(page: Page | import('@playwright/test').Frame) {
	await page.evaluate(
		() =>
			new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))
	);
}
