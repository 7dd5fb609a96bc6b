/**
 * A GPU driver may drop the map's WebGL context at any time, and may give it back. Meanwhile the
 * static map is the scene on screen: the data-* contract must follow every step in both states.
 */
import { scenes, story } from '../helpers/story';
import { expect, scrollToStep, STORY, test, waitForStep } from './fixtures';

/** Loses (or restores) the live map's WebGL context, as a driver reset does. */
async function context(page: import('@playwright/test').Page, action: 'lose' | 'restore') {
	await page.evaluate((action) => {
		const w = window as unknown as { lostContext?: WEBGL_lose_context };
		if (action === 'lose') {
			const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="story-map"] canvas')!;
			const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
			w.lostContext = gl!.getExtension('WEBGL_lose_context')!;
			w.lostContext.loseContext();
		} else {
			w.lostContext!.restoreContext();
		}
	}, action);
}

/** Expects the published state to be step `i`'s, whichever map shows it. */
async function expectState(page: import('@playwright/test').Page, i: number) {
	const map = page.getByTestId('story-map');
	await expect(map).toHaveAttribute('data-active-step', story.steps[i]!.id);
	await expect(map).toHaveAttribute('data-highlight', scenes[i]!.highlight.join(' '));
	await expect(map).toHaveAttribute('data-center', /^-?\d+\.\d{4},-?\d+\.\d{4}$/);
}

test('a lost WebGL context shows static maps that the published state follows, until the live map returns', async ({
	page
}) => {
	await page.goto(STORY);
	await waitForStep(page, story.steps[0]!.id);
	const map = page.getByTestId('story-map');

	await context(page, 'lose');
	await expect(map.getByRole('status')).toContainText('graphics card was reset');
	for (const i of [2, 5]) {
		await scrollToStep(page, story.steps[i]!.id);
		await expect(map.locator('img')).toHaveAttribute(
			'src',
			new RegExp(`/${story.steps[i]!.id}\\.svg$`)
		);
		await expectState(page, i);
	}

	await context(page, 'restore');
	await expect(map.locator('img')).toHaveCount(0);
	await expect(map.locator('canvas')).toBeVisible();
	await expectState(page, 5);
	await scrollToStep(page, story.steps[8]!.id);
	await waitForStep(page, story.steps[8]!.id);
	await expectState(page, 8);
});
