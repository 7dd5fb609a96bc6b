/**
 * The close-ups' finer shapes: for every region a story's close-up step needs (lib/story-frames.js),
 * static/data/fine/<region>.json, one quantised TopoJSON topology of the 1:10m countries and land
 * borders cut to the region's box, with the same corrections as the story's map (Crimea in
 * Ukraine, Cyprus whole, Somaliland in Somalia, Western Sahara whole, the Golan Heights in Syria).
 * geo/out/fine-regions.json lists the regions, their
 * boxes and the steps that use each. Both depend on the stories, so they are build outputs, made by
 * `npm run build` and git-ignored: a story's new close-up must not leave files for its author to
 * commit. The tests rebuild them in memory or in a temporary folder.
 */
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bbox as bboxOf, bboxClip, bboxPolygon, featureCollection, intersect } from '@turf/turf';
import { mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { buildWorld } from '../lib/world.js';
import { matchFiftyMetre } from '../lib/ten-metre.js';
import { closeUpRegions, storyFiles } from '../lib/story-frames.js';
import { FINE_GRID, TEN } from '../lib/settings.js';
import { storyFolders } from '../../src/lib/data/story-folders.js';

/** Written to the checks folder: which region each close-up uses (tests, README). */
export const files = ['fine-regions.json'];

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The folders of every story the site's build publishes (src/content/, and a test build's extra
 * folder: src/lib/data/story-folders.js), so each close-up of them has its file.
 */
export const storyDirs = () => storyFolders().map((folder) => resolve(ROOT, folder));

/** Where a region's file goes, relative to the site's data folder. */
export const fineFile = (/** @type {string} */ id) => join('fine', `${id}.json`);

/**
 * @typedef {import('../lib/story-frames.js').Region} Region
 * @typedef {[number, number, number, number]} Bounds
 */

/**
 * @param {import('../lib/context.js').Context} context
 * @param {Record<string, string>} texts countries.json and areas.geojson, built before
 * @param {string | string[]} [contentDir]
 */
export function build(context, texts, contentDir = storyDirs()) {
	const regions = regionsOf(context, texts, contentDir);
	// The stories read, so that `--if-stale` rebuilds when a build publishes other stories (a test
	// build's fixtures, then a normal build again): their close-ups' files differ.
	const stories = storiesRead(contentDir);
	/** @type {Record<string, string>} */
	const out = {
		'fine-regions.json': `${JSON.stringify({ stories, regions }, null, '\t')}\n`
	};
	if (!regions.length) return out;
	const cut = fineCutter(context);
	for (const region of regions) out[fineFile(region.id)] = `${JSON.stringify(cut(region.bbox))}\n`;
	return out;
}

/**
 * The story files the regions come from, relative to the project root.
 * @param {string | string[]} contentDir
 */
export function storiesRead(contentDir = storyDirs()) {
	const dirs = Array.isArray(contentDir) ? contentDir : [contentDir];
	return dirs.flatMap(storyFiles).map((file) => relative(ROOT, file).split('\\').join('/'));
}

/**
 * The regions the stories' close-ups need, as fine-regions.json lists them: what the tests compare
 * the scenes with, without cutting a shape (fine/ and fine-regions.json are not committed).
 * @param {Pick<import('../lib/context.js').Context, 'places'>} context
 * @param {Record<string, string>} texts countries.json and areas.geojson
 * @param {string | string[]} [contentDir]
 * @returns {Region[]}
 */
export function regionsOf(context, texts, contentDir = storyDirs()) {
	const dirs = Array.isArray(contentDir) ? contentDir : [contentDir];
	return closeUpRegions(dirs.flatMap(storyFiles), registryOf(context, texts));
}

/**
 * Reads the 1:10m countries once, corrected as the story's map is (lib/transfer.js,
 * recognition.js, area-shapes.js), and returns what cuts one region's topology from them.
 * @param {Pick<import('../lib/context.js').Context, 'names' | 'areas' | 'transfers'>} context
 * @returns {(box: Bounds) => import('topojson-specification').Topology}
 */
export function fineCutter(context) {
	const world = buildWorld(
		TEN,
		context.names,
		() => false,
		context.areas,
		context.transfers,
		matchFiftyMetre
	);
	// Arcs two different countries share; the Perekop line belongs to Ukraine alone, so is none.
	const borders = mesh(
		world.topology,
		/** @type {never} */ (world.topology.objects.countries),
		(a, b) => a !== b
	);
	return (box) => regionTopology(world, borders, box);
}

/**
 * The gazetteer's points and the boxes the focus of a step may name, as the app's registry has them.
 * @param {Pick<import('../lib/context.js').Context, 'places'>} context
 * @param {Record<string, string>} texts
 */
function registryOf(context, texts) {
	/** @param {string} file */
	const read = (file) => {
		const text = texts[file];
		if (text === undefined) throw new Error(`fine: ${file} must be built before it`);
		return JSON.parse(text);
	};
	/** @type {Map<string, Bounds>} */
	const boxes = new Map();
	for (const c of /** @type {{ id: string, bbox: Bounds, frame?: Bounds }[]} */ (
		read('countries.json')
	))
		boxes.set(c.id, c.frame ?? c.bbox);
	for (const f of /** @type {import('geojson').FeatureCollection} */ (read('areas.geojson'))
		.features)
		boxes.set(/** @type {{ id: string }} */ (f.properties).id, /** @type {Bounds} */ (bboxOf(f)));
	return {
		places: new Map(context.places.map((p) => [p.id, p.coordinates])),
		boxes
	};
}

/**
 * The countries meeting the box, cut to it, by `id` only, and the land borders cut to it, as one
 * topology quantised on FINE_GRID, each border an arc the countries beside it share.
 * @param {import('../lib/world.js').World} world
 * @param {import('geojson').MultiLineString} borders
 * @param {Bounds} box
 */
function regionTopology(world, borders, box) {
	const [w, s, e, n] = box;
	// A region across 180° reaches past it (east beyond 180, or west below −180), while the shapes
	// are cut at it: the far side is cut a turn away and moved back beside the rest, so the file's
	// coordinates run on without a jump, as the map draws them.
	const turns = [0, ...(e > 180 ? [360] : []), ...(w < -180 ? [-360] : [])];
	const countries = [...world.shapes.values()]
		.sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1))
		.map(withoutWholeSphere)
		.flatMap((country) => {
			const [cw, cs, ce, cn] = bboxOf(country);
			const polygons = turns.flatMap((turn) => {
				if (cw > e - turn || ce < w - turn || cs > n || cn < s) return [];
				// A true intersection: clipping ring by ring (bboxClip) can wrap a polygon that only
				// surrounds the box (the United States' after the antimeridian cut) round its edges.
				const frame = bboxPolygon([w - turn, s, e - turn, n]);
				const cut = intersect(featureCollection([country, frame]));
				if (!cut) return [];
				const g = cut.geometry;
				return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((rings) =>
					rings.map((ring) => ring.map(([x, y]) => [/** @type {number} */ (x) + turn, y]))
				);
			});
			if (!polygons.length) return [];
			return [
				{
					type: 'Feature',
					properties: { id: country.properties.id },
					geometry:
						polygons.length === 1
							? { type: 'Polygon', coordinates: polygons[0] }
							: { type: 'MultiPolygon', coordinates: polygons }
				}
			];
		});
	const lines = {
		type: 'MultiLineString',
		coordinates: turns.flatMap((turn) => {
			const g = bboxClip({ type: 'Feature', properties: {}, geometry: borders }, [
				w - turn,
				s,
				e - turn,
				n
			]).geometry;
			const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
			return parts
				.filter((line) => line.length >= 2)
				.map((line) => line.map(([x, y]) => [/** @type {number} */ (x) + turn, y]));
		})
	};
	const objects = {
		countries: { type: 'FeatureCollection', features: countries },
		borders: { type: 'Feature', properties: {}, geometry: lines }
	};
	// One number of steps spans both sides: the longer decides, so neither steps over FINE_GRID.
	// Quantised as the topology is built, not after: the borders (the world topology's mesh) and
	// the countries' rings (its shapes) differ in the last bits (about 1e-14°), so, built from the
	// raw points, half the borders' arcs matched no country's edge and were stored a second time
	// (the NATO story's three regions: 51.1 kB gzipped; 35.0 kB snapped onto the grid first).
	return /** @type {import('topojson-specification').Topology} */ (
		topology(/** @type {never} */ (objects), Math.ceil(Math.max(e - w, n - s) / FINE_GRID) + 1)
	);
}

/**
 * The country without polygons that cover the whole sphere: at 1:10m a few islets of the Maldives
 * and the United States' minor islands are wound the other way, and the antimeridian cut reads
 * each as the whole world but the islet. No country's real polygon reaches both poles.
 * @param {import('../lib/world.js').CountryFeature} country
 * @returns {import('../lib/world.js').CountryFeature}
 */
function withoutWholeSphere(country) {
	const g = country.geometry;
	const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	const kept = polygons.filter((rings) => {
		const [, south, , north] = bboxOf({ type: 'Polygon', coordinates: rings });
		return !(south <= -89.9 && north >= 89.9);
	});
	return kept.length === polygons.length
		? country
		: { ...country, geometry: { type: 'MultiPolygon', coordinates: kept } };
}
