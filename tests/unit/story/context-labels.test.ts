import { describe, expect, it } from 'vitest';
import { countriesNamedIn } from '../../../src/lib/story/context-labels';
import { viewOf } from '../../../src/lib/story/frame';
import { plainText } from '../../../src/lib/story/text';
import { registry, scenes, story } from '../../helpers/story';

const scene = (id: string) => scenes.find((s) => s.stepId === id)!;
const labelled = (id: string) => scene(id).labels.map((l) => l.id);

describe('context labels', () => {
	it('finds countries named in text, as nouns or adjectives, and not inside longer names', () => {
		expect(countriesNamedIn('Russia’s build-up near Ukraine', registry).sort()).toEqual([
			'RUS',
			'UKR'
		]);
		expect(countriesNamedIn('the Russian mission', registry)).toEqual(['RUS']);
		expect(countriesNamedIn('Nigeria', registry)).toEqual(['NGA']);
		expect(countriesNamedIn('the United States and Canada', registry).sort()).toEqual([
			'CAN',
			'USA'
		]);
	});

	it('names Russia in every step whose text is about Russia and whose view shows it', () => {
		for (const step of story.steps) {
			const words = step.paragraphs.map(plainText).join(' ');
			if (!/Russia/.test(words)) continue;
			// Shown: Russia fills a visible part of the view (not a sliver at its edge).
			const share = registry.visible!('RUS', viewOf(scene(step.id).camera))?.share ?? 0;
			if (share < 0.02) continue;
			expect(labelled(step.id), `${step.id} (${share.toFixed(2)})`).toContain('RUS');
		}
		expect(labelled('deterrence')).toContain('RUS');
	});

	it('shows where Kazakhstan lies: Russia and Ukraine are named in its view', () => {
		expect(labelled('kazakhstan')).toEqual(expect.arrayContaining(['KAZ', 'RUS', 'UKR']));
		expect(labelled('kazakhstan')).toContain('caspian-sea');
	});

	it('puts what the step names first, then seas, then other large countries', () => {
		const kinds = scene('kazakhstan').labels;
		const firstSea = kinds.findIndex((l) => l.kind === 'sea');
		expect(kinds.slice(0, firstSea).map((l) => l.id)).toEqual(
			expect.arrayContaining(['KAZ', 'UKR'])
		);
		expect(kinds.slice(firstSea).some((l) => l.kind === 'country')).toBe(true);
	});

	it('draws the largest countries in view in the largest size', () => {
		expect(scene('deterrence').labels.find((l) => l.id === 'RUS')!.rank).toBe(0);
		expect(scene('deterrence').labels.find((l) => l.id === 'EST')!.rank).toBe(2);
	});

	it('gives the close-ups a locator inset, and world views none', () => {
		for (const id of ['monday-talks', 'week-of-talks', 'briefing-the-eu', 'kazakhstan'])
			expect(scene(id).locator, id).not.toBeNull();
		for (const id of ['no-deal', 'two-not-european', 'blinken-consults'])
			expect(scene(id).locator, id).toBeNull();
	});
});
