import { describe, expect, it } from 'vitest';
import { parseStory, StoryError } from '../../../src/lib/story/parse';
import { sceneForStep } from '../../../src/lib/story/scene';
import { registry, validStory } from './registry-fixture';

const FILE = 'src/content/test.yaml';
const OVERLAYS = 'src/content/test.geojson';

/** A second step's map, swapped into the valid story. */
const withMap = (map: string, extra = '') =>
	validStory
		.replace(
			'      camera: { center: [4, 50], zoom: 4 }\n      shade: NATO\n      areas: [crimea]\n',
			map
		)
		.replace('steps:\n', `${extra}steps:\n`);

const line = (coords: number[][], props: Record<string, unknown>) => ({
	type: 'Feature',
	properties: { source: 'Made up for tests', name: 'A line', ...props },
	geometry: { type: 'LineString', coordinates: coords }
});
const file = (...features: unknown[]) =>
	JSON.stringify({ type: 'FeatureCollection', features }, null, 1);

function problems(source: string, overlays: string | null = null): string[] {
	try {
		parseStory(source, FILE, registry, { file: OVERLAYS, text: overlays });
	} catch (e) {
		if (e instanceof StoryError) return e.problems;
		throw e;
	}
	throw new Error('expected the story to be rejected');
}

const sceneOf = (source: string, overlays: string | null = null, step = 1) => {
	const story = parseStory(source, FILE, registry, { file: OVERLAYS, text: overlays });
	return sceneForStep(story.steps[step]!, story, registry);
};

describe('groups', () => {
	it('shade the members on the step’s own date, so the same group can change between steps', () => {
		const before = sceneOf(withMap('      focus: [BEL]\n      shade: NATO\n'));
		const after = sceneOf(
			withMap('      focus: [BEL]\n      shade: NATO\n      date: "2024-03-07"\n')
		);
		expect(before.shaded).toEqual(['BEL', 'DNK', 'GRL']);
		expect(after.shaded).toEqual(['BEL', 'DNK', 'FIN', 'GRL']);
		expect(after.legend[0]!.label).toBe('NATO members on 7 March 2024 (3 countries)');
	});

	it('give several groups in one step distinct styles and legend entries', () => {
		const scene = sceneOf(withMap('      focus: [BEL]\n      shade: [NATO, CSTO]\n'));
		expect(scene.shades.map((s) => [s.group, s.style])).toEqual([
			['NATO', 0],
			['CSTO', 1]
		]);
		expect(scene.legend.map((l) => l.swatch)).toEqual([
			{ kind: 'group', style: 0 },
			{ kind: 'group', style: 1 }
		]);
		expect(scene.shaded).toEqual(['BEL', 'DNK', 'GRL', 'KAZ', 'RUS']);
	});

	it('reject an unknown group with a suggestion', () => {
		const [message] = problems(withMap('      focus: [BEL]\n      shade: NATOO\n'));
		expect(message).toMatch(
			/step "second" \(step 2\) › map\.shade: found unknown "NATOO"; expected a group id — did you mean "NATO"\?/
		);
	});

	it('reject a date on which the group had no members in the data', () => {
		const [message] = problems(
			withMap('      focus: [BEL]\n      shade: [CSTO]\n      date: "1990-01-01"\n')
		);
		expect(message).toMatch(
			/map\.shade\[0\]: found CSTO on 1990-01-01, when it had no members in the data; expected a date from 2003-09-18/
		);
	});
});

describe('highlight sets', () => {
	it('give each set its own style and legend words', () => {
		const scene = sceneOf(
			withMap(
				'      focus: [BEL]\n      highlight:\n        - countries: [BEL]\n          label: "An ally"\n        - countries: [UKR]\n          label: "A partner"\n'
			)
		);
		expect(scene.highlights).toEqual([
			{ ids: ['BEL'], style: 0 },
			{ ids: ['UKR'], style: 1 }
		]);
		expect(scene.legend.map((l) => [l.swatch, l.label])).toEqual([
			[{ kind: 'highlight', style: 0 }, 'An ally'],
			[{ kind: 'highlight', style: 1 }, 'A partner']
		]);
		expect(scene.highlight).toEqual(['BEL', 'UKR']);
	});

	it('point at the id inside a set when it is unknown', () => {
		const [message] = problems(
			withMap('      focus: [BEL]\n      highlight:\n        - countries: [BEL, UKX]\n')
		);
		expect(message).toMatch(
			/map\.highlight\[0\]\.countries\[1\]: found unknown "UKX"; expected a country id — did you mean "UKR"\?/
		);
	});

	it('allow no more sets than the theme has styles', () => {
		const sets = ['BEL', 'CHE', 'UKR', 'DNK'].map((c) => `        - countries: [${c}]\n`).join('');
		const [message] = problems(withMap(`      focus: [BEL]\n      highlight:\n${sets}`));
		expect(message).toMatch(/map\.highlight: found .*; expected at most 3 highlighted sets/);
	});
});

describe('areas', () => {
	it('hatch an area by id, with its status, sovereign and holder in the legend', () => {
		const scene = sceneOf(withMap('      focus: [crimea]\n      areas: [crimea]\n'));
		expect(scene.areas).toEqual([{ id: 'crimea', label: 'Crimea\n(annexed 2014)' }]);
		expect(scene.legend).toEqual([
			{ swatch: { kind: 'area' }, label: 'Crimea: part of Ukraine, annexed by Russia in 2014' }
		]);
	});

	it('reject an unknown area, and an area on a date before its status began', () => {
		expect(problems(withMap('      focus: [BEL]\n      areas: [crimae]\n'))[0]).toMatch(
			/map\.areas\[0\]: found unknown "crimae"; expected an area id — did you mean "crimea"\?/
		);
		expect(
			problems(withMap('      focus: [BEL]\n      areas: [crimea]\n      date: "2010-01-01"\n'))[0]
		).toMatch(
			/map\.areas\[0\]: found "crimea" on 2010-01-01, before it was annexed \(2014-03-18\)/
		);
	});
});

describe('inline places', () => {
	const own = (coords: string, id = 'aktau', country = 'KAZ') =>
		`places:\n  - id: ${id}\n    name: Aktau\n    coordinates: ${coords}\n    country: ${country}\n    source: "Made up for tests"\n`;

	it('can be focused and marked like gazetteer places', () => {
		const scene = sceneOf(
			withMap('      focus: [aktau]\n      markers: [aktau]\n', own('[51.2, 43.65]'))
		);
		expect(scene.markers).toMatchObject([
			{ id: 'aktau', name: 'Aktau', coordinates: [51.2, 43.65] }
		]);
		expect(scene.description).toContain('Aktau, Kazakhstan');
	});

	it('may not reuse a gazetteer id', () => {
		const [message] = problems(
			withMap('      focus: [geneva]\n', own('[6.1, 46.2]', 'geneva', 'CHE'))
		);
		expect(message).toMatch(
			/places\[0\]\.id: found "geneva", which the gazetteer \(geo\/places\.json\) already has/
		);
	});

	it('must lie in the country they claim', () => {
		const [message] = problems(withMap('      focus: [aktau]\n', own('[6.1, 46.2]')));
		expect(message).toMatch(
			/places\[0\]\.coordinates: found \[6\.1, 46\.2\], which lies outside Kazakhstan; expected a position in the country the place claims/
		);
	});
});

describe('overlays', () => {
	const arrow = line(
		[
			[37.6, 55.7],
			[76.9, 43.2]
		],
		{ id: 'airlift', role: 'movement', arrow: true, name: 'Troops flown in' }
	);

	it('draw the features a step names, with an arrowhead pointing along the line’s last leg', () => {
		const scene = sceneOf(withMap('      focus: [BEL]\n      overlays: [airlift]\n'), file(arrow));
		expect(scene.overlays).toHaveLength(1);
		const [head] = scene.overlays[0]!.arrowheads;
		expect(head!.at).toEqual([76.9, 43.2]);
		// South-east on a Mercator map: between 90° (east) and 180° (south).
		expect(head!.angle).toBeGreaterThan(90);
		expect(head!.angle).toBeLessThan(180);
		expect(scene.legend).toEqual([
			{ swatch: { kind: 'overlay', role: 'movement' }, label: 'Troops flown in' }
		]);
	});

	it('fail when the overlay file is missing', () => {
		const [message] = problems(withMap('      focus: [BEL]\n      overlays: [airlift]\n'));
		expect(message).toMatch(
			/map\.overlays\[0\]: found overlay "airlift" but no overlay file; expected src\/content\/test\.geojson beside the story/
		);
	});

	it('fail on an unknown role, naming the overlay file’s line and suggesting the role', () => {
		const broken = file(
			line(
				[
					[0, 0],
					[1, 1]
				],
				{ id: 'x', role: 'movment' }
			)
		);
		const [message] = problems(withMap('      focus: [BEL]\n      overlays: [x]\n'), broken);
		expect(message).toMatch(
			/^src\/content\/test\.geojson:\d+:\d+: features\[0\]\.properties\.role: found unknown "movment"; expected one of movement, route, zone, site — did you mean "movement"\?/
		);
	});

	it('fail on a duplicate feature id and on invalid geometry', () => {
		const broken = file(
			line(
				[
					[0, 0],
					[1, 1]
				],
				{ id: 'x', role: 'route' }
			),
			line(
				[
					[0, 0],
					[1, 1]
				],
				{ id: 'x', role: 'route' }
			),
			line([[0, 0]], { id: 'y', role: 'route' })
		);
		const found = problems(withMap('      focus: [BEL]\n'), broken);
		expect(
			found.some((m) =>
				/features\[1\]\.properties\.id: found "x" again; expected a unique feature id/.test(m)
			)
		).toBe(true);
		expect(found.some((m) => /features\[2\]\.geometry: found an invalid LineString/.test(m))).toBe(
			true
		);
	});

	it('fail on a geometry that does not fit the role', () => {
		const point = {
			type: 'Feature',
			properties: { id: 'p', role: 'route', name: 'P', source: 'S' },
			geometry: { type: 'Point', coordinates: [0, 0] }
		};
		const [message] = problems(withMap('      focus: [BEL]\n'), file(point));
		expect(message).toMatch(
			/features\[0\]\.geometry\.type: found a Point for role "route"; expected LineString or MultiLineString/
		);
	});

	it('report a file that is not JSON with its line and column', () => {
		const [message] = problems(
			withMap('      focus: [BEL]\n'),
			'{"type": "FeatureCollection",\n "features": [}'
		);
		expect(message).toMatch(/^src\/content\/test\.geojson:2:\d+: this is not valid JSON/);
	});
});
