import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { borders, countries, facts, labels, type CountryFeature } from './helpers';
import { DISSOLVED } from '../../../geo/lib/recognition.js';

const RESOLUTIONS = ['110m', '50m', 'story'] as const;
/** Kyrenia, on Cyprus's north coast, and Hargeisa, in the north-west of Somalia. */
const KYRENIA = [33.3167, 35.3417];
const HARGEISA = [44.065, 9.56];
const BREAKAWAY = /somaliland|cyprus.+(north|buffer)|n\. cyprus|northern.cyprus/i;

/** Points of a file's border lines inside a box [west, south, east, north]. */
function borderPointsIn(resolution: (typeof RESOLUTIONS)[number], [w, s, e, n]: number[]) {
	return borders(resolution)
		.flatMap((f) => f.geometry.coordinates.flat())
		.filter(([x, y]) => x! > w! && x! < e! && y! > s! && y! < n!);
}

describe.each(RESOLUTIONS)('internationally recognised borders at %s', (resolution) => {
	const shapes = countries(resolution);

	it('draws no breakaway unit as a country', () => {
		const names = [...shapes.values()].map((c) => `${c.properties.id} ${c.properties.name}`);
		expect(names.filter((name) => BREAKAWAY.test(name))).toEqual([]);
	});

	it('draws Cyprus whole, its north included, with no border line across the island', () => {
		expect(booleanPointInPolygon(KYRENIA, shapes.get('CYP') as CountryFeature)).toBe(true);
		expect(borderPointsIn(resolution, [32.2, 34.5, 34.7, 35.8])).toEqual([]);
	});
});

// countries-50m holds the countries of FINE_REGION only, which Somalia and Western Sahara are not in.
describe.each(['110m', 'story'] as const)('outside the 1:50m region at %s', (resolution) => {
	const shapes = countries(resolution);

	it('draws Somaliland within Somalia, with no border line between them', () => {
		expect(booleanPointInPolygon(HARGEISA, shapes.get('SOM') as CountryFeature)).toBe(true);
		// The line Natural Earth draws between Somaliland and Puntland runs near 49°E.
		expect(borderPointsIn(resolution, [46.5, 8.5, 49.5, 11.5])).toEqual([]);
	});

	it('keeps Kosovo as Natural Earth draws it, and Western Sahara as a country of its own (geo/README.md says why)', () => {
		expect(shapes.has('XKX')).toBe(true);
		expect(shapes.has('ESH')).toBe(true);
	});
});

describe('labels and facts under recognised borders', () => {
	it('names no breakaway unit in labels.geojson or countries.json', () => {
		const labelled = labels().map((l) => `${l.properties.id} ${l.properties.name}`);
		expect(labelled.filter((name) => BREAKAWAY.test(name))).toEqual([]);
		const listed = facts().map((c) => `${c.id} ${c.name}`);
		expect(listed.filter((name) => BREAKAWAY.test(name))).toEqual([]);
	});

	it('gives Somalia the neighbours of its recognised borders and Cyprus none on land', () => {
		const byId = new Map(facts().map((c) => [c.id, c]));
		expect(byId.get('SOM')!.neighbours).toEqual(['DJI', 'ETH', 'KEN']);
		expect(byId.get('CYP')!.neighbours).toEqual([]);
		for (const c of byId.values())
			expect(
				c.neighbours.filter((n) => BREAKAWAY.test(n)),
				c.id
			).toEqual([]);
	});

	it('boxes Cyprus and Somalia round their whole territory', () => {
		const byId = new Map(facts().map((c) => [c.id, c]));
		const [, , cyprusEast, cyprusNorth] = byId.get('CYP')!.bbox;
		expect(cyprusEast).toBeGreaterThan(34.5); // the Karpass peninsula
		expect(cyprusNorth).toBeGreaterThan(35.6);
		expect(byId.get('SOM')!.bbox[3]).toBeGreaterThan(11.4); // Somalia's north coast
	});

	it('dissolves each unit into the state it belongs to, with a reason', () => {
		expect(DISSOLVED.map((d) => [d.naturalEarthName, d.into])).toEqual([
			// The buffer zone first: at 1:10m it parts the island's two halves.
			['Cyprus U.N. Buffer Zone', 'Cyprus'],
			['N. Cyprus', 'Cyprus'],
			['Somaliland', 'Somalia']
		]);
		for (const { why } of DISSOLVED) expect(why.length).toBeGreaterThan(40);
	});
});
