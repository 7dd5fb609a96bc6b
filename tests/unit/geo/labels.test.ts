import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { countries, labels } from './helpers';

describe('labels.geojson', () => {
	const points = labels();
	const story = countries('story');
	const coarse = countries('110m');

	it('has one label per country of countries-story, sorted by id', () => {
		expect(points.map((p) => p.properties.id)).toEqual([...story.keys()]);
	});

	it('puts every label inside its country’s story shape', () => {
		const outside = points.filter((p) => !booleanPointInPolygon(p, story.get(p.properties.id)!));
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
