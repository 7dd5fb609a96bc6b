import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { area, booleanPointInPolygon } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readAtlas } from '../../../geo/lib/atlas.js';
import { applyTransfers, transfersOf } from '../../../geo/lib/transfer.js';
import { ROOT, borders, countries, facts, readOutput, type CountryFeature } from './helpers';

/** In Western Sahara: El Aaiún (Laayoune), Smara, Boujdour, Aousserd; Dakhla, on its peninsula. */
const LAAYOUNE: [number, number] = [-13.2, 27.15];
const IN_WESTERN_SAHARA = {
	Laayoune: LAAYOUNE,
	Smara: [-11.66, 26.74],
	Boujdour: [-14.48, 26.13],
	Aousserd: [-14.32, 22.55]
} satisfies Record<string, [number, number]>;
const DAKHLA: [number, number] = [-15.93, 23.7];
/** In the Golan Heights: Quneitra (in the UN's area of separation since 1974), Katzrin, Majdal Shams. */
const IN_GOLAN = {
	Quneitra: [35.82, 33.13],
	Katzrin: [35.69, 32.99],
	'Majdal Shams': [35.7706, 33.2686]
} satisfies Record<string, [number, number]>;
const TIBERIAS: [number, number] = [35.53, 32.79];
/** 27°40′N, the line between Morocco and Western Sahara. */
const PARALLEL = 27 + 40 / 60;

const inside = (point: [number, number], shape: CountryFeature | undefined) =>
	shape !== undefined && booleanPointInPolygon(point, shape);

describe.each(['110m', '50m', 'story'] as const)('transfers in countries-%s.geojson', (res) => {
	const shapes = countries(res);

	it('draws no part of Morocco south of 27°40′N', () => {
		for (const point of Object.values(IN_WESTERN_SAHARA))
			expect(inside(point, shapes.get('MAR'))).toBe(false);
		const south = Math.min(
			...(shapes.get('MAR')!.geometry as Polygon).coordinates.flat().map((p) => p[1]!)
		);
		expect(south).toBeGreaterThan(PARALLEL - 0.01);
	});

	it('gives the Golan Heights to Syria, not Israel', () => {
		for (const [place, point] of Object.entries(IN_GOLAN)) {
			expect(inside(point, shapes.get('SYR')), place).toBe(true);
			expect(inside(point, shapes.get('ISR')), place).toBe(false);
		}
	});
});

// countries-50m holds the countries of FINE_REGION only: Western Sahara and Israel are not in it.
describe.each(['110m', 'story'] as const)('Western Sahara and Israel at %s', (res) => {
	const shapes = countries(res);

	it('draws the whole of Western Sahara as its own, Dakhla and El Aaiún included', () => {
		for (const [place, point] of Object.entries(IN_WESTERN_SAHARA))
			expect(inside(point, shapes.get('ESH')), place).toBe(true);
		expect(inside(DAKHLA, shapes.get('ESH'))).toBe(true);
		// The UN's list gives it 266,000 km²; Natural Earth's east of the berm alone was about 97,000.
		expect(area(shapes.get('ESH')!) / 1e6).toBeGreaterThan(250_000);
	});

	it('keeps Israel within its line of before June 1967 at the Sea of Galilee', () => {
		expect(inside(TIBERIAS, shapes.get('ISR'))).toBe(true);
	});

	it('draws a border along 27°40′N and none through Western Sahara or Syria, where Natural Earth drew the berm and the 1974 line', () => {
		const points = borders(res).flatMap((f) => f.geometry.coordinates.flat());
		const onParallel = points.filter(([x, y]) => x! < -8.6 && Math.abs(y! - PARALLEL) < 0.01);
		expect(onParallel.length).toBeGreaterThanOrEqual(2);
		const within = (id: string) =>
			points.filter((p) => booleanPointInPolygon(p, shapes.get(id)!, { ignoreBoundary: true }));
		expect(within('ESH')).toEqual([]);
		// East of the line of before 1967 (about 35.64°E), where Natural Earth drew Israel's edge.
		const golan = points.filter(([x, y]) => x! > 35.7 && x! < 35.85 && y! > 32.75 && y! < 33.25);
		expect(golan).toEqual([]);
	});
});

describe('the neighbours the transfers leave', () => {
	const byId = new Map(facts().map((c) => [c.id, c]));

	it('gives Western Sahara its borders with Morocco, Algeria and Mauritania', () => {
		expect(byId.get('ESH')!.neighbours).toEqual(['DZA', 'MAR', 'MRT']);
		expect(byId.get('MAR')!.neighbours).toEqual(['DZA', 'ESH']);
	});

	it('keeps Israel and Syria neighbours along the line of before 1967', () => {
		expect(byId.get('ISR')!.neighbours).toContain('SYR');
		expect(byId.get('SYR')!.neighbours).toContain('ISR');
	});

	it('draws the Golan Heights in areas.geojson as occupied, Syria’s, held by Israel', () => {
		const golan = readOutput('areas.geojson').features.find(
			(f) => f.properties!.id === 'golan-heights'
		) as Feature<Polygon | MultiPolygon>;
		expect(golan.properties).toMatchObject({
			status: 'occupied',
			sovereign: 'SYR',
			held_by: 'ISR'
		});
		expect(booleanPointInPolygon(IN_GOLAN.Katzrin, golan)).toBe(true);
		expect(booleanPointInPolygon(TIBERIAS, golan)).toBe(false);
	});
});

describe('applyTransfers', () => {
	const source = (name: string) => JSON.parse(readFileSync(`${ROOT}geo/${name}`, 'utf8'));
	const names = source('names.json');
	const transfers = transfersOf(source('countries.json'), source('areas.json').areas);
	const before = readAtlas('50m') as Topology;
	const after = applyTransfers(readAtlas('50m'), transfers, names, 'test') as Topology;
	const shapes = (topology: Topology) =>
		new Map(
			(topology.objects.countries as GeometryCollection<{ name: string }>).geometries.map((g) => [
				(g.properties as { name: string }).name,
				feature(topology, g) as unknown as Feature<Polygon | MultiPolygon>
			])
		);

	it('leaves every country the transfers do not touch exactly as world-atlas draws it', () => {
		const [old, now] = [shapes(before), shapes(after)];
		const touched = ['Morocco', 'W. Sahara', 'Israel', 'Syria'];
		// Algeria, Lebanon and Jordan gain the new lines' ends as vertices; their land is the same.
		const noded = ['Algeria', 'Lebanon', 'Jordan'];
		for (const [name, shape] of old) {
			if (touched.includes(name)) continue;
			if (noded.includes(name)) {
				const change = Math.abs(area(now.get(name)!) - area(shape)) / area(shape);
				expect(change, name).toBeLessThan(1e-6);
			} else expect(now.get(name), name).toEqual(shape);
		}
	});

	it('gives the whole of Morocco’s shape to the two of them, with no sliver or gap', () => {
		const [old, now] = [shapes(before), shapes(after)];
		const total = (m: typeof old) => area(m.get('Morocco')!) + area(m.get('W. Sahara')!);
		expect(Math.abs(total(now) - total(old)) / total(old)).toBeLessThan(1e-6);
		const golan = (m: typeof old) => area(m.get('Israel')!) + area(m.get('Syria')!);
		expect(Math.abs(golan(now) - golan(old)) / golan(old)).toBeLessThan(1e-6);
		expect(booleanPointInPolygon(LAAYOUNE, now.get('W. Sahara')!)).toBe(true);
	});

	it('keeps what lies within each outline as an object of its own, for the area drawn from it', () => {
		const ids = (name: string) =>
			(after.objects[name] as GeometryCollection<{ id: string }>).geometries.map(
				(p) => (p.properties as { id: string }).id
			);
		expect(ids('transferred')).toEqual(['western-sahara', 'golan-heights']);
		// Where Natural Earth 4.1.0 draws Israel's edge east of the later outline's.
		expect(ids('cutOff')).toEqual(['golan-heights']);
	});
});
