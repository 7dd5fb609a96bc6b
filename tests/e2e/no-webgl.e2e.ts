import { story } from '../helpers/story';
import { expect, scrollToStep, STORY, test } from './fixtures';

// Chromium started without WebGL, as on old phones and locked-down machines.
test.use({
	launchOptions: {
		args: ['--disable-webgl', '--disable-webgl2'],
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
	}
});

test('without WebGL each step shows its static map in the map area, with no page errors', async ({
	page,
	guard
}) => {
	await page.goto(STORY);
	const img = page.getByTestId('story-map').locator('img');
	for (const step of [story.steps[0]!, story.steps[9]!]) {
		await scrollToStep(page, step.id);
		await expect(img).toHaveAttribute('src', new RegExp(`/${step.id}\\.svg$`));
		await expect
			.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
			.toBeGreaterThan(0);
	}
	void guard;
});
