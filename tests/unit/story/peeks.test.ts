import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../../src/lib/server/registry';
import { parseStory } from '../../../src/lib/story/parse';
import { peekScene } from '../../../src/lib/story/peek';
import { sceneForStep } from '../../../src/lib/story/scene';

const FILE = 'tests/fixtures/stories/map-marks.yaml';
const registry = loadRegistry();
const story = parseStory(readFileSync(FILE, 'utf8'), FILE, registry);
const [talks, unrest] = story.steps.map((step) => sceneForStep(step, story, registry));

describe('what the map shows for a map mark', () => {
	it('has one peek per marked id, in the order the text marks them', () => {
		expect(talks!.peeks.map((p) => p.id)).toEqual([
			'geneva',
			'vienna',
			'brussels',
			'KAZ',
			'crimea'
		]);
	});

	it('frames a marked place alone, and draws it when the step does not mark it', () => {
		const vienna = peekScene(talks!, 'vienna');
		const [lon, lat] = registry.places.get('vienna')!.coordinates;
		expect(vienna.camera).toMatchObject({ kind: 'fit', bounds: [lon, lat, lon, lat] });
		expect(vienna.markers.map((m) => m.id)).toEqual(['geneva', 'brussels', 'vienna']);
		// A place the step marks already is not drawn twice.
		expect(peekScene(talks!, 'geneva').markers.map((m) => m.id)).toEqual(['geneva', 'brussels']);
	});

	it('frames a marked country and names it first, and an area by its box', () => {
		// Kazakhstan is far outside the first step's view, so its scene does not name it.
		expect(talks!.labels.map((l) => l.id)).not.toContain('KAZ');
		const kaz = peekScene(talks!, 'KAZ');
		const kazakhstan = registry.countries.get('KAZ')!;
		expect(kaz.camera).toMatchObject({ bounds: kazakhstan.frame ?? kazakhstan.bbox });
		expect(kaz.labels[0]).toMatchObject({ id: 'KAZ', name: 'Kazakhstan', kind: 'country' });
		// The second step names it already: its name is not drawn twice.
		expect(peekScene(unrest!, 'KAZ').labels.filter((l) => l.id === 'KAZ')).toHaveLength(1);
		expect(peekScene(talks!, 'crimea').camera).toMatchObject({
			bounds: registry.areas.get('crimea')!.bbox
		});
	});

	it("keeps the step's scene underneath: its layers, legend and step id", () => {
		const kaz = peekScene(unrest!, 'geneva');
		for (const key of ['stepId', 'highlight', 'highlights', 'shades', 'areas', 'legend'] as const) {
			expect(kaz[key]).toEqual(unrest![key]);
		}
		expect(kaz.camera).not.toEqual(unrest!.camera);
		expect(peekScene(unrest!, 'not-a-mark')).toBe(unrest);
	});

	it('can show a mark of another step over the step being read, drawing each place once', () => {
		// The second step's mark of Geneva, over the first step's scene, which marks Geneva already.
		const geneva = peekScene(talks!, 'geneva', unrest!);
		expect(geneva.stepId).toBe('talks');
		expect(geneva.camera).toEqual(unrest!.peeks.find((p) => p.id === 'geneva')!.camera);
		expect(geneva.markers.map((m) => m.id)).toEqual(['geneva', 'brussels']);
		const vienna = peekScene(unrest!, 'vienna', talks!);
		expect(vienna.stepId).toBe('unrest');
		expect(vienna.markers.map((m) => m.id)).toEqual(['almaty', 'vienna']);
		expect(vienna.leads.vienna).toBe('talks');
	});
});

describe('where the map leads back to the text', () => {
	it('leads each marker and highlighted country to the first step that names it', () => {
		expect(talks!.leads).toMatchObject({ geneva: 'talks', brussels: 'talks', vienna: 'talks' });
		expect(unrest!.leads).toMatchObject({ almaty: 'unrest' });
		// Kazakhstan is highlighted in the second step, but the first step's text marks it.
		expect(unrest!.leads.KAZ).toBe('talks');
		// Geneva, drawn while the second step's mark points at it, leads back to the first step.
		expect(unrest!.leads.geneva).toBe('talks');
	});
});
