import { story } from '../helpers/story';
import { expect, STORY, test, waitForStep } from './fixtures';

const ids = story.steps.map((s) => s.id);

test.use({ serviceWorkers: 'allow' });

test.describe('offline after the first visit', () => {
	test('a story opened once reloads with its live map when the network is gone', async ({
		page,
		context
	}) => {
		await page.goto(`${STORY}#${ids[2]}`);
		await waitForStep(page, ids[2]!);
		// The worker takes the page once it has cached the release and this page.
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller)
				await new Promise((done) =>
					navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
				);
		});

		await context.setOffline(true);
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);
		await page.reload();
		await waitForStep(page, ids[2]!);
		await expect(page.locator(`[data-step="${ids[2]}"]`).first()).toBeVisible();
		await page.keyboard.press('j');
		await waitForStep(page, ids[3]!);
	});

	test('the check can fail: without the worker, the same reload has nothing to show', async ({
		page,
		context
	}) => {
		await page.goto(STORY);
		await waitForStep(page, ids[0]!);
		await page.evaluate(async () => {
			for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
			for (const key of await caches.keys()) await caches.delete(key);
		});
		await context.setOffline(true);
		await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
	});
});
