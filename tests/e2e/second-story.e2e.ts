/**
 * The second story, published as content only (src/content/kazakhstan-january-2022.*): every view
 * of the site works for it, and its map shows what its steps ask for. The expectations are written
 * out here from the story brief, not read back from the story file, so a wrong story fails them.
 */
import { mkdirSync } from 'node:fs';
import {
	expect,
	mapState,
	scrollToStep,
	test,
	waitForStep,
	ONE_SIZE,
	withStaticMap
} from './fixtures';

const SLUG = 'kazakhstan-january-2022';
const STORY = `/stories/${SLUG}/`;
const TITLE = 'Kazakhstan, January 2022: unrest, and the CSTO’s first deployment';

/** The CSTO's six members in January 2022 (CSTO, "Basic facts"), sorted as data-shaded is. */
const CSTO = 'ARM BLR KAZ KGZ RUS TJK';

/** The steps in reading order; `csto` when the step's map shades the CSTO's members. */
const STEPS = [
	{ id: 'price-rise', csto: false },
	{ id: 'spread', csto: false },
	{ id: 'emergency', csto: false },
	{ id: 'appeal', csto: true },
	{ id: 'russia-ties', csto: false },
	{ id: 'decision', csto: true },
	{ id: 'deployment', csto: true },
	{ id: 'withdrawal', csto: true }
] as const;

test.describe('the Kazakhstan story', () => {
	// The one read-through with the reader's default motion: every step reached by a flight.
	test.describe('with flights', () => {
		test.use({ reducedMotion: 'no-preference' });
		test('every step becomes the map’s active step, shading the CSTO’s members where it says so', async ({
			page,
			guard,
			baseURL
		}, testInfo) => {
			const shots = `test-artifacts/screens/${testInfo.project.name}`;
			mkdirSync(shots, { recursive: true });
			await page.goto(STORY);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
			expect(
				await page
					.locator('[data-step]')
					.evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))
			).toEqual(STEPS.map((s) => s.id));
			const legend = page.getByTestId('story-map').locator('.legend');
			for (const step of STEPS) {
				await scrollToStep(page, step.id);
				await waitForStep(page, step.id);
				const state = await mapState(page);
				expect(state.shaded ?? '', `${step.id}: shaded countries`).toBe(step.csto ? CSTO : '');
				if (step.csto) await expect(legend).toContainText('CSTO');
				await page.screenshot({ path: `${shots}/kazakhstan-${step.id}.png` });
			}
			// Everything the story needs ships with the site (blob: URLs are the map's own workers).
			const away = guard.requests.filter(
				(url) => /^https?:/.test(url) && !url.startsWith(baseURL!)
			);
			expect(away).toEqual([]);
		});
	});

	test(
		'the legend names the contingents’ movement and the Baikonur lease on their steps',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			const legend = page.getByTestId('story-map').locator('.legend');
			await page.goto(STORY);
			await scrollToStep(page, 'russia-ties');
			await waitForStep(page, 'russia-ties');
			await expect(legend).toContainText('Baikonur');
			await scrollToStep(page, 'deployment');
			await waitForStep(page, 'deployment');
			await expect(legend).toContainText('drawn from their capitals');
		}
	);

	test('opening the story at #<id> shows that step’s scene, for every step', async ({ page }) => {
		// Once failed on phones: the address followed a step before SvelteKit's router had started.
		for (const step of STEPS) {
			await page.goto(`${STORY}#${step.id}`);
			await waitForStep(page, step.id);
			expect((await mapState(page)).shaded ?? '').toBe(step.csto ? CSTO : '');
		}
	});

	test(
		'the presenter view steps through every step with the arrow key',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await withStaticMap(page);
			await page.goto(`${STORY}present/`);
			await waitForStep(page, STEPS[0].id);
			for (const [i, step] of STEPS.entries()) {
				if (i > 0) await page.keyboard.press('ArrowRight');
				await expect(page.getByText(`Step ${i + 1} of ${STEPS.length}`)).toBeVisible();
				await waitForStep(page, step.id);
				expect((await mapState(page)).shaded ?? '').toBe(step.csto ? CSTO : '');
			}
		}
	);

	test(
		'the print handout has every step with its static map loaded',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await page.goto(`${STORY}print/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
			for (const step of STEPS) {
				const img = page.locator(`[data-step="${step.id}"] img`);
				await expect(img).toHaveAttribute('src', new RegExp(`/maps/${SLUG}/${step.id}\\.svg$`));
				await expect
					.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
					.toBeGreaterThan(0);
			}
		}
	);

	test('the embed shows the story without site chrome and follows its scroll to the last step', async ({
		page
	}) => {
		await page.goto(`/embed/${SLUG}/`);
		await expect(page.locator('main')).toHaveAttribute('data-embed-mode', 'scroll');
		await waitForStep(page, STEPS[0].id);
		const last = STEPS.at(-1)!;
		await scrollToStep(page, last.id);
		await waitForStep(page, last.id);
		expect((await mapState(page)).shaded).toBe(CSTO);
		const credit = page.getByRole('link', { name: /open the full story/ });
		await expect(credit).toBeVisible();
		await expect(credit).toHaveAttribute('href', new RegExp(`stories/${SLUG}/?$`));
	});

	test(
		'the oEmbed response is a rich embed of this story',
		{ tag: ONE_SIZE },
		async ({ request }) => {
			const response = await request.get(`/oembed/${SLUG}.json`);
			expect(response.ok()).toBe(true);
			const oembed = await response.json();
			expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: TITLE });
			expect(oembed.html).toContain(`/embed/${SLUG}/`);
		}
	);

	test(
		'each step has a static map that names what it shows',
		{ tag: ONE_SIZE },
		async ({ request }) => {
			for (const step of STEPS) {
				const response = await request.get(`/maps/${SLUG}/${step.id}.svg`);
				expect(response.ok(), `${step.id}.svg`).toBe(true);
				expect(response.headers()['content-type']).toContain('image/svg+xml');
				const svg = await response.text();
				const title = /<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
				expect(title.includes('Shaded: CSTO members'), `${step.id}: shading named`).toBe(step.csto);
				if (step.id === 'deployment') expect(title).toContain('drawn from their capitals');
				if (step.id === 'russia-ties') expect(title).toContain('Baikonur');
			}
		}
	);
});
