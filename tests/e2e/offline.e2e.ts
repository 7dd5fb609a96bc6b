import type { Page } from '@playwright/test';
import { scenes, story } from '../helpers/story';
import { expect, STORY, test, waitForStep, ONE_SIZE } from './fixtures';

const ids = story.steps.map((s) => s.id);
/** A close-up: its map shows the locator inset, whose world map is a file of its own. */
const closeUp = scenes.findIndex((s, i) => s.locator && i + 1 < scenes.length);

test.use({ serviceWorkers: 'allow', colorScheme: 'dark' });

/** The worker takes the page once it has cached the release and this story. */
async function controlledByWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((done) =>
				navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
			);
	});
}

test.describe('offline after the first visit', () => {
	test(
		'a story opened once reloads offline with its live map, in the dark scheme, failing no request',
		{ tag: ONE_SIZE },
		async ({ page, context }) => {
			expect(closeUp).toBeGreaterThanOrEqual(0);
			await page.goto(`${STORY}#${ids[closeUp]}`);
			await waitForStep(page, ids[closeUp]!);
			await controlledByWorker(page);

			await context.setOffline(true);
			expect(await page.evaluate(() => navigator.onLine)).toBe(false);
			const failed: string[] = [];
			page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
			page.on('response', (r) => {
				if (r.status() >= 400) failed.push(`${r.url()}: ${r.status()}`);
			});
			await page.reload();
			await waitForStep(page, ids[closeUp]!);
			await expect(page.getByTestId('story-map')).toHaveAttribute('data-scheme', 'dark');
			const locator = page.getByTestId('locator').locator('image');
			await expect(locator).toBeAttached();
			await page.keyboard.press('j');
			await waitForStep(page, ids[closeUp + 1]!);
			expect(failed).toEqual([]);

			// Every step's static map, in both schemes, is there for a reader whose live map fails offline.
			const missing = await page.evaluate(
				async ({ slug, steps }) => {
					const names = steps.flatMap((id) => [`${id}.svg`, `${id}-dark.svg`]);
					const absent = [];
					for (const name of [...names.map((n) => `/maps/${slug}/${n}`), '/maps/locator-world.svg'])
						if (!(await caches.match(name))) absent.push(name);
					return absent;
				},
				{ slug: story.slug, steps: ids }
			);
			expect(missing).toEqual([]);
			// One cache, the release's: old and new files never mix.
			expect(await page.evaluate(() => caches.keys())).toEqual([
				expect.stringMatching(/^meridian-/)
			]);
		}
	);

	test(
		'the check can fail: without the worker, the same reload has nothing to show',
		{ tag: ONE_SIZE },
		async ({ page, context }) => {
			await page.goto(STORY);
			await waitForStep(page, ids[0]!);
			await page.evaluate(async () => {
				for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
				for (const key of await caches.keys()) await caches.delete(key);
			});
			await context.setOffline(true);
			await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
		}
	);

	test(
		"a read-through asks for the inset's world map once, even when the worker takes the page between close-ups",
		{ tag: ONE_SIZE },
		async ({ page }) => {
			// Close-ups apart from one another: the inset goes away between them and comes back.
			const returns = scenes.findIndex(
				(s, i) => i > closeUp + 1 && s.locator && !scenes[i - 1]!.locator
			);
			expect(returns, 'a close-up after a step without the inset').toBeGreaterThan(0);
			// Every time the page asks, whether the network or the worker answers.
			const asked: string[] = [];
			page.on('request', (r) => {
				if (new URL(r.url()).pathname.endsWith('/maps/locator-world.svg')) asked.push(r.url());
			});
			// The first close-up is read before the worker is in control, the next ones after: a page
			// the worker has taken does not reuse an image the network sent it.
			await page.goto(`${STORY}#${ids[closeUp]}`);
			await waitForStep(page, ids[closeUp]!);
			await expect(page.getByTestId('locator')).toBeVisible();
			await expect.poll(() => asked.length).toBe(1);
			await controlledByWorker(page);
			for (let i = closeUp + 1; i <= returns; i++) {
				await page.keyboard.press('j');
				await waitForStep(page, ids[i]!);
			}
			await expect(page.getByTestId('locator')).toBeVisible();
			await expect(page.getByTestId('locator').locator('image')).toBeAttached();
			expect(asked).toHaveLength(1);
		}
	);
});
