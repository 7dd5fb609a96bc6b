import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fineRegionOf, mergeRegions } from '../../src/lib/data/close-ups.js';
import { boundsOfBoxes } from '../../src/lib/data/longitude.js';
import { PipelineError } from './errors.js';

/**
 * @typedef {import('../../src/lib/data/close-ups.js').Bounds} Bounds
 * @typedef {import('../../src/lib/data/close-ups.js').Camera} Camera
 * @typedef {{ id: string, bbox: Bounds, parts: string[], steps: string[] }} Region  a cluster: the
 *   close-ups' own regions it holds, and its steps as `slug/step`
 */

/**
 * The stories' files: every `<slug>.yaml` of the content folder.
 * @param {string} contentDir
 */
export function storyFiles(contentDir) {
	return readdirSync(contentDir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => join(contentDir, name));
}

/**
 * The regions of finer shapes the stories' close-up steps need, one file each: per story, each
 * close-up step's region (fineRegionOf, shared with the scene) merged with the story's others
 * into clusters (mergeRegions, as the scene's fineRegionsOf does); then each cluster once across
 * the stories, sorted by id, with the steps' own regions it holds and every step that draws it.
 * A step's camera is found as the scene finds it: its explicit camera, or the box of its focus
 * (a place's point, a country's `frame` else `bbox`, an area's box). The story parser checks
 * every reference when the app is built; here an unknown one fails.
 * @param {string[]} files story YAML files
 * @param {{ places: Map<string, [number, number]>, boxes: Map<string, Bounds> }} registry
 *   the gazetteer's points, and the countries' and areas' boxes
 * @returns {Region[]}
 */
export function closeUpRegions(files, registry) {
	/** @type {Map<string, Region>} */
	const regions = new Map();
	for (const file of files) {
		const story = parse(readFileSync(file, 'utf8'));
		/** @type {Map<string, [number, number]>} */
		const places = new Map(registry.places);
		for (const place of story.places ?? []) places.set(place.id, place.coordinates);
		/** @type {{ id: string, bbox: Bounds, step: string }[]} */
		const own = [];
		for (const step of story.steps ?? []) {
			const camera = cameraOf(step.map ?? {}, places, registry.boxes, `${file}: step "${step.id}"`);
			const region = camera && fineRegionOf(camera);
			if (region) own.push({ ...region, step: `${story.slug}/${step.id}` });
		}
		for (const cluster of mergeRegions(own)) {
			const entry = regions.get(cluster.id) ?? {
				id: cluster.id,
				bbox: cluster.bbox,
				parts: [],
				steps: []
			};
			entry.parts = [...new Set([...entry.parts, ...cluster.parts])].sort();
			for (const r of own) if (cluster.parts.includes(r.id)) entry.steps.push(r.step);
			regions.set(cluster.id, entry);
		}
	}
	return [...regions.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * @param {{ camera?: { center: [number, number], zoom: number } | null, focus?: string[] }} map
 * @param {Map<string, [number, number]>} places
 * @param {Map<string, Bounds>} boxes
 * @param {string} where
 * @returns {Camera | null}
 */
function cameraOf(map, places, boxes, where) {
	if (map.camera) return { kind: 'explicit', center: map.camera.center, zoom: map.camera.zoom };
	/** @type {Bounds[]} */
	const framed = (map.focus ?? []).map((ref) => {
		const place = places.get(ref);
		if (place) return [...place, ...place];
		const box = boxes.get(ref);
		if (!box) throw new PipelineError(`${where}: focus "${ref}" is no place, country or area`);
		return box;
	});
	// The scene's own framing (src/lib/story/focus.ts): the shortest box round the globe.
	if (!framed.length) return null;
	return { kind: 'fit', bounds: boundsOfBoxes(framed) };
}
