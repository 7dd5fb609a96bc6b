import { describe, expect, it } from 'vitest';
import { outlinesOf, ringOutline } from '../../../src/lib/geo/outlines';

describe('outlines without the 180° cut', () => {
	it('breaks a ring where an edge runs along 180°, keeping the coast on either side', () => {
		// Part of Fiji east of the cut: from 180 along the coast and back to 180.
		const ring = [
			[180, -16],
			[180, -17],
			[179, -17],
			[179, -16],
			[180, -16]
		];
		expect(ringOutline(ring)).toEqual([
			[
				[180, -17],
				[179, -17],
				[179, -16],
				[180, -16]
			]
		]);
	});

	it('keeps a ring that never touches 180° whole', () => {
		const ring = [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 0]
		];
		expect(ringOutline(ring)).toEqual([ring]);
	});

	it('gives each country one outline feature with its id', () => {
		const out = outlinesOf({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { id: 'FJI' },
					geometry: {
						type: 'MultiPolygon',
						coordinates: [
							[
								[
									[-180, -16],
									[-179, -16],
									[-179, -17],
									[-180, -17],
									[-180, -16]
								]
							]
						]
					}
				}
			]
		});
		expect(out.features).toHaveLength(1);
		expect(out.features[0]!.properties).toEqual({ id: 'FJI' });
		// The edge from (-180, -17) back to (-180, -16) is the cut: left out.
		expect(out.features[0]!.geometry.coordinates).toEqual([
			[
				[-180, -16],
				[-179, -16],
				[-179, -17],
				[-180, -17]
			]
		]);
	});
});
