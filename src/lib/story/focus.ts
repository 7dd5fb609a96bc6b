/**
 * Where a step looks: the story's places, the points a step's focus stands for, and the camera
 * they make. The scene and the story's regions of finer shapes (fine-regions.ts) share them.
 */
import { boundsOfBoxes, nearLon } from '../data/longitude.js';
import type { Registry } from './registry';
import type { Bounds, LonLat, SceneCamera, Step, Story } from './types';

/** A place as the scene needs it: from the gazetteer or the story's own list. */
export interface PlaceRef {
	name: string;
	coordinates: LonLat;
	country: string;
}

/** The story's places by id: the gazetteer's, and the story's own (which never share an id). */
export function placesOf(story: Pick<Story, 'places'>, registry: Registry): Map<string, PlaceRef> {
	return new Map<string, PlaceRef>([
		...registry.places,
		...story.places.map((p) => [p.id, p] as const)
	]);
}

/**
 * The boxes a step's focus stands for: a place's position (a box of no size), a country's main
 * part or an area's box. A box across 180° has east past 180 (the pipeline writes them so).
 */
export function focusBoxes(
	focus: string[],
	registry: Registry,
	places: ReadonlyMap<string, PlaceRef> = registry.places
): Bounds[] {
	return focus.map((ref): Bounds => {
		const place = places.get(ref);
		if (place) return [...place.coordinates, ...place.coordinates];
		const country = registry.countries.get(ref);
		const box = country ? (country.frame ?? country.bbox) : registry.areas.get(ref)?.bbox;
		if (!box) throw new Error(`unknown focus "${ref}"`);
		return box;
	});
}

/** The points a step's focus stands for: a place's position, or the corners of a country's or area's box. */
export function focusPoints(
	focus: string[],
	registry: Registry,
	places: ReadonlyMap<string, PlaceRef> = registry.places
): LonLat[] {
	return focusBoxes(focus, registry, places).flatMap(([w, s, e, n]): LonLat[] =>
		w === e && s === n
			? [[w, s]]
			: [
					[w, s],
					[e, n]
				]
	);
}

/** The smallest box round the globe that holds every point. */
export function boundsOf(points: LonLat[]): Bounds {
	return boundsOfBoxes(points.map(([lon, lat]): Bounds => [lon, lat, lon, lat]));
}

/** A step's camera: its explicit one, or a fit to its focus, the short way round the globe. */
export function stepCamera(
	map: Pick<Step['map'], 'camera' | 'focus'>,
	registry: Registry,
	places: ReadonlyMap<string, PlaceRef>
): SceneCamera {
	if (map.camera) return { kind: 'explicit', ...map.camera };
	const boxes = focusBoxes(map.focus, registry, places);
	const bounds = boundsOfBoxes(boxes);
	// The points sit on the same side of 180° as the bounds, so either can be drawn as they are.
	const points = focusPoints(map.focus, registry, places).map(([lon, lat]): LonLat => [
		nearLon(lon, (bounds[0] + bounds[2]) / 2),
		lat
	]);
	return { kind: 'fit', bounds, points };
}
