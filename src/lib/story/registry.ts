/**
 * What the story may refer to: gazetteer places, countries, groups and areas (such as Crimea),
 * with the facts the scene needs. Built from the geo pipeline's outputs; the parser and the scene function
 * receive it as an argument so tests can feed small fixtures.
 */
import { bbox } from '@turf/bbox';
import type { Feature } from 'geojson';
import type { AreaProperties, Group as GroupData, Place as PlaceData } from '../data/schemas.js';
import type { Bounds, LonLat } from './types';

/** A gazetteer place, as the shared schema (src/lib/data/schemas.js) defines it. */
export type Place = Pick<PlaceData, 'id' | 'name' | 'country'> & { coordinates: LonLat };

/** A sea or ocean whose name a view may show (static/data/seas.geojson). */
export interface Sea {
	id: string;
	name: string;
	/** Where its name is drawn: open water, checked by the geo pipeline. */
	label: LonLat;
}

/** What a frame shows of a country: its share of the frame (0–1) and where its name fits. */
export interface VisiblePart {
	share: number;
	at: LonLat;
}

export interface Country {
	id: string;
	name: string;
	/** Box of the whole shape; east > 180 across the antimeridian. */
	bbox: Bounds;
	/** Box of the largest part (mainland Norway, not Svalbard): what framing a country means. */
	frame?: Bounds;
	neighbours: string[];
	/** Where the country's name is drawn: inside its largest part (and a small state's symbol). */
	label?: LonLat;
	/**
	 * True when the story map has no shape for it (Tonga, Samoa, Singapore…: too small for the
	 * 1:110m shapes): both maps draw it as a symbol at `label`.
	 */
	shapeless?: boolean;
	/** The sovereign whose memberships cover this territory (Greenland: DNK). */
	territoryOf?: string;
}

/** An organisation whose members on a date a step can shade (dated, cited: geo/groups.json). */
export type Group = Pick<GroupData, 'id' | 'name' | 'members'>;

export type AreaStatus = AreaProperties['status'];

/** Territory whose status the map marks; its sovereign is the one under international law. */
export interface Area {
	id: string;
	name: string;
	status: AreaStatus;
	sovereign: string;
	/** Who annexed, occupies or leases it, if anyone. */
	heldBy: string | null;
	/** ISO date the status began. */
	since: string;
	bbox: Bounds;
}

export interface Registry {
	places: ReadonlyMap<string, Place>;
	/** Countries (and territories drawn as their own shapes) that can be focused, highlighted or labelled. */
	countries: ReadonlyMap<string, Country>;
	groups: ReadonlyMap<string, Group>;
	areas: ReadonlyMap<string, Area>;
	/**
	 * Whether a point lies in a country's shape (or within a few kilometres of its simplified
	 * coast); undefined when the registry has no shape to ask.
	 */
	contains?: (country: string, point: LonLat) => boolean | undefined;
	/** How far a point lies from a country's land, in km (0 inside); undefined without shapes. */
	distanceKm?: (country: string, point: LonLat) => number | undefined;
	/** The country whose land is nearest a point, and how far; undefined without shapes. */
	nearest?: (point: LonLat) => { id: string; km: number } | undefined;
	/** Seas and oceans that views may name; none without the data. */
	seas: readonly Sea[];
	/**
	 * What a frame (west, south, east, north) shows of a country's shape; undefined when nothing
	 * of it, or when the registry has no shapes (then only label points decide).
	 */
	visible?: (country: string, frame: Bounds) => VisiblePart | undefined;
}

export function makeRegistry(parts: {
	places: Place[];
	countries: Country[];
	groups?: Group[];
	areas?: Area[];
	contains?: Registry['contains'];
	distanceKm?: Registry['distanceKm'];
	nearest?: Registry['nearest'];
	seas?: Sea[];
	visible?: Registry['visible'];
}): Registry {
	const byId = <T extends { id: string }>(list: T[] = []) => new Map(list.map((x) => [x.id, x]));
	return {
		places: byId(parts.places),
		countries: byId(parts.countries),
		groups: byId(parts.groups),
		areas: byId(parts.areas),
		contains: parts.contains,
		distanceKm: parts.distanceKm,
		nearest: parts.nearest,
		seas: parts.seas ?? [],
		visible: parts.visible
	};
}

/** An area's registry entry from its GeoJSON feature (static/data/areas.geojson). */
export function areaFromFeature(feature: Feature, p: AreaProperties): Area {
	return {
		id: p.id,
		name: p.name,
		status: p.status,
		sovereign: p.sovereign,
		heldBy: p.held_by ?? null,
		since: p.since,
		bbox: bbox(feature) as Bounds
	};
}
