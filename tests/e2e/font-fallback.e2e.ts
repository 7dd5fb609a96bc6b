/**
 * The web font's fallback is metric-matched (src/app.css): at every weight the site sets, a line in
 * the fallback is as tall as in Source Sans 3, sits on the same baseline and is about as wide, so
 * a first visit that reads in the fallback moves next to nothing when the font swaps in.
 */
import { expect, STORY, test, ONE_SIZE } from './fixtures';

test(
	'at each weight the fallback sets a line as tall, on the same baseline and about as wide as the web font',
	{ tag: ONE_SIZE },
	async ({ page }) => {
		await page.goto(STORY);
		await page.evaluate(() => document.fonts.ready);
		const text = (await page.locator('main p').allInnerTexts()).join(' ').slice(0, 400);
		expect(text.length, 'the story has text to measure').toBeGreaterThan(200);
		for (const weight of [400, 600, 700]) {
			const [font, fallback] = await page.evaluate(
				async ([sample, w]) => {
					await document.fonts.load(`${w} 100px "Source Sans 3"`, sample);
					/** One line of the sample at 100 px, with a marker on its baseline. */
					const measure = (family: string) => {
						const line = document.createElement('div');
						line.style.cssText = `position:absolute;left:0;top:0;white-space:nowrap;font:${w} 100px/normal '${family}';width:max-content`;
						const marker = document.createElement('span');
						marker.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
						line.append(sample, marker);
						document.body.append(line);
						const box = line.getBoundingClientRect();
						const result = {
							height: box.height,
							baseline: marker.getBoundingClientRect().top - box.top,
							width: box.width
						};
						line.remove();
						return result;
					};
					return [measure('Source Sans 3'), measure('Source Sans 3 Fallback')];
				},
				[text, weight] as const
			);
			expect(fallback.height, `line height at ${weight}`).toBeCloseTo(font.height, -0.5);
			expect(fallback.baseline, `baseline at ${weight}`).toBeCloseTo(font.baseline, -0.5);
			expect(fallback.width / font.width, `width at ${weight}`).toBeGreaterThan(0.98);
			expect(fallback.width / font.width, `width at ${weight}`).toBeLessThan(1.02);
		}
	}
);
