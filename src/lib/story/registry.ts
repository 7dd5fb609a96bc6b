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
	/** Box of the whole shape; east > 180 across the antimeridian. */
	bbox: Bounds;
	/** Box of the largest part (mainland Norway, not Svalbard): what framing a country means. */
	frame?: Bounds;
	neighbours: string[];
	memberships: { org: string; joined: string }[];
	/** Where the country's name is drawn: inside its largest part. */
	label?: LonLat;
	/** The sovereign whose memberships cover this territory (Greenland: DNK). */
	territoryOf?: string;
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

/** A named area that is not a country (Crimea) as a focusable registry entry, from its shape. */
export function areaFromShape(id: string, name: string, shape: FeatureCollection): Country {
	return { id, name, bbox: bbox(shape) as Bounds, neighbours: [], memberships: [] };
}
