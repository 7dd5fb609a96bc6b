import { mkdirSync } from 'node:fs';
import { aboutRussia, scenes, story } from '../helpers/story';
import {
	expect,
	framesDrawn,
	mapState,
	positionIn,
	scrollToStep,
	settledMapState,
	STORY,
	test,
	waitForStep,
	ONE_SIZE,
	withStaticMap
} from './fixtures';

/** NATO's 30 members in January 2022, as the story brief lists them. */
const NATO_2022 =
	'ALB BEL BGR CAN HRV CZE DNK EST FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD MKD NOR POL PRT ROU SVK SVN ESP TUR GBR USA'.split(
		' '
	);

test.describe('the NATO story', () => {
	test(
		'text we wrote (notes, legends, descriptions, timeline) never says Kuleba was there',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await page.goto(STORY);
			// Everything on the page but the article's own paragraphs, which keep their words.
			const ours = await page.evaluate(() => {
				const article = new Set([
					...document.querySelectorAll('[data-step] .card > p:not(.when):not(.visually-hidden)')
				]);
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				const texts: string[] = [];
				for (let n = walker.nextNode(); n; n = walker.nextNode()) {
					// Page data for hydration and no-JS copies are not text a reader sees.
					if (n.parentElement?.closest('script, style, noscript')) continue;
					const inArticle = [...article].some((p) => p.contains(n));
					if (!inArticle) texts.push(n.textContent ?? '');
				}
				return texts.join(' ');
			});
			expect(ours).toContain('NATO–Ukraine Commission');
			expect(ours).not.toContain('Kuleba');
			// The article's sentence stays as written.
			await expect(page.locator('[data-step="monday-talks"]')).toContainText('Dmytro Kuleba');
			for (const scene of scenes) {
				expect(JSON.stringify([scene.legend, scene.markers, scene.description])).not.toContain(
					'Kuleba'
				);
			}
		}
	);

	// One read-through checks every claim each step makes of the live map, instead of one walk per
	// claim: each walk is 18 scenes drawn in software WebGL.
	test('a read-through: every step becomes active, frames its places clear of the legend, names its markers, Russia and its close-up, light and dark', async ({
		page,
		guard
	}, testInfo) => {
		test.setTimeout(480_000);
		const shots = `test-artifacts/screens/${testInfo.project.name}`;
		mkdirSync(shots, { recursive: true });
		await page.goto(STORY);
		const map = page.getByTestId('story-map');
		const inset = page.getByTestId('locator');
		for (const [i, step] of story.steps.entries()) {
			await scrollToStep(page, step.id);
			await waitForStep(page, step.id);
			const state = await settledMapState(page);
			const scene = scenes[i]!;
			expect(state.highlight ?? '').toBe(scene.highlight.join(' '));
			expect(state.shaded ?? '').toBe(scene.shaded.join(' '));
			if (step.map.shade.some((s) => s.group === 'NATO')) {
				// The map's own claim, read back from its layers: the 30 allies of January 2022
				// (story brief), plus only the territories Natural Earth draws apart from Denmark.
				const shaded = state.shaded!.split(' ');
				expect(shaded.filter((id) => !NATO_2022.includes(id))).toEqual(['FRO', 'GRL']);
				expect(NATO_2022.filter((id) => !shaded.includes(id))).toEqual([]);
			}
			// What is drawn over the map: the legend and the animation switch.
			const legendBox = (await map.locator('.legend').count())
				? await map.locator('.legend').boundingBox()
				: null;
			if (scene.camera.kind === 'fit') {
				const box = (await map.boundingBox())!;
				const overlays = [];
				for (const overlay of await map.locator('.legend, .tools').all()) {
					overlays.push((await overlay.boundingBox())!);
				}
				for (const point of scene.camera.points) {
					const { x, y } = positionIn(state.bounds!, point);
					expect(x, `${step.id}: ${point} inside the view`).toBeGreaterThanOrEqual(0);
					expect(x).toBeLessThanOrEqual(1);
					expect(y, `${step.id}: ${point} inside the view`).toBeGreaterThanOrEqual(0);
					expect(y).toBeLessThanOrEqual(1);
					const px = box.x + x * box.width;
					const py = box.y + y * box.height;
					for (const o of overlays) {
						const under = px >= o.x && px <= o.x + o.width && py >= o.y && py <= o.y + o.height;
						expect(under, `${step.id}: ${point} is not hidden under the legend or switch`).toBe(
							false
						);
					}
				}
			}
			// Published when the map is idle on this step: what MapLibre really placed.
			await expect(map, step.id).toHaveAttribute(
				'data-marker-labels',
				scene.markers
					.map((m) => m.id)
					.sort()
					.join(' ')
			);
			if (aboutRussia.includes(step.id)) {
				await expect(map, `${step.id} names Russia`).toHaveAttribute(
					'data-labels',
					/(^| )RUS( |$)/
				);
			}
			// A close-up shows where it is on the world inset, hidden from screen readers, marking
			// what the map shows once settled (the published bounds), clear of the legend.
			if (!scene.locator) {
				await expect(inset, step.id).toBeHidden();
			} else {
				await expect(inset, step.id).toBeVisible();
				await expect(inset).toHaveAttribute('aria-hidden', 'true');
				await expect(inset).toHaveAttribute(
					'data-view',
					state.bounds!.split(',').map(Number).join(',')
				);
				const box = (await inset.boundingBox())!;
				if (legendBox) {
					const apart =
						box.x >= legendBox.x + legendBox.width ||
						legendBox.x >= box.x + box.width ||
						box.y >= legendBox.y + legendBox.height ||
						legendBox.y >= box.y + box.height;
					expect(apart, `${step.id}: inset clear of the legend`).toBe(true);
				}
			}
			await expect(page.locator(`[data-step="${step.id}"]`)).toBeInViewport();
			await page.screenshot({ path: `${shots}/${String(i + 1).padStart(2, '0')}-${step.id}.png` });
		}
		const offOrigin = guard.requests.filter(
			(u) => /^https?:/.test(u) && new URL(u).origin !== new URL(page.url()).origin
		);
		expect(offOrigin, 'no request leaves the page’s origin').toEqual([]);

		// The same read-through in the dark scheme, for review: each step's names placed, then a picture.
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(STORY);
		for (const [i, step] of story.steps.entries()) {
			await scrollToStep(page, step.id);
			await waitForStep(page, step.id);
			await expect(map).toHaveAttribute('data-scheme', 'dark');
			await expect(map).toHaveAttribute(
				'data-marker-labels',
				scenes[i]!.markers.map((m) => m.id)
					.sort()
					.join(' ')
			);
			const n = String(i + 1).padStart(2, '0');
			await page.screenshot({ path: `${shots}/${n}-${step.id}-dark.png` });
		}
	});

	// The reader's default: flights, and a flight cut short by the next scroll.
	test.describe('with flights', () => {
		test.use({ reducedMotion: 'no-preference' });
		test('a fast scroll to the end and back settles on the step in view', async ({ page }) => {
			await page.goto(STORY);
			await waitForStep(page, story.steps[0]!.id);
			const last = story.steps.at(-1)!;
			const middle = story.steps[7]!;
			await page.evaluate(() => scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
			// Long enough for the scroller to see the end, too short for the map to get there.
			await framesDrawn(page);
			await scrollToStep(page, middle.id);
			await waitForStep(page, middle.id);
			expect((await mapState(page)).highlight ?? '').toBe(scenes[7]!.highlight.join(' '));
			await scrollToStep(page, last.id);
			await waitForStep(page, last.id);
			expect((await mapState(page)).highlight ?? '').toBe(scenes.at(-1)!.highlight.join(' '));
		});
	});

	test('a reload mid-story restores the scene of the step in view', async ({ page }) => {
		const step = story.steps[10]!;
		await page.goto(STORY);
		await scrollToStep(page, step.id);
		await waitForStep(page, step.id);
		await page.reload();
		await waitForStep(page, step.id);
		expect((await mapState(page)).highlight).toBe(scenes[10]!.highlight.join(' '));
	});

	test('a resize re-frames the current step, even across layouts', async ({ page }) => {
		const i = 9;
		const step = story.steps[i]!;
		await page.goto(STORY);
		await scrollToStep(page, step.id);
		await waitForStep(page, step.id);
		const before = (await mapState(page)).bounds;
		const size = page.viewportSize()!;
		// Wide to narrow or narrow to wide: the map changes shape and place on the page.
		await page.setViewportSize(
			size.width > 900 ? { width: 700, height: 800 } : { width: 1000, height: 700 }
		);
		await scrollToStep(page, step.id);
		await expect.poll(async () => (await mapState(page)).bounds).not.toBe(before);
		await waitForStep(page, step.id);
		const { bounds } = await mapState(page);
		const camera = scenes[i]!.camera;
		if (camera.kind !== 'fit') throw new Error('expected a framed step');
		for (const point of camera.points) {
			const { x, y } = positionIn(bounds!, point);
			expect(Math.min(x, y), `${point} still in view`).toBeGreaterThanOrEqual(0);
			expect(Math.max(x, y), `${point} still in view`).toBeLessThanOrEqual(1);
		}
	});

	test('the map does not take the reader’s wheel: scrolling over it scrolls the page', async ({
		page
	}, testInfo) => {
		test.skip(testInfo.project.name === 'phone', 'a mouse wheel is a desktop input');
		await page.goto(STORY);
		await waitForStep(page, story.steps[0]!.id);
		const box = (await page.getByTestId('story-map').boundingBox())!;
		const zoom = (await mapState(page)).zoom;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		const before = await page.evaluate(() => scrollY);
		await page.mouse.wheel(0, 600);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
		expect((await mapState(page)).zoom).toBe(zoom);
	});

	test('the page shows title, standfirst, credit and every step’s text', async ({ page }) => {
		await page.goto(STORY);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
		await expect(page.getByText(story.standfirst)).toBeVisible();
		await expect(page.locator('[data-step]')).toHaveCount(story.steps.length);
		await expect(page.getByText('Natural Earth').first()).toBeAttached();
	});
});

test.describe('when the map cannot load', () => {
	test('without WebGL the text reads in full and the map area says so, with a static map', async ({
		page,
		guard
	}) => {
		await withStaticMap(page);
		await page.goto(STORY);
		const map = page.getByTestId('story-map');
		await expect(map).toContainText('The interactive map could not load');
		await expect(map.locator('img')).toHaveAttribute(
			'src',
			/\/maps\/nato-russia-ukraine\/build-up\.svg$/
		);
		await expect(page.locator('[data-step]')).toHaveCount(story.steps.length);
		await expect(page.locator('[data-step]').last()).toContainText(
			'close its information office there.'
		);
		void guard;
	});
});

test.describe('the front page', () => {
	test('lists the story with its summary and a link that opens it', async ({ page }) => {
		await page.goto('/');
		const link = page.getByRole('link', { name: story.title });
		await expect(link).toBeVisible();
		await expect(page.getByText(story.standfirst)).toBeVisible();
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${STORY}$`));
		await waitForStep(page, story.steps[0]!.id);
	});
});
