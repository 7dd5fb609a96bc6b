import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { alpha3ToNumeric } from 'i18n-iso-countries';
import { countries, facts, labels } from './helpers';

describe('labels.geojson', () => {
	const points = labels();
	const story = countries('story');
	const coarse = countries('110m');

	// Natural Earth's own 1:50m shapes, by ISO numeric code: geo/out holds only the region's.
	const atlas = JSON.parse(
		readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8')
	) as Topology;
	const fifty = new Map(
		(
			feature(atlas, atlas.objects.countries!) as unknown as FeatureCollection<
				Polygon | MultiPolygon,
				object
			>
		).features.map((f) => [String(f.id), f])
	);
	const drawn = points.filter((p) => p.properties.drawn !== false);
	const undrawn = points.filter((p) => p.properties.drawn === false);

	it('has one label per country of countries.json, sorted by id', () => {
		expect(points.map((p) => p.properties.id)).toEqual(
			facts()
				.map((c) => c.id)
				.sort()
		);
	});

	it('marks exactly the countries the story map has no shape for as not drawn', () => {
		expect(drawn.map((p) => p.properties.id)).toEqual([...story.keys()]);
		expect(undrawn.map((p) => p.properties.id)).toEqual(expect.arrayContaining(['TON', 'WSM']));
	});

	it('puts every label inside its country’s story shape', () => {
		const outside = drawn.filter((p) => !booleanPointInPolygon(p, story.get(p.properties.id)!));
		expect(outside.map((p) => p.properties.id)).toEqual([]);
	});

	it('puts the label of a small state the story map does not draw on its own 1:50m land', () => {
		const outside = undrawn.filter((p) => {
			const shape = fifty.get(alpha3ToNumeric(p.properties.id) ?? '');
			return !shape || !booleanPointInPolygon(p, shape);
		});
		// Two Australian territories have no ISO code (their ids are Meridian's own), and Tuvalu
		// has no 1:50m shape: its point is on its 1:10m land (the next test).
		expect(outside.map((p) => p.properties.id)).toEqual([
			'TUV',
			'ashmore-and-cartier-islands',
			'indian-ocean-territories'
		]);
	});

	it('puts Tuvalu, which 1:50m leaves out, on its own 1:10m land, on Funafuti', () => {
		const ten = JSON.parse(
			readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-10m.json'), 'utf8')
		) as Topology;
		const tuvalu = (
			feature(ten, ten.objects.countries!) as unknown as FeatureCollection<
				Polygon | MultiPolygon,
				object
			>
		).features.find((f) => String(f.id) === alpha3ToNumeric('TUV'));
		const point = undrawn.find((p) => p.properties.id === 'TUV')!;
		expect(booleanPointInPolygon(point, tuvalu!)).toBe(true);
		const [lon, lat] = point.geometry.coordinates as [number, number];
		expect(lon).toBeCloseTo(179.2, 1);
		expect(lat).toBeCloseTo(-8.5, 1);
	});

	it('puts every label inside the country’s 1:110m shape too, for world views', () => {
		const outside = points.filter(
			(p) => coarse.has(p.properties.id) && !booleanPointInPolygon(p, coarse.get(p.properties.id)!)
		);
		expect(outside.map((p) => p.properties.id)).toEqual([]);
	});

	it('gives the United Kingdom exactly one label, on Great Britain', () => {
		const uk = points.filter((p) => p.properties.id === 'GBR');
		expect(uk).toHaveLength(1);
		const [lon, lat] = uk[0]!.geometry.coordinates as [number, number];
		expect(lon).toBeGreaterThan(-6);
		expect(lat).toBeGreaterThan(50);
	});
});
