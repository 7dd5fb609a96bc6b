import { scenes, story } from '../helpers/story';
import { expect, STORY, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('without JavaScript every step’s text and its static map are there, and no image is broken', async ({
	page
}) => {
	await page.goto(STORY);
	await expect(page.getByTestId('story-map')).toBeHidden();
	const steps = page.locator('[data-step]');
	await expect(steps).toHaveCount(story.steps.length);
	for (const [i, step] of story.steps.entries()) {
		const card = page.locator(`[data-step="${step.id}"]`);
		const img = card.locator('img.static-map');
		await expect(img).toHaveAttribute('alt', scenes[i]!.description);
		await img.scrollIntoViewIfNeeded();
		await expect
			.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
			.toBeGreaterThan(0);
	}
	await expect(steps.last()).toContainText('close its information office there.');
	await page.screenshot({ path: 'test-artifacts/screens/no-js.png', fullPage: false });
});
