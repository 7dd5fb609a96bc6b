/**
 * The close-ups' finer shapes (static/data/fine/<id>.json, geo/scripts/fine.js): 1:10m countries
 * and borders cut to a region's box. While the map shows a close-up whose whole view lies inside
 * its region, they stand in for the story map's shapes there; elsewhere the story map's own.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { FINE_ZOOM } from '$lib/data/close-ups.js';
import { nearLon } from '$lib/data/longitude.js';
import { outlinesOf } from '$lib/geo/outlines';
import type { Bounds } from '$lib/story/types';
import type { StoryMapData } from './story-map';

/** Whether the map, at `zoom` and showing `view`, should draw the region's finer shapes. */
export function wantsFine(zoom: number, view: Bounds, region: Bounds | undefined): boolean {
	if (!region || zoom < FINE_ZOOM) return false;
	// The view by whole turns next to the region: either may reach past 180°.
	const w = nearLon(view[0], (region[0] + region[2]) / 2);
	const e = w + (view[2] - view[0]);
	const [, s, , n] = view;
	return w >= region[0] && s >= region[1] && e <= region[2] && n <= region[3];
}

/** The region's countries and borders, decoded (a few dozen shapes: one short task). */
export function decodeFine(topo: Topology): Pick<StoryMapData, 'countries' | 'borders'> {
	const decode = (name: string): FeatureCollection => {
		const object = topo.objects[name];
		if (!object) throw new Error(`a fine file has no "${name}" object`);
		const decoded = feature(topo, object) as Feature | FeatureCollection;
		return decoded.type === 'FeatureCollection'
			? decoded
			: { type: 'FeatureCollection', features: [decoded] };
	};
	return { countries: decode('countries'), borders: decode('borders') };
}

/**
 * The countries source with the region's shapes in place of the story map's for the same ids
 * (every other country as it was), and the region's borders: what the map draws at a close-up.
 * Highlights, groups and the contract read ids, which stay the same.
 */
export function withFine(
	coarse: Pick<StoryMapData, 'countries' | 'outlines'>,
	fine: Pick<StoryMapData, 'countries' | 'borders'>
): Pick<StoryMapData, 'countries' | 'outlines' | 'borders'> {
	const replaced = new Set(fine.countries.features.map((f) => f.properties?.id));
	const kept = (f: Feature) => !replaced.has(f.properties?.id);
	const collection = (features: Feature[]): FeatureCollection => ({
		type: 'FeatureCollection',
		features
	});
	// Only the region's outlines are new: the story map's others were worked out when it loaded.
	return {
		countries: collection([...coarse.countries.features.filter(kept), ...fine.countries.features]),
		outlines: collection([
			...coarse.outlines.features.filter(kept),
			...outlinesOf(fine.countries).features
		]),
		borders: fine.borders
	};
}
