/**
 * What the story may refer to: gazetteer places and countries (plus areas such as Crimea), with the
 * facts the scene needs. Built from the geo pipeline's outputs; the parser and the scene function
 * receive it as an argument so tests can feed small fixtures.
 */
import { bbox } from '@turf/bbox';
import type { FeatureCollection } from 'geojson';
import type { Bounds, LonLat } from './types';

export interface Place {
	id: string;
	name: string;
	country: string;
	coordinates: LonLat;
}

export interface Country {
	id: string;
	name: string;
	bbox: Bounds;
	neighbours: string[];
	memberships: { org: string; joined: string }[];
}

export interface Registry {
	places: ReadonlyMap<string, Place>;
	/** Countries and named areas (Crimea) that can be focused, highlighted or labelled. */
	countries: ReadonlyMap<string, Country>;
}

export function makeRegistry(places: Place[], countries: Country[]): Registry {
	return {
		places: new Map(places.map((p) => [p.id, p])),
		countries: new Map(countries.map((c) => [c.id, c]))
	};
}

/** Ids of the members of `org` on `isoDate` (inclusive), sorted. */
export function membersOn(registry: Registry, org: string, isoDate: string): string[] {
	const ids: string[] = [];
	for (const c of registry.countries.values()) {
		if (c.memberships.some((m) => m.org === org && m.joined <= isoDate)) ids.push(c.id);
	}
	return ids.sort();
}

/** A named area that is not a country (Crimea) as a focusable registry entry, from its shape. */
export function areaFromShape(id: string, name: string, shape: FeatureCollection): Country {
	return { id, name, bbox: bbox(shape) as Bounds, neighbours: [], memberships: [] };
}
