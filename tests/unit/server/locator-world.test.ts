import { booleanPointInPolygon, point, polygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { locatorWorldPath } from '../../../src/lib/server/locator-world';

/** The path's rings, back in absolute units of the 360×180 plane. */
function rings(d: string): number[][][] {
	return d
		.split('M')
		.filter(Boolean)
		.map((ring) => {
			const [start, moves] = ring.replace(/z$/, '').split('l');
			const points = [start!.split(',').map(Number)];
			for (const move of moves!.trim().split(' ')) {
				const [dx, dy] = move.split(',').map(Number);
				const [x, y] = points.at(-1)!;
				points.push([x! + dx!, y! + dy!]);
			}
			return [...points, points[0]!];
		});
}

/** Whether a place at `lon`, `lat` is on the locator's land. */
const onLand = (shapes: number[][][], lon: number, lat: number) =>
	shapes.some((ring) => booleanPointInPolygon(point([180 + lon, 90 - lat]), polygon([ring])));

describe("the locator inset's world", () => {
	const shapes = rings(locatorWorldPath());

	it.each([
		['Paris', 2.35, 48.86],
		['Moscow', 37.62, 55.76],
		['Nairobi', 36.82, -1.29],
		['Beijing', 116.4, 39.9],
		['Astana', 71.45, 51.17],
		['Chicago', -87.63, 41.88],
		['São Paulo', -46.63, -23.55],
		['Alice Springs', 133.88, -23.7]
	])('draws every continent: %s is on land', (_, lon, lat) => {
		expect(onLand(shapes, lon, lat)).toBe(true);
	});

	it('leaves the oceans empty and Antarctica out', () => {
		expect(onLand(shapes, -30, 30)).toBe(false);
		expect(onLand(shapes, 80, -20)).toBe(false);
		expect(onLand(shapes, 0, -80)).toBe(false);
	});
});
