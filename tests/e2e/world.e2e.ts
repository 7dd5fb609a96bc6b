/**
 * Stories across the 180° meridian (the fixtures of tests/fixtures/stories/world/, which the
 * suite's build publishes): each step frames its places the short way round on the live map,
 * small states are highlighted and shaded as symbols, and lines and zones written across 180° are
 * drawn short on both maps. The expectations are written out here, not read from the fixtures.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pathPoints } from '../helpers/path-points';
import { expect, mapState, ONE_SIZE, scrollToStep, test, waitForStep } from './fixtures';

interface StepCheck {
	id: string;
	/** Every place of the step lies within 1,500 km of the others: framed narrower than 40°. */
	near: boolean;
	highlight?: string[];
	shaded?: string[];
	/** The step draws a line (movement) across 180°, which must be short on the live map. */
	line?: boolean;
	/** The camera's centre longitude the map must keep. */
	centre?: number;
}

const PACIFIC: StepCheck[] = [
	{ id: 'tonga-fiji', near: true, highlight: ['TON', 'FJI'], line: true },
	{ id: 'volcano', near: true },
	{ id: 'forum', near: true, shaded: ['FJI', 'TON', 'WSM'] },
	{ id: 'zone', near: true },
	{ id: 'samoa', near: true, highlight: ['WSM'] },
	{ id: 'far-apart', near: false },
	{ id: 'neighbours', near: false, highlight: ['NZL', 'AUS', 'TON'] },
	{ id: 'west-camera', near: false, centre: -170 }
];
const BERING: StepCheck[] = [
	{ id: 'strait', near: true, highlight: ['RUS', 'USA'], line: true },
	{ id: 'chukotka', near: true },
	{ id: 'diomedes', near: true },
	{ id: 'nome', near: true }
];
const FIXTURES = [
	{ slug: 'fixture-pacific', steps: PACIFIC },
	{ slug: 'fixture-bering', steps: BERING }
];

/** The width in degrees of a published data-bounds (west > east when it crosses 180°). */
function widthOf(bounds: string): number {
	const [w, , e] = bounds.split(',').map(Number) as [number, number, number, number];
	return e >= w ? e - w : e - w + 360;
}

/** The movement lines' colour (theme.overlays.movement). */
const MOVEMENT = [0x8c, 0x2d, 0x7a] as const;

/**
 * How wide, as a share of the map's width, the pixels of a colour spread in a screenshot of the
 * map: decoded in a blank page's canvas, so what is measured is what the map drew.
 */
async function colourSpread(page: Page, rgb: readonly number[]): Promise<number> {
	const map = page.getByTestId('story-map');
	const png = (await map.screenshot()).toString('base64');
	// The legend's swatch and the inset share the colour: their boxes are left out.
	const boxes = await map.evaluate((el) => {
		const origin = el.getBoundingClientRect();
		return [...el.querySelectorAll('.legend, [data-testid="locator"]')].map((e) => {
			const r = e.getBoundingClientRect();
			return {
				x0: r.left - origin.left,
				x1: r.right - origin.left,
				y0: r.top - origin.top,
				y1: r.bottom - origin.top
			};
		});
	});
	const scale = (await page.evaluate(() => devicePixelRatio)) || 1;
	const blank = await page.context().newPage();
	try {
		return await blank.evaluate(
			async ({ png, rgb, boxes, scale }) => {
				const image = new Image();
				image.src = `data:image/png;base64,${png}`;
				await image.decode();
				const canvas = new OffscreenCanvas(image.width, image.height);
				const context = canvas.getContext('2d')!;
				context.drawImage(image, 0, 0);
				const { data } = context.getImageData(0, 0, image.width, image.height);
				let min = Infinity;
				let max = -Infinity;
				for (let i = 0; i < data.length; i += 4) {
					const near = rgb.every((c, k) => Math.abs(data[i + k]! - c) <= 14);
					if (!near) continue;
					const x = (i / 4) % image.width;
					const y = Math.floor(i / 4 / image.width);
					const masked = boxes.some(
						(b) => x / scale >= b.x0 && x / scale <= b.x1 && y / scale >= b.y0 && y / scale <= b.y1
					);
					if (masked) continue;
					min = Math.min(min, x);
					max = Math.max(max, x);
				}
				return max >= min ? (max - min) / image.width : 0;
			},
			{ png, rgb: [...rgb], boxes, scale }
		);
	} finally {
		await blank.close();
	}
}

test.describe('stories across the 180° meridian', () => {
	for (const { slug, steps } of FIXTURES) {
		test(`${slug}: every step frames its places the short way round, with its small states and short lines`, async ({
			page
		}, testInfo) => {
			const shots = `test-artifacts/screens/${testInfo.project.name}`;
			mkdirSync(shots, { recursive: true });
			await page.goto(`/stories/${slug}/`);
			for (const step of steps) {
				await scrollToStep(page, step.id);
				await waitForStep(page, step.id);
				const state = await mapState(page);
				const width = widthOf(state.bounds!);
				if (step.near) expect(width, `${step.id}: width of ${state.bounds}`).toBeLessThan(40);
				else expect(width, `${step.id}: width of ${state.bounds}`).toBeLessThan(180);
				const highlighted = (state.highlight ?? '').split(' ');
				for (const id of step.highlight ?? [])
					expect(highlighted, `${step.id}: highlighted`).toContain(id);
				const shaded = (state.shaded ?? '').split(' ');
				for (const id of step.shaded ?? []) expect(shaded, `${step.id}: shaded`).toContain(id);
				if (step.centre !== undefined) {
					const [lon] = state.center!.split(',').map(Number) as [number];
					expect(Math.abs(lon - step.centre), `${step.id}: centre ${state.center}`).toBeLessThan(1);
				}
				await page.screenshot({ path: `${shots}/world-${slug}-${step.id}.png` });
				if (step.line) {
					// Drawn the long way round, the line would run off both edges of the map: across
					// all its width. The short way, it runs between the two places, inside it.
					const spread = await colourSpread(page, MOVEMENT);
					expect(spread, `${step.id}: the line's spread`).toBeGreaterThan(0.05);
					expect(spread, `${step.id}: the line's spread`).toBeLessThan(0.9);
				}
			}
		});
	}

	test(
		'the static maps draw lines and zones across 180° short, and small states as symbols',
		{ tag: ONE_SIZE },
		async ({ request }) => {
			const svg = async (slug: string, step: string) => {
				const response = await request.get(`/maps/${slug}/${step}.svg`);
				expect(response.ok(), `${slug}/${step}.svg`).toBe(true);
				return response.text();
			};
			/**
			 * The horizontal extent, in px of the 800-wide map, of every path with this stroke (the
			 * legend's swatch is a <line>): the long way round would run off both edges.
			 */
			const extent = (text: string, stroke: string) => {
				const xs = [...text.matchAll(/<path [^>]*>/g)]
					.map((m) => m[0])
					.filter((tag) => tag.includes(`stroke="${stroke}"`))
					.flatMap((tag) => pathPoints(/ d="([^"]+)"/.exec(tag)![1]!).flat())
					.map(([x]) => x);
				expect(xs.length, `paths stroked ${stroke}`).toBeGreaterThan(1);
				return Math.max(...xs) - Math.min(...xs);
			};
			const line = '#8c2d7a';
			expect(extent(await svg('fixture-pacific', 'tonga-fiji'), line)).toBeLessThan(720);
			expect(extent(await svg('fixture-bering', 'strait'), line)).toBeLessThan(720);
			// The zones' dashed edges, split at 180° or written past it.
			expect(extent(await svg('fixture-pacific', 'zone'), line)).toBeLessThan(720);
			expect(extent(await svg('fixture-bering', 'chukotka'), line)).toBeLessThan(720);
			const forum = await svg('fixture-pacific', 'forum');
			for (const id of ['TON', 'WSM']) expect(forum).toContain(`data-symbol="${id}"`);
			expect(await svg('fixture-pacific', 'tonga-fiji')).toContain('data-symbol="TON"');
		}
	);
});
