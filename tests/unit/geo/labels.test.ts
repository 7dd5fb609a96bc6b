import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { countries, labels } from './helpers';

describe('labels.geojson', () => {
	const points = labels();
	const fine = countries('50m');
	const coarse = countries('110m');

	it('has one label per country drawn in either countries file, sorted by id', () => {
		const ids = points.map((p) => p.properties.id);
		expect(ids).toEqual([...new Set([...fine.keys(), ...coarse.keys()])].sort());
	});

	it('puts every label inside its country, in the finest file that draws it', () => {
		const outside = points.filter(
			(p) => !booleanPointInPolygon(p, (fine.get(p.properties.id) ?? coarse.get(p.properties.id))!)
		);
		expect(outside.map((p) => p.properties.id)).toEqual([]);
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
