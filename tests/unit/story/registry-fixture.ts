/** A small registry for parser and scene tests: a few places, countries, groups and areas, no files. */
import { makeRegistry } from '../../../src/lib/story/registry';
import type { Bounds, LonLat } from '../../../src/lib/story/types';
import type { Country } from '../../../src/lib/story/registry';

const inBox = ([lon, lat]: LonLat, [w, s, e, n]: Bounds) =>
	lon >= w && lon <= e && lat >= s && lat <= n;

const places: { id: string; name: string; country: string; coordinates: LonLat }[] = [
	{ id: 'geneva', name: 'Geneva', country: 'CHE', coordinates: [6.1432, 46.2044] },
	{ id: 'brussels', name: 'Brussels', country: 'BEL', coordinates: [4.426, 50.8794] },
	{ id: 'kyiv', name: 'Kyiv', country: 'UKR', coordinates: [30.5234, 50.4501] }
];

const nations: Country[] = [
	{
		id: 'CHE',
		name: 'Switzerland',
		bbox: [5.9, 45.8, 10.5, 47.8],
		label: [8.2, 46.8],
		neighbours: []
	},
	{
		id: 'BEL',
		name: 'Belgium',
		bbox: [2.5, 49.5, 6.4, 51.5],
		neighbours: []
	},
	{
		id: 'UKR',
		name: 'Ukraine',
		bbox: [22.1, 44.4, 40.2, 52.4],
		label: [31.2, 49.1],
		neighbours: []
	},
	{
		id: 'DNK',
		name: 'Denmark',
		bbox: [8, 54.5, 15.2, 57.8],
		frame: [8, 54.5, 10.9, 57.8],
		neighbours: []
	},
	{
		id: 'GRL',
		name: 'Greenland',
		bbox: [-73, 59.8, -12, 83.6],
		neighbours: [],
		territoryOf: 'DNK'
	},
	{ id: 'KAZ', name: 'Kazakhstan', bbox: [46.5, 40.6, 87.3, 55.4], neighbours: [] },
	{ id: 'RUS', name: 'Russia', bbox: [19.6, 41.2, 190, 81.9], neighbours: [] },
	{
		id: 'FIN',
		name: 'Finland',
		bbox: [20.6, 59.8, 31.6, 70.1],
		neighbours: []
	}
];

export const registry = makeRegistry({
	places,
	countries: nations,
	groups: [
		{
			id: 'NATO',
			name: 'NATO',
			members: [
				{ country: 'BEL', joined: '1949-08-24', source: 'fixture' },
				{ country: 'DNK', joined: '1949-08-24', source: 'fixture' },
				{ country: 'FIN', joined: '2023-04-04', source: 'fixture' }
			]
		},
		{
			id: 'CSTO',
			name: 'CSTO',
			members: [
				{ country: 'KAZ', joined: '2003-09-18', source: 'fixture' },
				{ country: 'RUS', joined: '2003-09-18', source: 'fixture' }
			]
		}
	],
	areas: [
		{
			id: 'crimea',
			name: 'Crimea',
			status: 'annexed',
			sovereign: 'UKR',
			heldBy: 'RUS',
			since: '2014-03-18',
			bbox: [32.5, 44.4, 36.6, 46.2]
		}
	],
	// The fixture's shapes are the countries' boxes.
	contains: (id, point) => {
		const c = nations.find((n) => n.id === id);
		return c ? inBox(point, c.bbox) : undefined;
	}
});

/** A valid story source; tests break one thing at a time. */
export const validStory = `slug: test-story
title: A test
standfirst: Testing.
as_of: "2022-01-07"
source:
  headline: A test
  credit: 'Text: made up for tests.'
  note: Made up for tests.
mends:
  - step: first
    found: "Hello. ."
    mended: "Hello."
    why: doubled full stop
steps:
  - id: first
    when: Monday
    text: |
      Hello.

      Second *paragraph*.
    map:
      focus: [geneva, UKR]
      highlight: [UKR]
      markers: [geneva]
      notes:
        geneva: Mon 10 Jan
  - id: second
    text: World.
    map:
      camera: { center: [4, 50], zoom: 4 }
      shade: NATO
      areas: [crimea]
`;
