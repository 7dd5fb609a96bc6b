import { mkdirSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { shorten } from '../../src/lib/server/share';
import { plainText } from '../../src/lib/story/text';
import { pngSize } from '../helpers/png';
import { scenes, story } from '../helpers/story';
import { expect, STORY, test, waitForStep, ONE_SIZE, withStaticMap } from './fixtures';

/** A step in the middle of the story, with a date (`when`) on its card. */
const STEP = story.steps.find((s, i) => i > 0 && s.when)!;
const INDEX = story.steps.indexOf(STEP);
const STEP_PAGE = `${STORY}steps/${STEP.id}/`;

/** The page's card tags, as a crawler reads them from the HTML (`property` or `name` → content). */
async function cardTags(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() =>
		Object.fromEntries(
			[...document.head.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')].map(
				(m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.getAttribute('content')]
			)
		)
	);
}

/**
 * Fetches the card image from this server (og:image is absolute, on the published SITE_URL) and
 * keeps a copy with the screenshots, to look at; returns its size from the PNG header.
 */
async function fetchCard(page: Page, image: string, keepAs: string) {
	const response = await page.request.get(new URL(image).pathname);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const body = await response.body();
	mkdirSync('test-artifacts/screens', { recursive: true });
	writeFileSync(`test-artifacts/screens/${keepAs}`, body);
	return pngSize(body);
}

/**
 * Opens the story at the step and waits until the page's script has made it the step being read
 * (so the share control works); the map itself is not needed.
 */
async function openAtStep(page: Page) {
	await page.goto(`${STORY}#${STEP.id}`);
	const card = page.locator(`[data-step="${STEP.id}"]`);
	await expect(card).toHaveAttribute('aria-current', 'step');
	return card;
}

test.describe('share cards', () => {
	// What crawlers see: they read the HTML and run no script.
	test.use({ javaScriptEnabled: false });

	test(
		'the story page carries its card: Open Graph and Twitter tags and a 1200×630 PNG',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await page.goto(STORY);
			const tags = await cardTags(page);
			expect(tags).toMatchObject({
				'og:type': 'article',
				'og:title': story.title,
				'og:description': shorten(story.standfirst),
				'og:image:type': 'image/png',
				'og:image:width': '1200',
				'og:image:height': '630',
				'twitter:card': 'summary_large_image',
				'twitter:title': story.title
			});
			expect(new URL(tags['og:url']!).pathname).toBe(STORY);
			expect(new URL(tags['og:image']!).pathname).toBe(`/cards/${story.slug}.png`);
			expect(tags['twitter:image']).toBe(tags['og:image']);
			expect(tags['og:image:alt']).toContain(scenes[0]!.description);
			expect(await fetchCard(page, tags['og:image']!, 'card-story.png')).toEqual({
				width: 1200,
				height: 630
			});
		}
	);

	test(
		"a step's link carries that step's card, its words and its map's description",
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await page.goto(STEP_PAGE);
			const tags = await cardTags(page);
			const title = `${story.title} · Step ${INDEX + 1} of ${story.steps.length}`;
			expect(tags).toMatchObject({
				'og:title': title,
				'og:description': shorten(STEP.paragraphs.map(plainText).join(' ')),
				'og:image:width': '1200',
				'og:image:height': '630',
				'twitter:card': 'summary_large_image',
				'twitter:title': title
			});
			expect(new URL(tags['og:url']!).pathname).toBe(STEP_PAGE);
			expect(new URL(tags['og:image']!).pathname).toBe(`/cards/${story.slug}/${STEP.id}.png`);
			expect(tags['og:image:alt']).toBe(
				`Meridian: ${story.title}. Step ${INDEX + 1} of ${story.steps.length}, ${STEP.when}. ` +
					`Map: ${scenes[INDEX]!.description}`
			);
			expect(await fetchCard(page, tags['og:image']!, 'card-step.png')).toEqual({
				width: 1200,
				height: 630
			});
			// A reader without JavaScript gets the step's words and map, and a way on to the story.
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
			await expect(page.getByRole('img', { name: scenes[INDEX]!.description })).toBeVisible();
			await page.getByRole('link', { name: 'Read the story from this step' }).click();
			await expect(page).toHaveURL(`${STORY}#${STEP.id}`);
		}
	);

	test('without JavaScript the story offers no share control that could not work', async ({
		page
	}) => {
		await page.goto(STORY);
		await expect(page.locator(`[data-step="${STEP.id}"]`)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Share this step' })).toHaveCount(0);
	});
});

test.describe('sharing a step', () => {
	test("axe finds no violations on a step's page as a reader without JavaScript gets it", async ({
		page
	}) => {
		// axe runs as a script, so the page's own scripts are taken out instead (with them, it
		// sends the reader on to the story at once).
		await page.route(`**${STEP_PAGE}`, async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
			await route.fulfill({ response, body: html });
		});
		await page.goto(STEP_PAGE);
		await expect(page.getByRole('link', { name: 'Read the story from this step' })).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => v.id)).toEqual([]);
	});

	test("a step's link opens the story at that step", async ({ page }) => {
		await withStaticMap(page);
		await page.goto(STEP_PAGE);
		await expect(page).toHaveURL(`${STORY}#${STEP.id}`);
		await waitForStep(page, STEP.id);
		await expect(page.locator(`[data-step="${STEP.id}"]`)).toBeInViewport();
	});

	test('"Share this step" copies the step\'s link by keyboard and says so', async ({
		page,
		context,
		baseURL
	}, testInfo) => {
		// A browser without a share sheet (as Chromium on Linux): the link goes to the clipboard.
		await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		const card = await openAtStep(page);
		const button = card.getByRole('button', { name: 'Share this step' });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(card.getByRole('status')).toHaveText('Link to this step copied.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(new URL(STEP_PAGE, baseURL).href);
		await card.scrollIntoViewIfNeeded();
		await page.screenshot({
			path: `test-artifacts/screens/${testInfo.project.name}/share-copied.png`
		});
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => v.id)).toEqual([]);
	});

	test('"Share this step" opens the share sheet where the browser has one', async ({
		page,
		baseURL
	}) => {
		// Stands in for the system's share sheet, which a test cannot drive, and records the request.
		await page.addInitScript(() => {
			const shared: ShareData[] = [];
			Object.assign(window, { shared });
			Object.defineProperty(Navigator.prototype, 'share', {
				configurable: true,
				value: async (data: ShareData) => void shared.push(data)
			});
		});
		const card = await openAtStep(page);
		await card.getByRole('button', { name: 'Share this step' }).click();
		await expect(card.getByRole('status')).toHaveText('Link to this step shared.');
		expect(
			await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)
		).toEqual([{ url: new URL(STEP_PAGE, baseURL).href, title: story.title }]);
	});
});
