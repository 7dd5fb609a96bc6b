import { booleanPointInPolygon } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { readOutput, storyCountries } from './helpers';

type Shape = Feature<Polygon | MultiPolygon, { id: string }>;

const topo = readOutput<Topology>('story-map.json');
const decoded = (name: string) =>
	feature(topo, topo.objects[name]!) as unknown as FeatureCollection<
		Polygon | MultiPolygon,
		{ id: string }
	>;
const countries = new Map(decoded('countries').features.map((f) => [f.properties.id, f]));

/** West, south, east, north of every vertex of a shape. */
function box(shape: Polygon | MultiPolygon): number[] {
	const points = (shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates).flat(2);
	const xs = points.map((p) => p[0]!);
	const ys = points.map((p) => p[1]!);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('story-map.json (what the live map loads)', () => {
	it('holds every country of countries-story.geojson, each where the GeoJSON has it to within 0.01°', () => {
		const story = storyCountries();
		expect([...countries.keys()].sort()).toEqual(story.map((f) => f.properties.id).sort());
		for (const original of story) {
			const shape = countries.get(original.properties.id) as Shape;
			const [a, b] = [box(original.geometry), box(shape.geometry)];
			for (let i = 0; i < 4; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThanOrEqual(0.01);
		}
	});

	it('draws Crimea in Ukraine, Cyprus whole and Somaliland within Somalia', () => {
		const simferopol = [34.1024, 44.9521];
		expect(booleanPointInPolygon(simferopol, countries.get('UKR') as Shape)).toBe(true);
		expect(booleanPointInPolygon(simferopol, countries.get('RUS') as Shape)).toBe(false);
		// Nicosia's northern half and Hargeisa: in the recognised state, not in a unit of their own.
		expect(booleanPointInPolygon([33.36, 35.19], countries.get('CYP') as Shape)).toBe(true);
		expect(booleanPointInPolygon([44.06, 9.56], countries.get('SOM') as Shape)).toBe(true);
		expect(countries.size).toBe(storyCountries().length);
	});

	it('draws Western Sahara whole and the Golan Heights in Syria', () => {
		const inside = (point: number[], id: string) =>
			booleanPointInPolygon(point, countries.get(id) as Shape);
		const laayoune = [-13.2, 27.15];
		const quneitra = [35.82, 33.13];
		expect([inside(laayoune, 'ESH'), inside(laayoune, 'MAR')]).toEqual([true, false]);
		expect([inside(quneitra, 'SYR'), inside(quneitra, 'ISR')]).toEqual([true, false]);
	});

	it('has the land borders, and the areas by id', () => {
		const borders = feature(topo, topo.objects.borders!) as unknown as Feature<MultiLineString>;
		const expected = readOutput<FeatureCollection<MultiLineString>>('borders-story.geojson');
		const lines = expected.features.reduce((n, f) => n + f.geometry.coordinates.length, 0);
		expect(borders.geometry.coordinates).toHaveLength(lines);
		expect(decoded('areas').features.map((f) => f.properties.id)).toEqual(
			readOutput<FeatureCollection<Polygon, { id: string }>>('areas.geojson').features.map(
				(f) => f.properties.id
			)
		);
	});
});
