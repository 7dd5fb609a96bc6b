import { describe, expect, it } from 'vitest';
import { renderStaticMap, type StaticMapData } from '../../../src/lib/static-map/render';
import { overlaps } from '../../../src/lib/static-map/placement';
import { loadStaticMapData } from '../../../src/lib/server/static-maps';
import { sceneForStep } from '../../../src/lib/story/scene';
import type { Scene } from '../../../src/lib/story/types';
import { palette, darkColours } from '../../../src/lib/theme/theme';
import { fixture, fixtureScenes, registry } from '../../helpers/fixture-story';
import { scenes as storyScenes } from '../../helpers/story';
import { drawnTexts } from '../../helpers/svg-text';

const data: StaticMapData = loadStaticMapData(process.cwd());
const size = { width: 800, height: 600 };

/** The fixture's two close places, Aktau and Zhanaozen (about 140 km apart), and nothing else. */
function closeMarkers(): Scene {
	const step = fixture.steps.find((s) => s.id === 'overlays')!;
	const close = {
		...step,
		map: {
			...step.map,
			focus: ['aktau', 'zhanaozen'],
			markers: ['aktau', 'zhanaozen'],
			overlays: []
		}
	};
	return sceneForStep(close, fixture, registry);
}

function collisions(svg: string): string[] {
	const texts = drawnTexts(svg);
	const found: string[] = [];
	texts.forEach((a, i) =>
		texts.slice(i + 1).forEach((b) => {
			if (overlaps(a.box, b.box)) found.push(`${a.lines[0]} × ${b.lines[0]}`);
		})
	);
	return found;
}

describe('static map labels', () => {
	it('draws two close markers with both their labels, neither over the other', () => {
		const svg = renderStaticMap(closeMarkers(), data, size);
		const markers = drawnTexts(svg).filter((t) => t.attrs['data-marker']);
		expect(markers.map((t) => t.lines[0]).sort()).toEqual(['Aktau', 'Zhanaozen']);
		expect(overlaps(markers[0]!.box, markers[1]!.box)).toBe(false);
		expect(svg.match(/<circle [^>]*fill="#111111"/g)).toHaveLength(2);
	});

	it('places no name over another on any map of the story or the fixture', () => {
		for (const scene of [...storyScenes, ...fixtureScenes, closeMarkers()]) {
			expect(collisions(renderStaticMap(scene, data, size)), scene.stepId).toEqual([]);
		}
	});

	it('keeps every name inside the map', () => {
		for (const scene of storyScenes) {
			for (const t of drawnTexts(renderStaticMap(scene, data, size))) {
				expect(t.box.x0, `${scene.stepId}: ${t.lines[0]}`).toBeGreaterThanOrEqual(0);
				expect(t.box.x1, `${scene.stepId}: ${t.lines[0]}`).toBeLessThanOrEqual(size.width);
				expect(t.box.y0, `${scene.stepId}: ${t.lines[0]}`).toBeGreaterThanOrEqual(0);
				expect(t.box.y1, `${scene.stepId}: ${t.lines[0]}`).toBeLessThanOrEqual(size.height);
			}
		}
	});

	it('moves context labels off a marker or drops them, and always keeps the marker', () => {
		const scene = closeMarkers();
		const aktau = scene.markers.find((m) => m.id === 'aktau')!;
		const crowded: Scene = {
			...scene,
			labels: ['A', 'B', 'C', 'D', 'E'].map((l) => ({
				id: l,
				name: `Country ${l}`,
				kind: 'country' as const,
				at: aktau.coordinates,
				rank: 0 as const
			}))
		};
		const svg = renderStaticMap(crowded, data, size);
		expect(collisions(svg)).toEqual([]);
		expect(svg).toContain('>Aktau</tspan>');
		expect(svg).toContain('>Zhanaozen</tspan>');
		const drawn = drawnTexts(svg).filter((t) => t.attrs['data-label']);
		expect(drawn.length).toBeLessThan(5);
		const [x, y] = [
			Number(/<circle cx="([\d.]+)" cy="([\d.]+)"/.exec(svg)![1]),
			Number(/<circle cx="([\d.]+)" cy="([\d.]+)"/.exec(svg)![2])
		];
		for (const t of drawn) {
			expect(overlaps(t.box, { x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 })).toBe(false);
		}
	});

	it('draws a context label where nothing else is', () => {
		const scene = closeMarkers();
		const [w, s, e, n] = scene.locator!;
		const open: Scene = {
			...scene,
			markers: [],
			legend: [],
			labels: [
				{ id: 'XXX', name: 'Open Water', kind: 'sea', at: [(w + e) / 2, (s + n) / 2], rank: 1 }
			]
		};
		expect(renderStaticMap(open, data, size)).toContain('>Open Water</tspan>');
	});

	it('draws the world locator inset on close-ups only', () => {
		const close = closeMarkers();
		expect(close.locator).not.toBeNull();
		expect(renderStaticMap(close, data, size)).toContain('data-locator="true"');
		const world = storyScenes.find((s) => s.stepId === 'no-deal')!;
		expect(world.locator).toBeNull();
		expect(renderStaticMap(world, data, size)).not.toContain('data-locator');
	});

	it('draws the dark variant in the dark theme’s colours', () => {
		const svg = renderStaticMap(storyScenes[0]!, data, size, 'dark');
		expect(svg).toContain(`fill="${darkColours[palette.sea]}"`);
		for (const light of [palette.sea, palette.land, palette.label, palette.halo]) {
			expect(svg).not.toContain(light);
		}
	});
});
