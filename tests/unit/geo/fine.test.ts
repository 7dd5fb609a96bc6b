import { booleanPointInPolygon } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { loadContext } from '../../../geo/lib/context.js';
import { fineCutter, regionsOf } from '../../../geo/scripts/fine.js';
import { facts, ROOT, readOutput } from './helpers';

type Shape = Feature<MultiPolygon, { id: string }>;

function decode(topo: Topology) {
	const countries = feature(topo, topo.objects.countries!) as unknown as FeatureCollection<
		MultiPolygon,
		{ id: string }
	>;
	const borders = feature(topo, topo.objects.borders!) as unknown as Feature<MultiLineString>;
	return { countries: new Map(countries.features.map((f) => [f.properties.id, f])), borders };
}

/** The country whose shape holds a point, by id; none if it is at sea. */
const holder = (countries: Map<string, Shape>, point: [number, number]) =>
	[...countries.values()]
		.filter((c) => booleanPointInPolygon(point, c))
		.map((c) => c.properties.id);

describe('the close-ups’ finer shapes (static/data/fine/, built by `npm run build`)', () => {
	// Cut from the 1:10m data as the build cuts them, around places no story's close-up shows yet.
	const context = loadContext(`${ROOT}geo`);
	const cut = fineCutter(context);

	it('draw Crimea in Ukraine and Cyprus whole, with no border across the island', () => {
		const { countries, borders } = decode(cut([28, 30, 41, 51]));
		expect(holder(countries, [34.1024, 44.9521])).toEqual(['UKR']); // Simferopol
		expect(holder(countries, [33.36, 35.19])).toEqual(['CYP']); // northern Nicosia
		expect(holder(countries, [33.6, 35.25])).toEqual(['CYP']); // the Mesaoria, north of the Green Line
		expect(holder(countries, [33.9, 35.0])).toEqual(['CYP']); // Dhekelia, as 1:50m draws it
		const onCyprus = borders.geometry.coordinates
			.flat()
			.filter(([lon, lat]) => lon! > 32.2 && lon! < 34.7 && lat! > 34.5 && lat! < 35.75);
		expect(onCyprus).toEqual([]);
		// Crimea is Ukraine's: no border at Perekop, where Natural Earth draws Russia's edge.
		const nearPerekop = borders.geometry.coordinates
			.flat()
			.filter(([lon, lat]) => lon! > 33.4 && lon! < 34.2 && lat! > 45.9 && lat! < 46.3);
		expect(nearPerekop).toEqual([]);
		// Yet the land borders are there: Ukraine's with Russia, east of Kharkiv.
		const eastOfKharkiv = borders.geometry.coordinates
			.flat()
			.filter(([lon, lat]) => lon! > 37 && lon! < 40.3 && lat! > 49 && lat! < 50.5);
		expect(eastOfKharkiv.length).toBeGreaterThan(10);
	});

	it('draw Somaliland within Somalia', () => {
		const { countries } = decode(cut([40, 0, 52, 14]));
		expect(holder(countries, [44.06, 9.56])).toEqual(['SOM']); // Hargeisa
	});

	it('draw Western Sahara whole, Morocco north of 27°40′N, with a border along the parallel', () => {
		const { countries, borders } = decode(cut([-18, 20, -8, 30]));
		expect(holder(countries, [-13.2, 27.15])).toEqual(['ESH']); // El Aaiún (Laayoune)
		expect(holder(countries, [-11.66, 26.74])).toEqual(['ESH']); // Smara
		expect(holder(countries, [-14.32, 22.55])).toEqual(['ESH']); // Aousserd
		expect(holder(countries, [-11.1, 28.44])).toEqual(['MAR']); // Tan-Tan
		const onParallel = borders.geometry.coordinates
			.flat()
			.filter(([lon, lat]) => lon! < -8.6 && Math.abs(lat! - (27 + 40 / 60)) < 0.01);
		expect(onParallel.length).toBeGreaterThanOrEqual(2);
	});

	it('draw the Golan Heights in Syria, Israel within its line of before June 1967', () => {
		const { countries, borders } = decode(cut([34, 32, 37, 34]));
		expect(holder(countries, [35.82, 33.13])).toEqual(['SYR']); // Quneitra
		expect(holder(countries, [35.69, 32.99])).toEqual(['SYR']); // Katzrin
		expect(holder(countries, [35.53, 32.79])).toEqual(['ISR']); // Tiberias
		// No border where Natural Earth drew Israel's edge, the line of 1974.
		const onGolan = borders.geometry.coordinates
			.flat()
			.filter(([lon, lat]) => lon! > 35.7 && lon! < 35.85 && lat! > 32.75 && lat! < 33.25);
		expect(onGolan).toEqual([]);
	});

	it('put Geneva in Switzerland, where 1:110m puts it in France', () => {
		// The close-up that marks Geneva and Brussels, as the build finds it from today's stories.
		const region = regionsOf(context, {
			'countries.json': JSON.stringify(facts()),
			'areas.geojson': JSON.stringify(readOutput('areas.geojson'))
		}).find((r) => r.steps.includes('nato-russia-ukraine/monday-talks'));
		expect(region).toBeDefined();
		expect(holder(decode(cut(region!.bbox)).countries, [6.1432, 46.2044])).toEqual(['CHE']);
	});

	it('store each border once, as an arc of the countries on either side', () => {
		const topo = cut([5, 45, 11, 48]); // Switzerland and its five neighbours
		const arcsOf = (o: unknown) =>
			new Set(
				JSON.stringify(o)
					.match(/-?\d+/g)!
					.map(Number)
					.map((i) => (i < 0 ? ~i : i))
			);
		const countries = arcsOf(
			(topo.objects.countries as { geometries: { arcs: unknown }[] }).geometries.map((g) => g.arcs)
		);
		const borders = arcsOf((topo.objects.borders as { arcs: unknown }).arcs);
		expect(borders.size).toBeGreaterThan(0);
		expect([...borders].filter((arc) => !countries.has(arc))).toEqual([]);
	});
});
