import type { Feature, FeatureCollection } from 'geojson';
import { outlinesOf } from '../../../src/lib/geo/outlines';
import { describe, expect, it } from 'vitest';
import { wantsFine, withFine } from '../../../src/lib/map/fine-detail';

const square = (id: string, x: number): Feature => ({
	type: 'Feature',
	properties: { id },
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[x, 0],
				[x + 1, 0],
				[x + 1, 1],
				[x, 0]
			]
		]
	}
});
const collection = (...features: Feature[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

describe('a close-up’s finer shapes on the live map', () => {
	const region: [number, number, number, number] = [-5, 43, 15, 54];

	it('are wanted from zoom 5 on, only while the whole view lies inside their region', () => {
		expect(wantsFine(5.5, [0, 45, 10, 52], region)).toBe(true);
		expect(wantsFine(5, [0, 45, 10, 52], region)).toBe(true);
		expect(wantsFine(4.9, [0, 45, 10, 52], region)).toBe(false);
		expect(wantsFine(5.5, [-6, 45, 10, 52], region)).toBe(false);
		expect(wantsFine(5.5, [0, 45, 10, 55], region)).toBe(false);
		expect(wantsFine(5.5, [0, 45, 10, 52], undefined)).toBe(false);
	});

	it('replace the story map’s countries of the same ids and its borders, keeping every other country', () => {
		const coarse = collection(square('CHE', 0), square('FRA', 2), square('RUS', 9));
		const fine = {
			countries: collection(square('CHE', 0.1), square('FRA', 2.1)),
			borders: collection(square('border', 5))
		};
		const drawn = withFine({ countries: coarse, outlines: outlinesOf(coarse) }, fine);
		expect(drawn.countries.features.map((f) => f.properties?.id)).toEqual(['RUS', 'CHE', 'FRA']);
		expect(drawn.countries.features.slice(1)).toEqual(fine.countries.features);
		expect(drawn.borders).toBe(fine.borders);
		// The outlines follow the countries drawn: the region's new ones, the story map's others.
		expect(drawn.outlines).toEqual(outlinesOf(drawn.countries));
	});
});
