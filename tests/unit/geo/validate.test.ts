import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import { parseJsonSource, readJsonSource } from '../../../geo/lib/sources.js';
import { validatePlaces } from '../../../geo/lib/validate-places.js';
import { validateFacts } from '../../../geo/lib/validate-facts.js';
import { validateNames } from '../../../geo/lib/validate-names.js';
import { validateGroups } from '../../../geo/lib/validate-groups.js';
import { validateAreas } from '../../../geo/lib/validate-areas.js';
import { readAtlas } from '../../../geo/lib/atlas.js';
import { problemsOf } from './helpers';

const FILE = 'geo/places.json';

/** Two square "countries" meeting at longitude 6.5: FRA to the west, CHE to the east. */
const shapes = new Map(
	[
		['FRA', [-5, 42, 6.5, 51]],
		['CHE', [6.5, 45.8, 10.5, 47.8]]
	].map(([id, box]) => {
		const square = bboxPolygon(box as [number, number, number, number]);
		return [id as string, { ...square, properties: { id: id as string } }];
	})
);

const zurich = {
	id: 'zurich',
	name: 'Zurich',
	country: 'CHE',
	coordinates: [8.54, 47.37],
	source: 'fixture'
};

describe('validatePlaces', () => {
	it('accepts a well-formed gazetteer and returns it', () => {
		expect(validatePlaces([zurich], FILE, shapes)).toEqual([zurich]);
	});

	it('names the file, the entry and the expected country when a place lies in another country', () => {
		const geneva = {
			id: 'geneva',
			name: 'Geneva',
			country: 'CHE',
			coordinates: [6.14, 46.2],
			source: 'fixture'
		};
		expect(problemsOf(() => validatePlaces([zurich, geneva], FILE, shapes))).toBe(
			'geo/places.json: entry "geneva" (index 1): coordinates [6.14, 46.2] lie outside CHE\'s shape ' +
				'(they are in FRA\'s shape); expected a point inside the country named by "country"'
		);
	});

	it('accepts a coastal place just off its country’s shape and in no other, but not one far out', () => {
		const nearby = { ...zurich, id: 'nearby', coordinates: [10.53, 47] }; // about 2 km east of CHE
		const faraway = { ...zurich, id: 'faraway', coordinates: [11.5, 47] };
		expect(() => validatePlaces([nearby], FILE, shapes)).not.toThrow();
		expect(problemsOf(() => validatePlaces([faraway], FILE, shapes))).toMatch(
			/^geo\/places\.json: entry "faraway" \(index 0\): coordinates \[11\.5, 47\] lie outside CHE's shape \(7\d\.\d km from it, in no country\)/
		);
	});

	it('rejects an unknown country id', () => {
		expect(problemsOf(() => validatePlaces([{ ...zurich, country: 'XYZ' }], FILE, shapes))).toBe(
			'geo/places.json: entry "zurich" (index 0): "country" is "XYZ"; expected the id of a country in the map data (ISO 3166-1 alpha-3, e.g. "CHE")'
		);
	});

	it('rejects a duplicate id, naming where it was first used', () => {
		expect(problemsOf(() => validatePlaces([zurich, zurich], FILE, shapes))).toBe(
			'geo/places.json: entry "zurich" (index 1): duplicate id "zurich"; expected each id once (first at index 0)'
		);
	});

	it.each([
		['out of range', [200, 46]],
		['swapped into a latitude beyond 90', [8.54, 147.37]],
		['a string', '8.54, 47.37'],
		['one number', [8.54]],
		['missing', undefined]
	])('rejects coordinates that are %s', (_what, coordinates) => {
		expect(problemsOf(() => validatePlaces([{ ...zurich, coordinates }], FILE, shapes))).toMatch(
			/^geo\/places\.json: entry "zurich" \(index 0\): "coordinates" is .*; expected \[longitude, latitude\] in degrees \(-180\.\.180, -90\.\.90\)$/
		);
	});

	it('rejects a misspelt field, a missing name and a bad id, all in one message', () => {
		const message = problemsOf(() =>
			validatePlaces(
				[
					{
						id: 'Zurich!',
						coordinate: [8.54, 47.37],
						country: 'CHE',
						coordinates: [8.54, 47.37],
						source: 'x'
					}
				],
				FILE,
				shapes
			)
		);
		expect(message.split('\n')).toEqual([
			'geo/places.json: entry "Zurich!" (index 0): unknown field(s) "coordinate"; expected only id, name, label, country, coordinates, source',
			'geo/places.json: entry "Zurich!" (index 0): "id" is "Zurich!"; expected a lower-case slug such as "nur-sultan"',
			'geo/places.json: entry "Zurich!" (index 0): "name" is undefined; expected a non-empty string'
		]);
	});

	it('rejects a file that is not an array', () => {
		expect(problemsOf(() => validatePlaces({ places: [] }, FILE, shapes))).toBe(
			'geo/places.json: top level is {"places":[]}; expected an array of places'
		);
	});
});

describe('validateFacts', () => {
	const FACTS = 'geo/countries.json';
	const ids = new Set(['BEL', 'DNK', 'FIN', 'GRL']);
	const valid = () => ({
		sources: { ne: 'Natural Earth' },
		territories: [{ id: 'GRL', of: 'DNK', source: 'ne' }]
	});

	it('accepts well-formed facts and returns them', () => {
		expect(validateFacts(valid(), FACTS, ids)).toEqual(valid());
	});

	it('rejects memberships, which belong in groups.json now', () => {
		expect(problemsOf(() => validateFacts({ ...valid(), memberships: {} }, FACTS, ids))).toBe(
			'geo/countries.json: unknown field(s) "memberships"; expected only sources, territories, transfers'
		);
	});

	it('rejects a territory whose id or sovereign is not a country of the map data, naming the entry', () => {
		const data = valid();
		data.territories.push({ id: 'XYZ', of: 'DNK', source: 'ne' });
		data.territories.push({ id: 'FIN', of: 'SWE', source: 'ne' });
		expect(problemsOf(() => validateFacts(data, FACTS, ids)).split('\n')).toEqual([
			'geo/countries.json: territories entry "XYZ" (index 1): id "XYZ" is not a country in the map data; expected an id such as "GRL"',
			'geo/countries.json: territories entry "FIN" (index 2): "of" is "SWE"; expected the id of another country in the map data, the sovereign state, e.g. "DNK"'
		]);
	});

	it('rejects a duplicate territory, one of itself, an unknown source and a missing list', () => {
		const data = valid();
		data.territories.push({ id: 'GRL', of: 'GRL', source: 'wiki' });
		expect(problemsOf(() => validateFacts(data, FACTS, ids)).split('\n')).toEqual([
			'geo/countries.json: territories entry "GRL" (index 1): duplicate id "GRL"; expected each territory once (first at index 0)',
			'geo/countries.json: territories entry "GRL" (index 1): "of" is "GRL"; expected the id of another country in the map data, the sovereign state, e.g. "DNK"',
			'geo/countries.json: territories entry "GRL" (index 1): "source" is "wiki"; expected a key of "sources" (ne)'
		]);
		expect(
			problemsOf(() => validateFacts({ ...valid(), territories: undefined }, FACTS, ids))
		).toBe(
			'geo/countries.json: "territories" is undefined; expected an array of { id, of, source }'
		);
	});
});

describe('validateGroups', () => {
	const GROUPS = 'geo/groups.json';
	const ids = new Set(['BEL', 'FIN', 'GBR']);
	const valid = () => ({
		sources: { nato: 'NATO member countries', eu: 'EU countries' },
		groups: [
			{
				id: 'NATO',
				name: 'NATO',
				full_name: 'North Atlantic Treaty Organization',
				members: [{ country: 'BEL', joined: '1949-08-24', source: 'nato' }] as Record<
					string,
					string
				>[],
				partners: [{ country: 'FIN', as_of: '2022-01', source: 'nato' }]
			},
			{
				id: 'EU',
				name: 'EU',
				full_name: 'European Union',
				members: [
					{ country: 'GBR', joined: '1973-01-01', left: '2020-02-01', source: 'eu' }
				] as Record<string, string>[]
			}
		]
	});

	it('accepts well-formed groups and returns them', () => {
		expect(validateGroups(valid(), GROUPS, ids)).toEqual(valid());
	});

	it('names the group, the member and the field of an impossible date, an unknown source and a stray field', () => {
		const data = valid();
		data.groups[0]!.members.push({
			country: 'FIN',
			joined: '2023-02-30',
			source: 'wiki',
			year: '2023'
		});
		expect(problemsOf(() => validateGroups(data, GROUPS, ids)).split('\n')).toEqual([
			'geo/groups.json: groups entry "NATO" (index 0): members entry "FIN" (index 1): "joined" is "2023-02-30"; expected a YYYY-MM-DD calendar date',
			'geo/groups.json: groups entry "NATO" (index 0): members entry "FIN" (index 1): unknown field(s) "year"; expected only the fields geo/README.md lists',
			'geo/groups.json: groups entry "NATO" (index 0): members entry "FIN" (index 1): "source" is "wiki"; expected a key of "sources" (nato, eu)'
		]);
	});

	it('rejects leaving before joining, and a group id not written in capitals', () => {
		const data = valid();
		data.groups[1]!.members[0]!.left = '1972-12-31';
		data.groups[1]!.id = 'eu';
		expect(problemsOf(() => validateGroups(data, GROUPS, ids)).split('\n')).toEqual([
			'geo/groups.json: groups entry "eu" (index 1): "id" is "eu"; expected an upper-case id as commonly written, e.g. "NATO"',
			'geo/groups.json: groups entry "eu" (index 1): members entry "GBR" (index 0): "left" is "1972-12-31"; expected "left" after "joined"'
		]);
	});

	it('rejects a country not in the map data, overlapping memberships and a duplicate group', () => {
		const data = valid();
		data.groups[0]!.members.push({ country: 'XYZ', joined: '1999-03-12', source: 'nato' });
		data.groups[1]!.members.push({ country: 'GBR', joined: '2019-01-01', source: 'eu' });
		data.groups.push({ ...valid().groups[0]!, partners: [] });
		expect(problemsOf(() => validateGroups(data, GROUPS, ids)).split('\n')).toEqual([
			'geo/groups.json: groups entry "NATO" (index 0): members entry "XYZ" (index 1): "country" is "XYZ", not a country in the map data; expected an id such as "BEL"',
			'geo/groups.json: groups entry "EU" (index 1): members entry "GBR" (index 1): overlaps the membership at index 0; expected one membership of "GBR" at a time',
			'geo/groups.json: groups entry "NATO" (index 2): duplicate id "NATO"; expected each group once (first at index 0)'
		]);
	});
});

describe('validateAreas', () => {
	const AREAS = 'geo/areas.json';
	const ids = new Set(['KAZ', 'RUS', 'UKR']);
	const crimea = () => ({
		id: 'crimea',
		name: 'Crimea',
		status: 'annexed',
		sovereign: 'UKR',
		held_by: 'RUS',
		since: '2014-03-18',
		source: 'un',
		shape: { method: 'polygon-of', country: 'RUS', point: [34.1, 44.95] }
	});
	const valid = () => ({ sources: { un: 'A/RES/68/262' }, areas: [crimea()] });

	it('accepts well-formed areas and returns them sorted by id', () => {
		const baikonur = {
			...crimea(),
			id: 'baikonur',
			sovereign: 'KAZ',
			status: 'leased',
			shape: { method: 'unit', natural_earth_name: 'Baikonur' }
		};
		const data = { ...valid(), areas: [crimea(), baikonur] };
		expect(validateAreas(data, AREAS, ids).map((a) => a.id)).toEqual(['baikonur', 'crimea']);
	});

	it('names the area and field of an unknown status, a bad date and a shape without a method', () => {
		const data = valid();
		Object.assign(data.areas[0]!, {
			status: 'annexd',
			since: '2014-03',
			shape: { country: 'RUS' }
		});
		expect(problemsOf(() => validateAreas(data, AREAS, ids)).split('\n')).toEqual([
			'geo/areas.json: areas entry "crimea" (index 0): "status" is "annexd"; expected one of annexed, occupied, disputed, leased',
			'geo/areas.json: areas entry "crimea" (index 0): "since" is "2014-03"; expected a YYYY-MM-DD calendar date',
			'geo/areas.json: areas entry "crimea" (index 0): "shape": "method" is undefined; expected a shape with "method" "polygon-of", "unit" or "outline"'
		]);
	});

	it('rejects a sovereign that is not a country of the map data and a holder that is the sovereign', () => {
		const data = valid();
		Object.assign(data.areas[0]!, { sovereign: 'UKX', held_by: 'UKX' });
		expect(problemsOf(() => validateAreas(data, AREAS, ids)).split('\n')).toEqual([
			'geo/areas.json: areas entry "crimea" (index 0): "sovereign" is "UKX", not a country in the map data; expected an id such as "UKR"',
			'geo/areas.json: areas entry "crimea" (index 0): "held_by" is "UKX", not a country in the map data; expected an id such as "UKR"',
			'geo/areas.json: areas entry "crimea" (index 0): "held_by" is its sovereign "UKX"; expected another state, or no "held_by"'
		]);
	});
});

describe('validateNames', () => {
	const NAMES = 'geo/names.json';
	const atlas = readAtlas('50m');
	const kosovo = { naturalEarthName: 'Kosovo', id: 'XKX', note: 'user-assigned' };

	it('rejects an id entry for a name Natural Earth does not have', () => {
		const data = { ids: [{ ...kosovo, naturalEarthName: 'Kosova' }], names: [] };
		expect(problemsOf(() => validateNames(data, NAMES, atlas))).toBe(
			'geo/names.json: ids entry "XKX" (index 0): naturalEarthName "Kosova" is no country of world-atlas countries-50m; expected its "name", e.g. "Kosovo"'
		);
	});

	it('rejects a name for an id no country has, and a duplicate', () => {
		const data = {
			ids: [kosovo],
			names: [
				{ id: 'XKX', name: 'Kosovo' },
				{ id: 'XKX', name: 'Republic of Kosovo' },
				{ id: 'XYZ', name: 'Nowhere' }
			]
		};
		expect(problemsOf(() => validateNames(data, NAMES, atlas)).split('\n')).toEqual([
			'geo/names.json: names entry "XKX" (index 1): duplicate id "XKX"; expected one name per country',
			'geo/names.json: names entry "XYZ" (index 2): id "XYZ" is not a country of the map data; expected an id such as "BIH"'
		]);
	});
});

describe('reading source files', () => {
	const dir = mkdtempSync(join(tmpdir(), 'geo-src-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('names the file, line and column when its JSON is malformed', () => {
		expect(problemsOf(() => parseJsonSource('[{ "id": "brussels", }]', FILE))).toBe(
			'geo/places.json:1:22: not valid JSON (found "}"); expected a JSON document'
		);
		expect(problemsOf(() => parseJsonSource('[\n  { "id": brussels }\n]', FILE))).toBe(
			'geo/places.json:2:11: not valid JSON (found "b"); expected a JSON document'
		);
		expect(problemsOf(() => parseJsonSource('[\n  {}', FILE))).toBe(
			'geo/places.json:2:5: not valid JSON (found the end of the file); expected a JSON document'
		);
	});

	it('names the file when it is missing', () => {
		expect(problemsOf(() => readJsonSource(dir, 'places.json'))).toBe(
			`${join(dir, 'places.json')}: file not found; expected the places.json source file`
		);
	});

	it('reads and parses a well-formed file', () => {
		writeFileSync(join(dir, 'places.json'), '[]');
		expect(readJsonSource(dir, 'places.json').data).toEqual([]);
	});
});
