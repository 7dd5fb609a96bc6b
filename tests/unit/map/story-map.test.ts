import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { STORY_MAP_FILE } from '../../../src/lib/map/data-file';
import { decodeStoryMap } from '../../../src/lib/map/story-map';

const topo = JSON.parse(readFileSync(`static/data/${STORY_MAP_FILE}`, 'utf8')) as Topology;
const geojson = (name: string) =>
	JSON.parse(readFileSync(`static/data/${name}`, 'utf8')) as {
		features: { properties: { id: string } }[];
	};

describe('decodeStoryMap', () => {
	it('gives MapLibre every country and area by id, and the borders as one line feature', async () => {
		const data = await decodeStoryMap(topo, async () => {});
		const ids = (fc: { features: { properties: unknown }[] }) =>
			fc.features.map((f) => (f.properties as { id: string }).id);
		expect(ids(data.countries)).toEqual(ids(geojson('countries-story.geojson')));
		expect(ids(data.areas)).toEqual(ids(geojson('areas.geojson')));
		expect(data.borders.features).toHaveLength(1);
		expect(data.borders.features[0]!.geometry.type).toBe('MultiLineString');
	});

	it('decodes in batches, handing the main thread back between them', async () => {
		let pauses = 0;
		await decodeStoryMap(topo, async () => void pauses++);
		const countries = geojson('countries-story.geojson').features.length;
		// One pause between each two batches of 32 countries, one before the borders and areas,
		// and one before the outlines are worked out.
		expect(pauses).toBe(Math.ceil(countries / 32) + 1);
	});

	it('names the object a broken file lacks', async () => {
		const rest = Object.fromEntries(
			Object.entries(topo.objects).filter(([name]) => name !== 'countries')
		);
		await expect(decodeStoryMap({ ...topo, objects: rest }, async () => {})).rejects.toThrow(
			/story-map\.json has no "countries" object/
		);
	});
});
