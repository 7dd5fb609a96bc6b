/** A small registry for parser and scene tests: a few places and countries, no files. */
import { makeRegistry } from '../../../src/lib/story/registry';

export const registry = makeRegistry(
	[
		{ id: 'geneva', name: 'Geneva', country: 'CHE', coordinates: [6.1432, 46.2044] },
		{ id: 'brussels', name: 'Brussels', country: 'BEL', coordinates: [4.426, 50.8794] },
		{ id: 'kyiv', name: 'Kyiv', country: 'UKR', coordinates: [30.5234, 50.4501] }
	],
	[
		{
			id: 'CHE',
			name: 'Switzerland',
			bbox: [5.9, 45.8, 10.5, 47.8],
			label: [8.2, 46.8],
			neighbours: [],
			memberships: []
		},
		{
			id: 'BEL',
			name: 'Belgium',
			bbox: [2.5, 49.5, 6.4, 51.5],
			neighbours: [],
			memberships: [{ org: 'NATO', joined: '1949-08-24' }]
		},
		{
			id: 'UKR',
			name: 'Ukraine',
			bbox: [22.1, 44.4, 40.2, 52.4],
			label: [31.2, 49.1],
			neighbours: [],
			memberships: []
		},
		{
			id: 'DNK',
			name: 'Denmark',
			bbox: [8, 54.5, 15.2, 57.8],
			frame: [8, 54.5, 10.9, 57.8],
			neighbours: [],
			memberships: [{ org: 'NATO', joined: '1949-08-24' }]
		},
		{
			id: 'GRL',
			name: 'Greenland',
			bbox: [-73, 59.8, -12, 83.6],
			neighbours: [],
			memberships: [],
			territoryOf: 'DNK'
		},
		{
			id: 'FIN',
			name: 'Finland',
			bbox: [20.6, 59.8, 31.6, 70.1],
			neighbours: [],
			memberships: [{ org: 'NATO', joined: '2023-04-04' }]
		}
	]
);

/** A valid story source; tests break one thing at a time. */
export const validStory = `slug: test-story
title: A test
standfirst: Testing.
as_of: "2022-01-07"
source:
  headline: A test
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
      crimea: true
`;
