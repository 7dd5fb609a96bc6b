import { describe, expect, it } from 'vitest';
import { membersOn } from '../../../src/lib/story/groups';
import { registry, scenes, story } from '../../helpers/story';

/** The map must not claim what the data does not say: these steps' choices are checked against it. */
describe('the NATO story’s map claims', () => {
	const nato = registry.groups.get('NATO')!;
	const step = (id: string) => {
		const i = story.steps.findIndex((s) => s.id === id);
		expect(i, `step ${id} exists`).toBeGreaterThanOrEqual(0);
		return scenes[i]!;
	};

	it('highlights exactly the allies bordering Russia for the deterrence step', () => {
		const members = new Set(membersOn(nato, story.asOf));
		const bordering = registry.countries.get('RUS')!.neighbours.filter((id) => members.has(id));
		expect(step('deterrence').highlights[0]!.ids.toSorted()).toEqual(bordering.toSorted());
		expect(bordering.toSorted()).toEqual(['EST', 'LTU', 'LVA', 'NOR', 'POL']);
		// Russia itself, in a style of its own, so "bordering Russia" can be seen.
		expect(step('deterrence').highlights[1]!.ids).toEqual(['RUS']);
	});

	it('does not shade Finland or Sweden as members in January 2022', () => {
		for (const scene of scenes) {
			expect(scene.shaded).not.toContain('FIN');
			expect(scene.shaded).not.toContain('SWE');
		}
		// Åland, which Natural Earth draws apart, goes with Finland.
		expect(step('close-partners').highlight).toEqual(['FIN', 'ALA', 'SWE']);
		expect(step('close-partners').legend[0]!.label).toMatch(/partners, not members/);
	});

	it('says the alliance had 30 members whenever it shades them', () => {
		expect(membersOn(nato, story.asOf)).toHaveLength(30);
		for (const scene of scenes.filter((s) => s.shaded.length)) {
			expect(scene.legend.find((l) => l.swatch.kind === 'group')?.label).toContain(
				'(30 countries)'
			);
		}
	});

	it('describes every step’s map naming every place and country it focuses on', () => {
		for (const [i, s] of story.steps.entries()) {
			for (const id of s.map.focus) {
				const name = registry.places.get(id)?.name ?? registry.countries.get(id)?.name;
				expect(scenes[i]!.description, `${s.id} names ${id}`).toContain(name);
			}
		}
	});
});

describe('the NATO story’s notes for the teacher', () => {
	const notes = Object.values(story.presenterNotes).flat();

	it('explain the NATO–Russia Council, Crimea and the CSTO, each with a source', () => {
		const text = notes.map((n) => n.note).join(' ');
		for (const topic of ['NATO–Russia Council', 'Crimea', 'CSTO']) expect(text).toContain(topic);
		for (const n of notes) expect(n.source.length).toBeGreaterThan(10);
		expect(notes.map((n) => n.source).join(' ')).toContain('68/262');
	});

	it('say who attended the NATO–Ukraine Commission on 10 January, and never claim Kuleba did', () => {
		const monday = story.presenterNotes['monday-talks']!.map((n) => n.note).join(' ');
		expect(monday).toContain('NATO–Ukraine Commission');
		expect(monday).toContain('Olha Stefanishyna');
		expect(notes.map((n) => n.note).join(' ')).not.toContain('Kuleba');
	});
});
