import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenesOf, stories } from '../../../src/lib/server/stories';

type Region = { id: string; bbox: number[]; steps: string[] };
const { regions } = JSON.parse(
	readFileSync(new URL('../../../geo/out/fine-regions.json', import.meta.url), 'utf8')
) as { regions: Region[] };

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
});
