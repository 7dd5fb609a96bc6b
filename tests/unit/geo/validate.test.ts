import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import { parseJsonSource, readJsonSource } from '../../../geo/lib/sources.js';
import { validatePlaces } from '../../../geo/lib/validate-places.js';
import { validateFacts } from '../../../geo/lib/validate-facts.js';
import { validateNames } from '../../../geo/lib/validate-names.js';
import { readAtlas } from '../../../geo/lib/atlas.js';

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

function problemsOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected the validator to throw');
}

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
			/^geo\/places\.json: entry "zurich" \(index 0\): "coordinates" are .*; expected \[longitude, latitude\] in degrees \(-180\.\.180, -90\.\.90\)$/
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
		sources: { nato: 'NATO member countries' },
		memberships: { NATO: [{ id: 'BEL', joined: '1949-08-24', source: 'nato' }] },
		partnerships: { NATO: [{ id: 'FIN', asOf: '2022-01', source: 'nato' }] },
		territories: [{ id: 'GRL', of: 'DNK', source: 'nato' }]
	});

	it('accepts well-formed facts and returns them', () => {
		expect(validateFacts(valid(), FACTS, ids)).toEqual(valid());
	});

	it('rejects a membership id that is not a country of the map data', () => {
		const data = valid();
		data.memberships.NATO.push({ id: 'XYZ', joined: '1999-03-12', source: 'nato' });
		expect(problemsOf(() => validateFacts(data, FACTS, ids))).toBe(
			'geo/countries.json: memberships.NATO entry "XYZ" (index 1): id "XYZ" is not a country in the map data; expected an ISO 3166-1 alpha-3 id such as "BEL"'
		);
	});

	it('rejects a duplicate member, an impossible date and an unknown source', () => {
		const data = valid();
		data.memberships.NATO.push({ id: 'BEL', joined: '2023-02-30', source: 'wiki' });
		expect(problemsOf(() => validateFacts(data, FACTS, ids)).split('\n')).toEqual([
			'geo/countries.json: memberships.NATO entry "BEL" (index 1): duplicate id "BEL"; expected each country once per organisation (first at index 0)',
			'geo/countries.json: memberships.NATO entry "BEL" (index 1): "joined" is "2023-02-30"; expected a YYYY-MM-DD calendar date',
			'geo/countries.json: memberships.NATO entry "BEL" (index 1): "source" is "wiki"; expected a key of "sources" (nato)'
		]);
	});

	it('rejects a partnership month that is not YYYY-MM', () => {
		const data = valid();
		data.partnerships.NATO[0]!.asOf = 'January 2022';
		expect(problemsOf(() => validateFacts(data, FACTS, ids))).toBe(
			'geo/countries.json: partnerships.NATO entry "FIN" (index 0): "asOf" is "January 2022"; expected a YYYY-MM month'
		);
	});

	it('rejects a territory whose id or sovereign is not a country of the map data, naming the entry', () => {
		const data = valid();
		data.territories.push({ id: 'XYZ', of: 'DNK', source: 'nato' });
		data.territories.push({ id: 'FIN', of: 'SWE', source: 'nato' });
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
			'geo/countries.json: territories entry "GRL" (index 1): "source" is "wiki"; expected a key of "sources" (nato)'
		]);
		expect(
			problemsOf(() => validateFacts({ ...valid(), territories: undefined }, FACTS, ids))
		).toBe(
			'geo/countries.json: "territories" is undefined; expected an array of { id, of, source }'
		);
	});

	it('rejects memberships that are not grouped by organisation', () => {
		expect(problemsOf(() => validateFacts({ ...valid(), memberships: [] }, FACTS, ids))).toBe(
			'geo/countries.json: "memberships" is []; expected an object of arrays by organisation, e.g. { "NATO": [...] }'
		);
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
