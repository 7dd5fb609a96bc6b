import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionsOf } from '../../../geo/scripts/fine.js';
import { fineRegionOf } from '../../../src/lib/data/close-ups.js';
import { scenesOf, stories } from '../../../src/lib/server/stories';
import { fineRegionsOf } from '../../../src/lib/story/fine-regions';
import { parseStory } from '../../../src/lib/story/parse';
import { sceneForStep } from '../../../src/lib/story/scene';
import type { Bounds, LonLat, Step } from '../../../src/lib/story/types';
import { registry, validStory } from './registry-fixture';

/** The regions the geo build cuts for today's stories (geo/out/fine-regions.json, not committed). */
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const regions = regionsOf(
	{ places: JSON.parse(read('geo/places.json')) },
	{
		'countries.json': read('static/data/countries.json'),
		'areas.geojson': read('static/data/areas.geojson')
	}
);

const scenes = stories.flatMap((story) =>
	scenesOf(story).map((scene) => ({ step: `${story.slug}/${scene.stepId}`, scene }))
);

describe('close-up scenes and the geo build’s regions of finer shapes', () => {
	it('name, for every close-up step, the region the build cut for it, and the build cut no other', () => {
		const named = scenes.filter(({ scene }) => scene.fine);
		expect(named.length).toBeGreaterThan(0);
		for (const { step, scene } of named) {
			const region = regions.find((r) => r.id === scene.fine!.id);
			expect(region?.bbox, step).toEqual(scene.fine!.bbox);
			expect(region?.steps, step).toContain(step);
		}
		expect(regions.flatMap((r) => r.steps).sort()).toEqual(named.map((n) => n.step).sort());
	});

	it('give the Geneva and Vienna close-ups finer shapes and the wide views none', () => {
		const fine = (step: string) => scenes.find((s) => s.step === step)?.scene.fine ?? null;
		expect(fine('nato-russia-ukraine/week-of-talks')?.id).toMatch(
			/^[EW]\d+[NS]\d+-[EW]\d+[NS]\d+$/
		);
		expect(fine('nato-russia-ukraine/monday-talks')).not.toBeNull();
		expect(fine('nato-russia-ukraine/build-up')).toBeNull();
		expect(fine('nato-russia-ukraine/risk-of-conflict')).toBeNull();
		expect(fine('kazakhstan-january-2022/price-rise')).toBeNull();
	});

	it('share one file among the NATO story’s close-ups of Western and Central Europe', () => {
		const close = scenes.filter((s) => s.step.startsWith('nato-russia-ukraine/') && s.scene.fine);
		expect(close.length).toBeGreaterThan(1);
		expect(new Set(close.map((s) => s.scene.fine!.id)).size).toBe(1);
	});
});

describe('a story’s regions of finer shapes (fineRegionsOf)', () => {
	const base = parseStory(validStory, 'test.yaml', registry);
	const template = base.steps[1]!;
	const at = (id: string, center: LonLat, zoom: number): Step => ({
		...template,
		id,
		map: { ...template.map, camera: { center, zoom, bearing: 0, pitch: 0 } }
	});
	const ownRegion = (step: Step) =>
		fineRegionOf({
			kind: 'explicit',
			center: step.map.camera!.center,
			zoom: step.map.camera!.zoom
		});
	const holds = ([w, s, e, n]: Bounds, [iw, is, ie, in_]: Bounds) =>
		w <= iw && s <= is && e >= ie && n >= in_;

	const geneva = at('geneva', [6.1, 46.2], 5.5);
	const munich = at('munich', [11.6, 48.1], 5.5);
	const wide = at('wide', [10, 48], 3);
	const almaty = at('almaty', [76.9, 43.2], 5.5);
	const story = { ...base, steps: [geneva, wide, munich, almaty] };
	const fine = fineRegionsOf(story, registry);
	const sceneOf = (step: Step) => sceneForStep(step, story, registry, fine);

	it('give close-ups whose regions overlap one region, whose box holds each step’s own', () => {
		const [g, m] = [sceneOf(geneva).fine, sceneOf(munich).fine];
		expect(g).not.toBeNull();
		expect(g).toEqual(m);
		expect(g!.id).not.toBe(ownRegion(geneva)!.id);
		expect(holds(g!.bbox, ownRegion(geneva)!.bbox)).toBe(true);
		expect(holds(g!.bbox, ownRegion(munich)!.bbox)).toBe(true);
	});

	it('leave a close-up far from the others its own region, and a wide view none', () => {
		expect(sceneOf(almaty).fine).toEqual(ownRegion(almaty));
		expect(sceneOf(wide).fine).toBeNull();
		expect(fine.map((c) => c.id).sort()).toEqual(
			[sceneOf(geneva).fine!.id, ownRegion(almaty)!.id].sort()
		);
	});

	it('give a step outside the story its own region', () => {
		const zurich = at('zurich', [8.5, 47.4], 5.5);
		expect(sceneForStep(zurich, story, registry, fine).fine).toEqual(ownRegion(zurich));
	});

	it('are worked out from the story itself when not passed in', () => {
		expect(sceneForStep(munich, story, registry).fine).toEqual(sceneOf(munich).fine);
	});
});
