import { describe, expect, it } from 'vitest';
import { viewOf } from '../../../src/export/views';

describe('viewOf', () => {
	it('opens the view the file’s query names', () => {
		expect(viewOf('?present')).toBe('present');
		expect(viewOf('?speaker')).toBe('speaker');
		expect(viewOf('?print')).toBe('print');
		expect(viewOf('?print=teacher')).toBe('teacher');
	});

	it('opens the story without a query, or with one it does not know', () => {
		expect(viewOf('')).toBe('story');
		expect(viewOf('?utm=x')).toBe('story');
	});
});
