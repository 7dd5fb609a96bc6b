import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { plainText } from '../../src/lib/story/inline';
import { CREDIT } from '../../src/lib/static-map/render';
import { scenes, story } from '../helpers/story';
import {
	expect,
	mapState,
	ONE_SIZE,
	settledMapState,
	STORY,
	test,
	waitForStep,
	withStaticMap
} from './fixtures';

const PRESENT = `${STORY}present/`;
const PRINT = `${STORY}print/`;
const ids = story.steps.map((s) => s.id);

test.describe('deep links', () => {
	test(
		'opening #<id> shows that step’s scene, for every step',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await withStaticMap(page);
			for (const [i, id] of ids.entries()) {
				await page.goto(`${STORY}#${id}`);
				await waitForStep(page, id);
				expect((await mapState(page)).highlight ?? '').toBe(scenes[i]!.highlight.join(' '));
			}
		}
	);

	test('reading updates the address with replaceState, without filling the history', async ({
		page
	}) => {
		await withStaticMap(page);
		await page.goto(STORY);
		await waitForStep(page, ids[0]!);
		const length = await page.evaluate(() => history.length);
		await page.keyboard.press('j');
		await waitForStep(page, ids[1]!);
		await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
		await page.keyboard.press('j');
		await waitForStep(page, ids[2]!);
		await expect(page).toHaveURL(new RegExp(`#${ids[2]}$`));
		expect(await page.evaluate(() => history.length)).toBe(length);
	});

	test('an unknown step opens the story at its start with a quiet notice', async ({ page }) => {
		await withStaticMap(page);
		await page.goto(`${STORY}#no-such-step`);
		await expect(
			page.getByRole('status').filter({ hasText: 'no step called “no-such-step”' })
		).toBeVisible();
		await waitForStep(page, ids[0]!);
	});
});

test.describe('presenter view', () => {
	test(
		'clicker and arrow keys move one step at a time and stop at both ends',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await withStaticMap(page);
			await page.goto(PRESENT);
			await waitForStep(page, ids[0]!);
			await page.keyboard.press('ArrowLeft');
			await expect(page.getByText(`Step 1 of ${ids.length}`)).toBeVisible();
			for (const [key, n] of [
				['PageDown', 2],
				['ArrowRight', 3],
				[' ', 4],
				['PageUp', 3],
				['ArrowLeft', 2]
			] as const) {
				await page.keyboard.press(key);
				await expect(page.getByText(`Step ${n} of ${ids.length}`)).toBeVisible();
				await waitForStep(page, ids[n - 1]!);
				await expect(page).toHaveURL(new RegExp(`#${ids[n - 1]}$`));
			}
			await page.keyboard.press('End');
			await waitForStep(page, ids.at(-1)!);
			await page.keyboard.press('PageDown');
			await expect(page.getByText(`Step ${ids.length} of ${ids.length}`)).toBeVisible();
			await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
			await page.keyboard.press('Control+ArrowLeft');
			await expect(page.getByText(`Step ${ids.length} of ${ids.length}`)).toBeVisible();
		}
	);

	test('the overview jumps to any step', { tag: ONE_SIZE }, async ({ page }) => {
		await withStaticMap(page);
		await page.goto(PRESENT);
		await waitForStep(page, ids[0]!);
		await page.getByRole('button', { name: 'All steps' }).click();
		await page.getByRole('dialog').getByRole('button').filter({ hasText: /^11/ }).click();
		await expect(page.getByRole('dialog')).toBeHidden();
		await waitForStep(page, ids[10]!);
	});

	test('exploring the map, then "Back to the story", restores the exact scene', async ({
		page
	}, testInfo) => {
		test.skip(
			testInfo.project.name === 'phone',
			'exploring with a mouse wheel and drag is tested on desktop'
		);
		await page.goto(`${PRESENT}#${ids[7]}`);
		await waitForStep(page, ids[7]!);
		const before = await settledMapState(page);
		await page.getByRole('button', { name: 'Explore the map' }).click();
		const box = (await page.getByTestId('story-map').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 + 80, { steps: 8 });
		await page.mouse.up();
		await page.mouse.wheel(0, -400);
		// The teacher really moved the map: its settled camera is somewhere else now.
		await expect.poll(async () => (await mapState(page)).center).not.toBe(before.center);
		await expect.poll(async () => (await mapState(page)).zoom).not.toBe(before.zoom);
		await page.getByRole('button', { name: 'Back to the story' }).click();
		await expect(page.getByTestId('story-map')).not.toHaveAttribute('data-exploring', 'true');
		await expect.poll(async () => (await mapState(page)).center).toBe(before.center);
		const after = await mapState(page);
		expect([after.zoom, after.bounds, after.highlight]).toEqual([
			before.zoom,
			before.bounds,
			before.highlight
		]);
	});

	test(
		'an unknown step address opens the presenter at the start with a notice',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await withStaticMap(page);
			await page.goto(`${PRESENT}#nowhere`);
			await expect(page.getByRole('status').filter({ hasText: '“nowhere”' })).toBeVisible();
			await expect(page.getByText(`Step 1 of ${ids.length}`)).toBeVisible();
		}
	);
});

test.describe('print handout', () => {
	for (const format of ['A4', 'Letter'] as const) {
		// Printing does not depend on the screen's size.
		test(
			`the ${format} PDF has every step’s text and one map per step`,
			{ tag: ONE_SIZE },
			async ({ page }) => {
				await page.goto(PRINT);
				for (const img of await page.locator('img').all()) {
					await expect
						.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
						.toBeGreaterThan(0);
				}
				const pdf = await page.pdf({ format, printBackground: true });
				const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
				let text = '';
				for (let n = 1; n <= doc.numPages; n++) {
					const content = await (await doc.getPage(n)).getTextContent();
					text += ` ${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}`;
				}
				const flat = text.replace(/\s+/g, ' ');
				for (const step of story.steps) {
					for (const paragraph of step.paragraphs) {
						const words = plainText(paragraph).replace(/\s+/g, ' ');
						// The first and last few words of each paragraph: PDF text breaks lines anywhere between.
						expect(flat, `${step.id} in the ${format} PDF`).toContain(words.slice(0, 40).trim());
					}
				}
				expect(flat.split(CREDIT).length - 1, 'one map per step').toBe(story.steps.length);
				expect(flat).toContain('About this explainer');
			}
		);
	}
	test(
		'the handout is set in the site’s font, on screen, in print and in the PDF',
		{
			tag: ONE_SIZE
		},
		async ({ page }) => {
			const fontFile = page.waitForResponse(
				(r) => /source-sans-3-latin-subset[^/]*\.woff2$/.test(r.url()) && r.ok()
			);
			await page.goto(PRINT);
			await fontFile;
			await page.evaluate(() => document.fonts.ready);
			// The font the browser actually draws each part with (not the CSS that asks for it).
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('DOM.enable');
			await cdp.send('CSS.enable');
			for (const media of ['screen', 'print'] as const) {
				await page.emulateMedia({ media });
				const { root } = await cdp.send('DOM.getDocument');
				for (const selector of ['h1', '.step p:not(.n)', '.n', '.credits p']) {
					const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
					const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
					expect(
						fonts.map((f) => f.postScriptName),
						`${selector} drawn in Source Sans 3 (${media})`
					).toEqual([expect.stringMatching(/^SourceSans3/)]);
				}
			}
			const pdf = await page.pdf({ format: 'A4' });
			const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
			const first = await doc.getPage(1);
			await first.getOperatorList();
			const opening = plainText(story.steps[0]!.paragraphs[0]!).slice(0, 12);
			const item = (await first.getTextContent()).items.find(
				(i) => 'str' in i && i.str.startsWith(opening)
			);
			expect(item, `“${opening}” on page 1 of the PDF`).toBeDefined();
			const font = first.commonObjs.get((item as { fontName: string }).fontName) as {
				name: string;
			};
			expect(font.name, 'the PDF embeds Source Sans 3 for the story’s text').toMatch(/SourceSans3/);
		}
	);
});

test.describe('the week on a timeline', () => {
	test('choosing a day goes to its step, whose map marks where each meeting took place', async ({
		page
	}) => {
		await withStaticMap(page);
		await page.goto(STORY);
		await waitForStep(page, ids[0]!);
		const timeline = page.getByRole('navigation', { name: story.timeline!.title });
		for (const day of story.timeline!.days) {
			const step = day.events[0]!.step;
			await timeline.locator(`a[href="#${step}"]`).first().click();
			await waitForStep(page, step);
			await expect(page.locator(`[data-step="${step}"]`)).toBeInViewport();
			const scene = scenes[ids.indexOf(step)]!;
			for (const event of day.events.filter((e) => e.step === step)) {
				expect(scene.markers.map((m) => m.id)).toContain(event.where);
			}
		}
		await expect(timeline.locator('[aria-current="step"]')).toHaveCount(2);
	});
});
