import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { plainText } from '../../src/lib/story/inline';
import { story } from '../helpers/story';
import { expect, test } from './fixtures';

const file = `export/${story.slug}.html`;
const count = story.steps.length;
const firstWords = (i: number) => plainText(story.steps[i]!.paragraphs[0]!).slice(0, 50);

test.describe('the one-file export', () => {
	test.beforeAll(() => {
		// The site is built before the tests run (playwright.config.ts), so this only assembles the file.
		execFileSync('node', ['scripts/export.js', story.slug], { stdio: 'pipe' });
	});

	test('opened from disk with every network request blocked, it shows every step and its map, and presents', async ({
		page
	}) => {
		const outside: string[] = [];
		await page.context().route('**/*', (route) => {
			const url = route.request().url();
			if (url.startsWith('file:')) return route.continue();
			outside.push(url);
			return route.abort();
		});
		await page.goto(pathToFileURL(file).href);
		const steps = page.locator('article[data-step]');
		await expect(steps).toHaveCount(count);
		for (let i = 0; i < count; i++) await expect(steps.nth(i)).toContainText(firstWords(i));
		const maps = page.locator('article[data-step] img');
		await expect(maps).toHaveCount(count);
		for (let i = 0; i < count; i++) {
			await maps.nth(i).scrollIntoViewIfNeeded();
			await expect
				.poll(() => maps.nth(i).evaluate((img: HTMLImageElement) => img.naturalWidth))
				.toBeGreaterThan(0);
		}

		await page.getByRole('button', { name: 'Present' }).click();
		await expect(page.locator('#present-counter')).toHaveText(`Step 1 of ${count}`);
		await expect(steps.nth(0)).toBeVisible();
		await expect(steps.nth(1)).toBeHidden();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('#present-counter')).toHaveText(`Step 2 of ${count}`);
		await expect(steps.nth(1)).toContainText(firstWords(1));
		await expect(steps.nth(0)).toBeHidden();
		await page.keyboard.press('End');
		await expect(page.locator('#present-counter')).toHaveText(`Step ${count} of ${count}`);
		await page.keyboard.press('PageDown');
		await expect(page.locator('#present-counter')).toHaveText(`Step ${count} of ${count}`);
		expect(outside).toEqual([]);
	});

	test('#present opens it in the presenter', async ({ page }) => {
		await page.goto(`${pathToFileURL(file).href}#present`);
		await expect(page.locator('#present-counter')).toHaveText(`Step 1 of ${count}`);
		await expect(page.getByRole('button', { name: 'Back to the handout' })).toBeVisible();
	});

	test('an unknown slug fails, naming it and the stories there are', () => {
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
