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
		// What a reader sees: sea and land both show (a wrongly wound or clipped shape floods one).
		const sea = await img.evaluate(seaShare);
		expect(sea, `${step.id}: the sea shows`).toBeGreaterThan(0.02);
		expect(sea, `${step.id}: the land shows`).toBeLessThan(0.8);
	}
	await expect(steps.last()).toContainText('close its information office there.');
	await page.screenshot({ path: 'test-artifacts/screens/no-js.png', fullPage: false });
});

test('without JavaScript a link to step mode still reads in full, with no view switch or step controls', async ({
	page
}) => {
	await page.goto(`${STORY}?view=steps`);
	await expect(page.locator('[data-step]:visible')).toHaveCount(story.steps.length);
	await expect(page.getByRole('group', { name: 'How to read the story' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Next' })).toHaveCount(0);
});

/** The share of the image's pixels in the sea colour (the palette's #cddbe4). */
function seaShare(img: HTMLImageElement) {
	const canvas = document.createElement('canvas');
	canvas.width = 200;
	canvas.height = 150;
	const ctx = canvas.getContext('2d')!;
	ctx.drawImage(img, 0, 0, 200, 150);
	const px = ctx.getImageData(0, 0, 200, 150).data;
	let sea = 0;
	for (let i = 0; i < px.length; i += 4) {
		if (Math.abs(px[i]! - 0xcd) + Math.abs(px[i + 1]! - 0xdb) + Math.abs(px[i + 2]! - 0xe4) < 12)
			sea++;
	}
	return sea / (px.length / 4);
}
