import { describe, expect, it } from 'vitest';
import { alliesBordering, membersOn } from '../../../src/lib/data/groups.js';
import { registry, scenes, story } from '../../helpers/story';

/** The map must not claim what the data does not say: these steps' choices are checked against it. */
describe('the NATO story’s map claims', () => {
	const facts = [...registry.countries.values()];
	const step = (id: string) => {
		const i = story.steps.findIndex((s) => s.id === id);
		expect(i, `step ${id} exists`).toBeGreaterThanOrEqual(0);
		return scenes[i]!;
	};

	it('highlights exactly the allies bordering Russia for the deterrence step', () => {
		expect([...step('deterrence').highlight].sort()).toEqual(
			alliesBordering('RUS', 'NATO', story.asOf, facts)
		);
	});

	it('does not shade Finland or Sweden as members in January 2022', () => {
		for (const scene of scenes) {
			expect(scene.shaded).not.toContain('FIN');
			expect(scene.shaded).not.toContain('SWE');
		}
		expect(step('close-partners').highlight).toEqual(['FIN', 'SWE']);
	});

	it('says the alliance had 30 members whenever it shades them', () => {
		expect(membersOn('NATO', story.asOf, facts)).toHaveLength(30);
		for (const scene of scenes.filter((s) => s.shaded.length)) {
			expect(scene.legend.find((l) => l.swatch === 'member')?.label).toContain('(30 countries)');
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
