import { describe, expect, it } from 'vitest';
import { openingFor, shownId } from '../../../src/lib/scrolly/hash';

const ids = ['build-up', 'monday-talks', 'week-of-talks'];

describe('openingFor', () => {
	it('opens at the step a hash names', () => {
		expect(openingFor('#monday-talks', ids)).toEqual({ kind: 'step', index: 1 });
	});

	it('opens at the start without a hash, or with one of the page’s own anchors', () => {
		expect(openingFor('', ids)).toEqual({ kind: 'start' });
		expect(openingFor('#', ids)).toEqual({ kind: 'start' });
		expect(openingFor('#main', ids)).toEqual({ kind: 'start' });
	});

	it('reports an unknown step id so the page can say so quietly', () => {
		expect(openingFor('#genva-talks', ids)).toEqual({ kind: 'unknown', id: 'genva-talks' });
	});

	it('decodes escaped ids and survives malformed escapes', () => {
		expect(openingFor('#week%2Dof%2Dtalks', ids)).toEqual({ kind: 'step', index: 2 });
		expect(openingFor('#%E0%A4%A', ids)).toEqual({ kind: 'unknown', id: '%E0%A4%A' });
	});
});

describe('shownId', () => {
	it('repeats an id shaped like a step id', () => {
		expect(shownId('genva-talks')).toBe('genva-talks');
	});

	it.each([
		['a NUL character', 'a\u0000b'],
		['a right-to-left override', '\u202Edetcarter saw yrots sihT'],
		['spaces and sentences', 'This story was retracted. Read the truth at evil.example'],
		['capitals', 'Genva-Talks'],
		['10,000 characters', 'a'.repeat(10_000)],
		['41 characters', 'a'.repeat(41)]
	])('names no id for %s', (_, id) => {
		expect(shownId(id)).toBeNull();
	});
});
