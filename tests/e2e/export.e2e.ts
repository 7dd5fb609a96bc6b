import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { plainText } from '../../src/lib/story/inline';
import { scenes, story } from '../helpers/story';
import {
	expect,
	mapState,
	scrollToStep,
	test,
	waitForStep,
	ONE_SIZE,
	withStaticMap
} from './fixtures';
import { oncePerRun } from './run/once';

const file = `export/${story.slug}.html`;
const url = pathToFileURL(file).href;
const ids = story.steps.map((s) => s.id);
const count = ids.length;
const firstWords = (i: number) => plainText(story.steps[i]!.paragraphs[0]!).slice(0, 50);
const shot = (name: string, project: string) => `test-artifacts/screens/${project}/${name}.png`;

/** Blocks every request that is not for a file on disk; returns the addresses that were tried. */
async function noNetwork(context: BrowserContext): Promise<string[]> {
	const outside: string[] = [];
	await context.route('**/*', (route) => {
		const address = route.request().url();
		if (address.startsWith('file:')) return route.continue();
		outside.push(address);
		return route.abort();
	});
	return outside;
}

/** A second window, failing the test on its errors as the first one does. */
async function secondWindow(page: Page, errors: string[]): Promise<Page> {
	const other = await page.context().newPage();
	other.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	other.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
	});
	return other;
}

test.describe('the one-file export', () => {
	// One Vite build of the export for the whole run, whichever worker and screen size comes first.
	test.beforeAll(() =>
		oncePerRun('export', () =>
			execFileSync('node', ['scripts/export.js', story.slug], { stdio: 'pipe' })
		)
	);

	test(
		'its policy allows only what it carries: no other source, no inline code but its own',
		{ tag: ONE_SIZE },
		() => {
			const html = readFileSync(file, 'utf8');
			const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
			expect(policy).toContain("default-src 'none'");
			expect(policy).toMatch(/script-src 'sha256-[^']+'(;|$)/);
			expect(policy).toMatch(/style-src 'sha256-[^']+'(;|$)/);
			expect(policy).toContain('worker-src blob:');
			expect(policy).not.toMatch(/unsafe|https?:|\*/);
		}
	);

	test(
		'opened from disk with no network, every step reads and the live map follows it to the end',
		{ tag: ONE_SIZE },
		async ({ page }, testInfo) => {
			const outside = await noNetwork(page.context());
			await page.goto(url);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
			await waitForStep(page, ids[0]!);
			await page.screenshot({ path: shot('export-story', testInfo.project.name) });
			const steps = page.locator('section[data-step]');
			await expect(steps).toHaveCount(count);
			for (let i = 0; i < count; i++) {
				await scrollToStep(page, ids[i]!);
				await expect(steps.nth(i)).toContainText(firstWords(i));
				await expect(steps.nth(i)).toBeInViewport();
				await waitForStep(page, ids[i]!);
				// What the map draws, read back from its layers: the step's scene, from the carried data.
				expect((await mapState(page)).highlight ?? '').toBe(scenes[i]!.highlight.join(' '));
				// A close-up's finer shapes come from the carried data too (a desktop frames it at zoom 5).
				if (ids[i] === 'week-of-talks' && testInfo.project.name === 'desktop')
					await expect(page.getByTestId('story-map')).toHaveAttribute('data-detail', 'fine');
			}
			await page.screenshot({ path: shot('export-story-end', testInfo.project.name) });
			expect(outside).toEqual([]);
		}
	);

	test(
		'its presenter steps through the story with its live map, from the link or #present',
		{ tag: ONE_SIZE },
		async ({ page }, testInfo) => {
			const outside = await noNetwork(page.context());
			await page.goto(url);
			await page.getByRole('link', { name: 'Present this story' }).click();
			await expect(page.getByText(`Step 1 of ${count}`)).toBeVisible();
			await waitForStep(page, ids[0]!);
			await page.keyboard.press('ArrowRight');
			await expect(page.getByText(`Step 2 of ${count}`)).toBeVisible();
			await expect(page.locator('section.slide')).toContainText(firstWords(1));
			await waitForStep(page, ids[1]!);
			await page.screenshot({ path: shot('export-presenter', testInfo.project.name) });
			await page.keyboard.press('End');
			await waitForStep(page, ids[count - 1]!);
			await page.keyboard.press('PageDown');
			await expect(page.getByText(`Step ${count} of ${count}`)).toBeVisible();

			await page.goto(`${url}#present`);
			await expect(page.getByText(`Step 1 of ${count}`)).toBeVisible();
			await waitForStep(page, ids[0]!);
			expect(outside).toEqual([]);
		}
	);

	test(
		'its speaker view and its projector, two windows of the same file, steer each other',
		{ tag: ONE_SIZE },
		async ({ page }, testInfo) => {
			const errors: string[] = [];
			const outside = await noNetwork(page.context());
			await page.goto(`${url}?present`);
			await waitForStep(page, ids[0]!);
			const speaker = await secondWindow(page, errors);
			await speaker.goto(`${url}?speaker`);
			await expect(speaker.getByRole('status')).toContainText('Linked');
			await expect(speaker.getByTestId('presenter-notes').first()).toBeAttached();
			await speaker.keyboard.press('ArrowRight');
			await expect(page.getByText(`Step 2 of ${count}`)).toBeVisible();
			await waitForStep(page, ids[1]!);
			await page.keyboard.press('ArrowRight');
			await expect(speaker.getByText(`Step 3 of ${count}`)).toBeVisible();
			await expect(speaker.locator('section.now')).toHaveAttribute('data-step', ids[2]!);
			await speaker.screenshot({ path: shot('export-speaker', testInfo.project.name) });
			expect(errors).toEqual([]);
			expect(outside).toEqual([]);
		}
	);

	test(
		'where WebGL is missing, the step’s static map is drawn in the page from the data it carries',
		{ tag: ONE_SIZE },
		async ({ page }, testInfo) => {
			// A browser without WebGL: every WebGL context request fails, as MapLibre then sees it.
			await withStaticMap(page);
			const outside = await noNetwork(page.context());
			await page.goto(url);
			const map = page.getByTestId('story-map');
			const fallback = map.locator('img.static');
			await expect(fallback).toBeVisible();
			await expect
				.poll(() => fallback.evaluate((img: HTMLImageElement) => img.naturalWidth))
				.toBe(800);
			await expect(map).toHaveAttribute('data-active-step', ids[0]!);
			await expect(map).not.toHaveAttribute('data-ready', 'true');
			await scrollToStep(page, ids[3]!);
			await expect(map).toHaveAttribute('data-active-step', ids[3]!);
			await expect(fallback).toHaveAttribute('src', /^data:image\/svg\+xml,/);
			await page.screenshot({ path: shot('export-no-webgl', testInfo.project.name) });
			expect(outside).toEqual([]);
		}
	);

	test('an unknown slug fails, naming it and the stories there are', { tag: ONE_SIZE }, () => {
		let message = '';
		try {
			execFileSync('node', ['scripts/export.js', 'no-such-story'], { stdio: 'pipe' });
		} catch (e) {
			message = String((e as { stderr: Buffer }).stderr);
		}
		expect(message).toContain('no story called "no-such-story"');
		expect(message).toContain(story.slug);
	});
});
