import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fineRegionOf, mergeRegions } from '../../../src/lib/data/close-ups.js';
import { closeUpRegions } from '../../../geo/lib/story-frames.js';

type LonLat = [number, number];

/** A story file of steps with explicit cameras, in a folder of its own. */
function storyFile(slug: string, steps: [string, LonLat, number][]) {
	const dir = mkdtempSync(join(tmpdir(), 'meridian-frames-'));
	const yaml = [
		`slug: ${slug}`,
		'steps:',
		...steps.flatMap(([id, [lon, lat], zoom]) => [
			`  - id: ${id}`,
			'    map:',
			`      camera: { center: [${lon}, ${lat}], zoom: ${zoom} }`
		])
	].join('\n');
	const file = join(dir, `${slug}.yaml`);
	writeFileSync(file, `${yaml}\n`);
	return file;
}

const registry = { places: new Map<string, LonLat>(), boxes: new Map() };
const own = (center: LonLat) => fineRegionOf({ kind: 'explicit', center, zoom: 5.5 })!;

describe('closeUpRegions', () => {
	const GENEVA: LonLat = [6.1, 46.2];
	const MUNICH: LonLat = [11.6, 48.1];
	const ALMATY: LonLat = [76.9, 43.2];

	it('writes one region per cluster of a story’s close-ups, with their regions and steps', () => {
		const file = storyFile('alps', [
			['geneva', GENEVA, 5.5],
			['wide', [10, 48], 3],
			['munich', MUNICH, 5.5],
			['almaty', ALMATY, 5.5]
		]);
		const [europe] = mergeRegions([own(GENEVA), own(MUNICH)]);
		expect(closeUpRegions([file], registry)).toEqual(
			[
				{
					id: europe!.id,
					bbox: europe!.bbox,
					parts: [own(GENEVA).id, own(MUNICH).id].sort(),
					steps: ['alps/geneva', 'alps/munich']
				},
				{ ...own(ALMATY), parts: [own(ALMATY).id], steps: ['alps/almaty'] }
			].sort((a, b) => (a.id < b.id ? -1 : 1))
		);
	});

	it('lists a cluster two stories share once, with the steps of both', () => {
		const a = storyFile('a', [
			['one', GENEVA, 5.5],
			['two', MUNICH, 5.5]
		]);
		const b = storyFile('b', [
			['three', MUNICH, 5.5],
			['four', GENEVA, 5.5]
		]);
		const regions = closeUpRegions([a, b], registry);
		expect(regions.map((r) => r.steps)).toEqual([['a/one', 'a/two', 'b/three', 'b/four']]);
	});

	it('merges only within a story: another story’s lone close-up keeps its own region', () => {
		const a = storyFile('a', [
			['one', GENEVA, 5.5],
			['two', MUNICH, 5.5]
		]);
		const b = storyFile('b', [['three', GENEVA, 5.5]]);
		const regions = closeUpRegions([a, b], registry);
		expect(regions.find((r) => r.steps.includes('b/three'))?.id).toBe(own(GENEVA).id);
		expect(regions).toHaveLength(2);
	});
});
