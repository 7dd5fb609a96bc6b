import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { registry } from '../helpers/story';
import {
	expect,
	mapState,
	scrollToStep,
	settledMapState,
	STORY,
	test,
	waitForStep
} from './fixtures';

/** The map's centre, from data-center. */
const centreOf = (state: Record<string, string | undefined>) =>
	state.center!.split(',').map(Number) as [number, number];

/**
 * Waits until the map has settled with its centre within `within` degrees of a point (the map's own
 * report). A framed place sits in the middle of the room the legend leaves, a little off centre.
 */
async function mapCentredOn(page: Page, [lon, lat]: [number, number], within = 0.001) {
	await expect
		.poll(async () => {
			const [x, y] = centreOf(await mapState(page));
			return Math.max(Math.abs(x - lon), Math.abs(y - lat));
		})
		.toBeLessThan(within);
}

/** Whether a point lies within data-bounds. */
const shows = (bounds: string, [lon, lat]: [number, number]) => {
	const [w, s, e, n] = bounds.split(',').map(Number) as number[];
	return lon >= w! && lon <= e! && lat >= s! && lat <= n!;
};

test.describe('text that moves the map', () => {
	test('pointing at a mark sends the map to its place over the step’s scene, and leaving brings the step back', async ({
		page
	}, testInfo) => {
		const phone = testInfo.project.name === 'phone';
		await page.goto(STORY);
		await scrollToStep(page, 'week-of-talks');
		await waitForStep(page, 'week-of-talks');
		const before = await settledMapState(page);
		const vienna = registry.places.get('vienna')!.coordinates;
		const mark = page.locator('[data-step="week-of-talks"] [data-map-link="vienna"]');
		await expect(mark).toHaveText('Vienna');

		if (phone) await mark.tap();
		else await mark.hover();
		await mapCentredOn(page, vienna, 0.5);
		const peek = await settledMapState(page);
		expect(peek.activeStep, 'the step’s scene stays underneath').toBe('week-of-talks');
		expect(peek.highlight ?? '').toBe(before.highlight ?? '');
		expect(Number(peek.zoom)).toBeGreaterThan(Number(before.zoom));
		expect(shows(peek.bounds!, vienna)).toBe(true);
		const shots = `test-artifacts/screens/${testInfo.project.name}`;
		mkdirSync(shots, { recursive: true });
		await page.screenshot({ path: `${shots}/mark-in-use.png` });

		// Leaving: the pointer moves off (a tap elsewhere on a phone).
		if (phone) await page.locator('[data-step="week-of-talks"] .when').tap();
		else await page.mouse.move(5, 5);
		await mapCentredOn(page, centreOf(before));
		const back = await settledMapState(page);
		expect(back.bounds).toBe(before.bounds);
		expect(back.activeStep).toBe('week-of-talks');
	});

	test('a mark takes keyboard focus after the card’s Share control, is named by its words, and Escape brings the step back', async ({
		page
	}) => {
		await page.goto(STORY);
		await scrollToStep(page, 'kazakhstan');
		await waitForStep(page, 'kazakhstan');
		const before = await settledMapState(page);
		await page.locator('[data-step="kazakhstan"]').focus();
		// The card's own control heads it, beside the date; its marks follow in reading order.
		await page.keyboard.press('Tab');
		await expect(
			page.locator('[data-step="kazakhstan"]').getByRole('button', { name: 'Share this step' })
		).toBeFocused();
		await page.keyboard.press('Tab');
		const mark = page.locator('[data-step="kazakhstan"] [data-map-link="KAZ"]');
		await expect(mark).toBeFocused();
		await expect(mark).toHaveRole('button');
		await expect(mark).toHaveAccessibleName('Kazakhstan');
		// The next mark in the text, Ukraine, sends the map there.
		await page.keyboard.press('Tab');
		await expect(page.locator('[data-step="kazakhstan"] [data-map-link="UKR"]')).toBeFocused();
		const ukraine = registry.countries.get('UKR')!;
		const [w, s, e, n] = ukraine.frame ?? ukraine.bbox;
		await expect
			.poll(async () => shows((await mapState(page)).bounds!, [(w + e) / 2, (s + n) / 2]))
			.toBe(true);
		await expect.poll(async () => (await mapState(page)).center).not.toBe(before.center);
		await page.keyboard.press('Escape');
		await mapCentredOn(page, centreOf(before));
		expect((await settledMapState(page)).bounds).toBe(before.bounds);
	});

	test('axe finds no violations with the marks and the map’s choices live', async ({ page }) => {
		await page.goto(STORY);
		await scrollToStep(page, 'week-of-talks');
		await waitForStep(page, 'week-of-talks');
		await expect(page.locator('[data-marker="vienna"]')).toBeAttached();
		await page.locator('[data-map-link="vienna"]').focus();
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)
		).toEqual([]);
	});
});

test.describe('a map that leads to the text', () => {
	test('a marker is a named button over its dot, and choosing it goes to the first step that names the place', async ({
		page
	}) => {
		await page.goto(STORY);
		await scrollToStep(page, 'week-of-talks');
		await waitForStep(page, 'week-of-talks');
		const marker = page
			.getByRole('button', { name: 'Geneva', exact: true })
			.and(page.locator('[data-marker]'));
		await expect(marker).toHaveAttribute('data-marker', 'geneva');
		await expect(marker).toBeInViewport();
		const before = await settledMapState(page);
		await marker.click();
		// Geneva is first named in the text of "blinken-consults": the page scrolls there, the map follows.
		await waitForStep(page, 'blinken-consults');
		await expect(page.locator('[data-step="blinken-consults"]')).toBeInViewport();
		await expect(page.locator('[data-step="blinken-consults"]')).toBeFocused();
		expect((await settledMapState(page)).center).not.toBe(before.center);
	});

	test('a highlighted country is chosen from the keyboard the same way', async ({ page }) => {
		await page.goto(STORY);
		await scrollToStep(page, 'deterrence');
		await waitForStep(page, 'deterrence');
		const norway = page.locator('[data-country="NOR"]');
		await expect(norway).toHaveAccessibleName('Norway');
		await norway.focus();
		await page.keyboard.press('Enter');
		// Norway is first named by the map of "crucial-week", which frames it.
		await waitForStep(page, 'crucial-week');
		await expect(page.locator('[data-step="crucial-week"]')).toBeInViewport();
	});

	test('the map still takes no pan or zoom from the reader', async ({ page }) => {
		await page.goto(STORY);
		await scrollToStep(page, 'week-of-talks');
		await waitForStep(page, 'week-of-talks');
		const before = await settledMapState(page);
		const box = (await page.getByTestId('story-map').boundingBox())!;
		await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
		await page.mouse.up();
		const after = await settledMapState(page);
		expect(after.center).toBe(before.center);
		expect(after.zoom).toBe(before.zoom);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a mark is plain text, not a control', async ({ page }) => {
		await page.goto(STORY);
		const step = page.locator('[data-step="week-of-talks"]');
		await expect(step).toContainText('on Thursday in Vienna there will be talks');
		await expect(page.locator('[data-map-link]')).toHaveCount(0);
		await expect(step.getByRole('button')).toHaveCount(0);
	});
});
