import { describe, expect, it } from 'vitest';
import { openingFor } from '../../../src/lib/scrolly/hash';

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
