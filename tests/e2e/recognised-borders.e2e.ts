/**
 * The live map draws internationally recognised borders: checked on the data the page really
 * loads for its map (whatever the geo pipeline wrote), once the map has drawn it.
 */
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { expect, mapReady, STORY, test, ONE_SIZE } from './fixtures';

const KYRENIA: [number, number] = [33.32, 35.34];
const FAMAGUSTA: [number, number] = [33.94, 35.12];
const HARGEISA: [number, number] = [44.06, 9.56];
const MOGADISHU: [number, number] = [45.32, 2.05];
/** The island of Cyprus: it has no land border with any state, so no border line belongs here. */
const CYPRUS_BOX = { west: 32.2, south: 34.5, east: 34.7, north: 35.75 };

test(
	'the live map draws Cyprus whole and Somaliland within Somalia, with no border across Cyprus',
	{ tag: ONE_SIZE },
	async ({ page }) => {
		const loaded = page.waitForResponse((r) =>
			/\/data\/story-map\.json$/.test(new URL(r.url()).pathname)
		);
		await page.goto(STORY);
		const topology = (await (await loaded).json()) as Topology;
		await mapReady(page.getByTestId('story-map'));

		const countries = feature(topology, topology.objects.countries as GeometryCollection)
			.features as Feature<Polygon | MultiPolygon, { id: string }>[];
		const at = (where: [number, number]) =>
			countries.filter((c) => booleanPointInPolygon(point(where), c)).map((c) => c.properties.id);
		expect(at(KYRENIA)).toEqual(['CYP']);
		expect(at(FAMAGUSTA)).toEqual(['CYP']);
		expect(at(HARGEISA)).toEqual(['SOM']);
		expect(at(MOGADISHU)).toEqual(['SOM']);

		const borders = feature(
			topology,
			topology.objects.borders as never
		) as unknown as Feature<MultiLineString>;
		const onCyprus = borders.geometry.coordinates
			.flat()
			.filter(
				([lon, lat]) =>
					lon! > CYPRUS_BOX.west &&
					lon! < CYPRUS_BOX.east &&
					lat! > CYPRUS_BOX.south &&
					lat! < CYPRUS_BOX.north
			);
		expect(onCyprus).toEqual([]);
	}
);
