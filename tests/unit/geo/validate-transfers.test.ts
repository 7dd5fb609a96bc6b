import { describe, expect, it } from 'vitest';
import { validateFacts } from '../../../geo/lib/validate-facts.js';
import { validateAreas } from '../../../geo/lib/validate-areas.js';
import { problemsOf } from './helpers';

const ids = new Set(['ESH', 'ISR', 'MAR', 'SYR']);
/** A box south of 27°40′N, as geo/countries.json has it. */
const SOUTH_OF_PARALLEL: [number, number][] = [
	[-18, 20],
	[-8, 20],
	[-8, 27.666667],
	[-18, 27.666667],
	[-18, 20]
];

describe('validateFacts: transfers', () => {
	const FACTS = 'geo/countries.json';
	const westernSahara = () => ({
		id: 'western-sahara',
		from: 'MAR',
		to: 'ESH',
		keep: [-6.84, 34.02],
		outline: SOUTH_OF_PARALLEL,
		source: 'un'
	});
	const facts = (transfers: unknown) => ({ sources: { un: 'UN' }, territories: [], transfers });

	it('accepts a transfer and returns it', () => {
		expect(validateFacts(facts([westernSahara()]), FACTS, ids).transfers).toEqual([
			westernSahara()
		]);
	});

	it('names an open ring, a repeated id, countries not in the map data, a transfer to itself and an unknown source', () => {
		const wrong = {
			...westernSahara(),
			from: 'XYZ',
			to: 'XYZ',
			source: 'wiki',
			outline: SOUTH_OF_PARALLEL.slice(0, 4)
		};
		const at = 'geo/countries.json: transfers entry "western-sahara" (index 1)';
		expect(
			problemsOf(() => validateFacts(facts([westernSahara(), wrong]), FACTS, ids)).split('\n')
		).toEqual([
			`${at}: "outline" is [[-18,20],[-8,20],[-8,27.666667],[-18,27.666667]]; expected a closed ring, whose last point is its first`,
			`${at}: duplicate id "western-sahara"; expected each transfer once (first at index 0)`,
			`${at}: "from" is "XYZ", not a country in the map data; expected an id such as "MAR"`,
			`${at}: "to" is "XYZ", not a country in the map data; expected an id such as "MAR"`,
			`${at}: "to" is "from" again; expected another country`,
			`${at}: "source" is "wiki"; expected a key of "sources" (un)`
		]);
	});

	it('rejects transfers that are not a list', () => {
		expect(problemsOf(() => validateFacts(facts({}), FACTS, ids))).toBe(
			'geo/countries.json: "transfers" is {}; expected an array of { id, from, to, keep, outline, source }'
		);
	});
});

describe('validateAreas: an area made "outline"', () => {
	const AREAS = 'geo/areas.json';
	const golan = () => ({
		id: 'golan-heights',
		name: 'Golan Heights',
		status: 'occupied',
		sovereign: 'SYR',
		held_by: 'ISR',
		since: '1967-06-10',
		source: 'unsc',
		shape: {
			method: 'outline',
			country: 'ISR',
			keep: [34.78, 32.08],
			outline: [
				[35.6, 32.7],
				[35.9, 32.7],
				[35.9, 33.4],
				[35.6, 32.7]
			],
			source: 'ne'
		}
	});

	it('accepts it, its outline citing a source of its own', () => {
		const data = { sources: { unsc: 'S/RES/497', ne: 'Natural Earth' }, areas: [golan()] };
		expect(validateAreas(data, AREAS, ids)).toEqual([golan()]);
	});

	it('names a point out of range and an outline whose source is not cited', () => {
		const area = golan();
		area.shape.keep = [200, 0];
		expect(
			problemsOf(() =>
				validateAreas({ sources: { unsc: 'S/RES/497' }, areas: [area] }, AREAS, ids)
			).split('\n')
		).toEqual([
			'geo/areas.json: areas entry "golan-heights" (index 0): "shape": "keep" is [200,0]; expected [longitude, latitude] in degrees (-180..180, -90..90)',
			'geo/areas.json: areas entry "golan-heights" (index 0): "shape": "source" is "ne"; expected a key of "sources" (unsc)'
		]);
	});
});
