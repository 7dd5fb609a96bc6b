/**
 * Where a step looks: the story's places, the points a step's focus stands for, and the camera
 * they make. The scene and the story's regions of finer shapes (fine-regions.ts) share them.
 */
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

/** The points a step's focus stands for: a place's position, or the corners of a country's or area's box. */
export function focusPoints(
	focus: string[],
	registry: Registry,
	places: ReadonlyMap<string, PlaceRef> = registry.places
): LonLat[] {
	return focus.flatMap((ref): LonLat[] => {
		const place = places.get(ref);
		if (place) return [place.coordinates];
		const country = registry.countries.get(ref);
		const box = country ? (country.frame ?? country.bbox) : registry.areas.get(ref)?.bbox;
		if (!box) throw new Error(`unknown focus "${ref}"`);
		const [w, s, e, n] = box;
		return [
			[w, s],
			[e, n]
		];
	});
}

export function boundsOf(points: LonLat[]): Bounds {
	const lons = points.map((p) => p[0]);
	const lats = points.map((p) => p[1]);
	return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** A step's camera: its explicit one, or a fit to the points of its focus. */
export function stepCamera(
	map: Pick<Step['map'], 'camera' | 'focus'>,
	registry: Registry,
	places: ReadonlyMap<string, PlaceRef>
): SceneCamera {
	if (map.camera) return { kind: 'explicit', ...map.camera };
	const points = focusPoints(map.focus, registry, places);
	return { kind: 'fit', bounds: boundsOf(points), points };
}
