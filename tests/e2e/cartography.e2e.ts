/**
 * What a reader sees named on the static maps: no two names overlap, Russia is named where the
 * story is about it and the view shows it, every marker keeps its label, close-ups carry the world
 * locator inset; and the page and map follow a dark colour scheme. The live map's side of each
 * claim is checked step by step in the read-through (story.e2e.ts).
 */
import type { Page } from '@playwright/test';
import { aboutRussia, scenes, story } from '../helpers/story';
import { expect, ONE_SIZE, STORY, test, waitForStep } from './fixtures';

const mapUrl = (step: string, dark = false) =>
	`/maps/${story.slug}/${step}${dark ? '-dark' : ''}.svg`;

/**
 * Opens a static map as a reader's browser draws it on its own: inline in a blank page (no site
 * font, so the fallback font, the widest case) without the favicon request a bare SVG document makes.
 */
async function openMap(page: Page, url: string) {
	const response = await page.request.get(url);
	expect(response.ok(), url).toBe(true);
	await page.setContent(`<body style="margin:0">${await response.text()}</body>`);
}

/** Every text of the open SVG: its words and the box the browser draws it in. */
async function svgTexts(page: Page) {
	return page.locator('svg text').evaluateAll((texts) =>
		texts.map((t) => {
			const b = (t as SVGTextElement).getBBox();
			return {
				words: t.textContent ?? '',
				label: t.getAttribute('data-label'),
				marker: t.getAttribute('data-marker'),
				box: { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height }
			};
		})
	);
}

test.describe('cartography', () => {
	test(
		'no two names overlap on any static map, light or dark, and none leaves the map',
		{
			tag: ONE_SIZE
		},
		async ({ page }) => {
			expect(aboutRussia.length).toBeGreaterThan(5);
			for (const step of story.steps) {
				for (const dark of [false, true]) {
					await openMap(page, mapUrl(step.id, dark));
					const texts = await svgTexts(page);
					expect(texts.length, step.id).toBeGreaterThan(0);
					const overlapping: string[] = [];
					texts.forEach((a, i) =>
						texts.slice(i + 1).forEach((b) => {
							// Half a pixel of slack: touching halos are not an overlap a reader sees.
							const over =
								a.box.x0 + 0.5 < b.box.x1 &&
								b.box.x0 + 0.5 < a.box.x1 &&
								a.box.y0 + 0.5 < b.box.y1 &&
								b.box.y0 + 0.5 < a.box.y1;
							if (over) overlapping.push(`${a.words} × ${b.words}`);
						})
					);
					expect(overlapping, `${step.id}${dark ? ' (dark)' : ''}`).toEqual([]);
					for (const t of texts) {
						expect(t.box.x0, `${step.id}: ${t.words}`).toBeGreaterThanOrEqual(0);
						expect(t.box.x1, `${step.id}: ${t.words}`).toBeLessThanOrEqual(800);
						expect(t.box.y0, `${step.id}: ${t.words}`).toBeGreaterThanOrEqual(0);
						expect(t.box.y1, `${step.id}: ${t.words}`).toBeLessThanOrEqual(600);
					}
				}
			}
		}
	);

	test(
		'the static maps name Russia where the text is about it, and draw every marker with its label',
		{
			tag: ONE_SIZE
		},
		async ({ page }) => {
			for (const [i, step] of story.steps.entries()) {
				await openMap(page, mapUrl(step.id));
				const texts = await svgTexts(page);
				if (aboutRussia.includes(step.id)) {
					expect(texts.find((t) => t.label === 'RUS')?.words, `${step.id} names Russia`).toBe(
						'RUSSIA'
					);
				}
				const markers = texts.flatMap((t) => (t.marker ? [t.marker] : []));
				expect(markers.sort(), step.id).toEqual(scenes[i]!.markers.map((m) => m.id).sort());
			}
		}
	);

	test(
		'close-ups carry the world locator inset on their static maps, and other steps do not',
		{
			tag: ONE_SIZE
		},
		async ({ page }) => {
			const closeUps = scenes.filter((s) => s.locator).map((s) => s.stepId);
			expect(closeUps).toEqual(
				expect.arrayContaining(['monday-talks', 'week-of-talks', 'briefing-the-eu', 'kazakhstan'])
			);
			for (const scene of scenes) {
				await openMap(page, mapUrl(scene.stepId));
				await expect(page.locator('[data-locator]'), scene.stepId).toHaveCount(
					scene.locator ? 1 : 0
				);
			}
		}
	);

	test('the page and the map follow a dark colour scheme, and switch when the reader does', async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(STORY);
		const map = page.getByTestId('story-map');
		await waitForStep(page, story.steps[0]!.id);
		await expect(map).toHaveAttribute('data-scheme', 'dark');
		const lightness = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el) => {
					const [r, g, b] = getComputedStyle(el)
						.backgroundColor.match(/[\d.]+/g)!
						.map(Number);
					return (r! + g! + b!) / 3;
				});
		expect(await lightness('body')).toBeLessThan(60);
		expect(await lightness('.story-map')).toBeLessThan(80);
		// The story's text is light on its dark card (WCAG AA: 4.5:1).
		const ratio = await page
			.locator('[data-step] p')
			.first()
			.evaluate((el) => {
				const rgb = (c: string) => c.match(/[\d.]+/g)!.map(Number);
				const lum = (c: string) => {
					const [r, g, b] = rgb(c).map((v) => {
						const x = v / 255;
						return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
					});
					return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
				};
				let back: Element | null = el;
				while (back && rgb(getComputedStyle(back).backgroundColor)[3] === 0)
					back = back.parentElement;
				const [a, b] = [
					lum(getComputedStyle(el).color),
					lum(getComputedStyle(back ?? document.body).backgroundColor)
				].sort((x, y) => y - x);
				return (a! + 0.05) / (b! + 0.05);
			});
		expect(ratio).toBeGreaterThanOrEqual(4.5);
		await page.emulateMedia({ colorScheme: 'light' });
		await expect(map).toHaveAttribute('data-scheme', 'light');
		expect(await lightness('body')).toBeGreaterThan(200);
	});
});
