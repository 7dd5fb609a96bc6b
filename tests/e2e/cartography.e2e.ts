/**
 * What a reader sees named on the maps: no two names overlap on a static map, Russia is named
 * where the story is about it and the view shows it, every marker keeps its label on both maps,
 * close-ups carry the world locator inset, and the page and map follow a dark colour scheme.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { viewOf } from '../../src/lib/story/frame';
import { plainText } from '../../src/lib/story/text';
import { registry, scenes, story } from '../helpers/story';
import { expect, mapState, scrollToStep, STORY, test, waitForStep } from './fixtures';

const mapUrl = (step: string, dark = false) =>
	`/maps/${story.slug}/${step}${dark ? '-dark' : ''}.svg`;

/** Steps whose words are about Russia and whose view shows a real part of it (not a sliver). */
const aboutRussia = story.steps
	.filter((step) => /Russia/.test(step.paragraphs.map(plainText).join(' ')))
	.filter((step) => {
		const scene = scenes.find((s) => s.stepId === step.id)!;
		return (registry.visible!('RUS', viewOf(scene.camera))?.share ?? 0) >= 0.02;
	})
	.map((step) => step.id);

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
	// Each test walks every step of the story, some twice (light and dark).
	test.describe.configure({ timeout: 480_000 });

	test('no two names overlap on any static map, light or dark, and none leaves the map', async ({
		page
	}) => {
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
	});

	test('the static maps name Russia where the text is about it, and draw every marker with its label', async ({
		page
	}) => {
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
	});

	test('the live map names Russia where required, and draws every marker’s label', async ({
		page
	}) => {
		await page.goto(STORY);
		const map = page.getByTestId('story-map');
		for (const [i, step] of story.steps.entries()) {
			await scrollToStep(page, step.id);
			await waitForStep(page, step.id);
			const markers = scenes[i]!.markers.map((m) => m.id)
				.sort()
				.join(' ');
			// Published when the map is idle on this step: what MapLibre really placed.
			await expect(map, step.id).toHaveAttribute('data-marker-labels', markers);
			if (aboutRussia.includes(step.id)) {
				await expect(map, `${step.id} names Russia`).toHaveAttribute(
					'data-labels',
					/(^| )RUS( |$)/
				);
			}
		}
	});

	test('close-ups show where they are on a world inset, on both maps, hidden from screen readers', async ({
		page
	}) => {
		const closeUps = scenes.filter((s) => s.locator).map((s) => s.stepId);
		expect(closeUps).toEqual(
			expect.arrayContaining(['monday-talks', 'week-of-talks', 'briefing-the-eu', 'kazakhstan'])
		);
		for (const scene of scenes) {
			await openMap(page, mapUrl(scene.stepId));
			await expect(page.locator('[data-locator]'), scene.stepId).toHaveCount(scene.locator ? 1 : 0);
		}
		await page.goto(STORY);
		const map = page.getByTestId('story-map');
		for (const scene of scenes) {
			await scrollToStep(page, scene.stepId);
			await waitForStep(page, scene.stepId);
			const inset = page.getByTestId('locator');
			if (!scene.locator) {
				await expect(inset, scene.stepId).toBeHidden();
				continue;
			}
			await expect(inset, scene.stepId).toBeVisible();
			await expect(inset).toHaveAttribute('aria-hidden', 'true');
			// It marks what the map shows once settled: the published bounds.
			const { bounds } = await mapState(page);
			await expect(inset).toHaveAttribute('data-view', bounds!.split(',').map(Number).join(','));
			// And it stays clear of the legend.
			const legends = map.locator('.legend');
			const legend = (await legends.count()) ? await legends.boundingBox() : null;
			const box = (await inset.boundingBox())!;
			if (legend) {
				const apart =
					box.x >= legend.x + legend.width ||
					legend.x >= box.x + box.width ||
					box.y >= legend.y + legend.height ||
					legend.y >= box.y + box.height;
				expect(apart, `${scene.stepId}: inset clear of the legend`).toBe(true);
			}
		}
	});

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

	test('every step, light and dark, is captured for review', async ({ page }, testInfo) => {
		const shots = `test-artifacts/screens/${testInfo.project.name}`;
		mkdirSync(shots, { recursive: true });
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(STORY);
			const map = page.getByTestId('story-map');
			for (const [i, step] of story.steps.entries()) {
				await scrollToStep(page, step.id);
				await waitForStep(page, step.id);
				await expect(map).toHaveAttribute('data-scheme', scheme);
				// The names are placed once the map is idle on the step.
				await expect(map).toHaveAttribute(
					'data-marker-labels',
					scenes[i]!.markers.map((m) => m.id)
						.sort()
						.join(' ')
				);
				const n = String(i + 1).padStart(2, '0');
				await page.screenshot({ path: `${shots}/map-${scheme}-${n}-${step.id}.png` });
			}
		}
	});
});
