import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../src/lib/story/parse';
import { boundsOf, focusPoints } from '../../../src/lib/story/focus';
import { listOf, longDate, sceneForStep } from '../../../src/lib/story/scene';
import { registry, validStory } from './registry-fixture';

const story = parseStory(validStory, 'test.yaml', registry);
const [first, second] = story.steps;

describe('sceneForStep', () => {
	it('frames every focused place and country', () => {
		const scene = sceneForStep(first!, story, registry);
		expect(scene.camera.kind).toBe('fit');
		if (scene.camera.kind !== 'fit') return;
		const [w, s, e, n] = scene.camera.bounds;
		for (const [lon, lat] of [
			[6.1432, 46.2044],
			[22.1, 44.4],
			[40.2, 52.4]
		]) {
			expect(lon).toBeGreaterThanOrEqual(w);
			expect(lon).toBeLessThanOrEqual(e);
			expect(lat).toBeGreaterThanOrEqual(s);
			expect(lat).toBeLessThanOrEqual(n);
		}
	});

	it('lets an explicit camera override framing', () => {
		const scene = sceneForStep(second!, story, registry);
		expect(scene.camera).toEqual({
			kind: 'explicit',
			center: [4, 50],
			zoom: 4,
			bearing: 0,
			pitch: 0
		});
	});

	it('shades only the members on the story date, not later ones', () => {
		const scene = sceneForStep(second!, story, registry);
		expect(scene.shaded).toEqual(['BEL', 'DNK', 'GRL']);
		const later = sceneForStep(second!, { ...story, asOf: '2024-01-01' }, registry);
		expect(later.shaded).toEqual(['BEL', 'DNK', 'FIN', 'GRL']);
	});

	it('shades a member’s territories but counts only members in the legend', () => {
		const scene = sceneForStep(second!, story, registry);
		expect(scene.shaded).toContain('GRL');
		expect(scene.legend[0]).toEqual({
			swatch: { kind: 'group', style: 0 },
			label: 'NATO members on 7 January 2022 (2 countries)'
		});
	});

	it('carries highlights, markers with notes, and labels for focused and marked countries', () => {
		const scene = sceneForStep(first!, story, registry);
		expect(scene.highlight).toEqual(['UKR']);
		expect(scene.markers).toEqual([
			{
				id: 'geneva',
				name: 'Geneva',
				coordinates: [6.1432, 46.2044],
				note: 'Mon 10 Jan',
				side: 'right'
			}
		]);
		expect(scene.labels.map((l) => l.id)).toEqual(['UKR', 'CHE']);
	});

	it('builds a legend whenever colour or pattern carries meaning', () => {
		expect(sceneForStep(first!, story, registry).legend).toEqual([
			{ swatch: { kind: 'highlight', style: 0 }, label: 'Ukraine' }
		]);
		expect(sceneForStep(second!, story, registry).legend).toEqual([
			{
				swatch: { kind: 'group', style: 0 },
				label: 'NATO members on 7 January 2022 (2 countries)'
			},
			{ swatch: { kind: 'area' }, label: 'Crimea: part of Ukraine, annexed by Russia in 2014' }
		]);
	});

	it('describes the map naming every focused place with its country', () => {
		const { description } = sceneForStep(first!, story, registry);
		expect(description).toBe(
			'The map shows Geneva, Switzerland and Ukraine. Geneva (Mon 10 Jan) is marked. Highlighted: Ukraine.'
		);
	});

	it('names only countries whose label falls inside the framed area', () => {
		const kyivOnly = {
			...first!,
			map: { ...first!.map, focus: ['kyiv', 'UKR'], markers: ['geneva'] }
		};
		// Geneva is marked but Switzerland's label point lies outside the frame around Ukraine.
		expect(sceneForStep(kyivOnly, story, registry).labels.map((l) => l.id)).toEqual(['UKR']);
	});

	it('puts each marker label on the side facing the middle of the view', () => {
		const step = {
			...first!,
			map: { ...first!.map, focus: ['geneva', 'kyiv'], markers: ['geneva', 'kyiv'] }
		};
		const sides = sceneForStep(step, story, registry).markers.map((m) => [m.id, m.side]);
		expect(sides).toEqual([
			['geneva', 'right'],
			['kyiv', 'left']
		]);
	});

	it('uses the author’s description when there is one', () => {
		const step = { ...first!, description: 'A custom description.' };
		expect(sceneForStep(step, story, registry).description).toBe('A custom description.');
	});

	it('is pure: the same step gives an equal scene', () => {
		expect(sceneForStep(first!, story, registry)).toEqual(sceneForStep(first!, story, registry));
	});
});

describe('scene helpers', () => {
	it('formats ISO dates without the reader’s locale', () => {
		expect(longDate('2022-01-07')).toBe('7 January 2022');
		expect(longDate('2014-03-18')).toBe('18 March 2014');
	});

	it('joins lists the English way', () => {
		expect(listOf(['a'])).toBe('a');
		expect(listOf(['a', 'b'])).toBe('a and b');
		expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
	});

	it('frames a country by its largest part, not its outlying islands', () => {
		expect(focusPoints(['DNK'], registry)).toEqual([
			[8, 54.5],
			[10.9, 57.8]
		]);
	});

	it('turns countries into their box corners and places into points', () => {
		expect(focusPoints(['kyiv', 'CHE'], registry)).toEqual([
			[30.5234, 50.4501],
			[5.9, 45.8],
			[10.5, 47.8]
		]);
		expect(
			boundsOf([
				[1, 2],
				[-3, 4],
				[5, -6]
			])
		).toEqual([-3, -6, 5, 4]);
	});
});
