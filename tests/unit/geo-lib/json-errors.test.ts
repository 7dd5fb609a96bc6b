import { describe, expect, it } from 'vitest';
import { jsonErrorAt } from '../../../geo/lib/errors.js';

describe('jsonErrorAt', () => {
	it('finds nothing wrong with valid JSON of every kind', () => {
		const valid = '{"a": [1, -2.5e3, true, false, null], "b": {"c": "\\u00e9\\n\\"x\\""}}';
		expect(JSON.parse(valid)).toBeTruthy();
		expect(jsonErrorAt(valid)).toBeNull();
		expect(jsonErrorAt(' [] \n')).toBeNull();
	});

	it.each([
		['a trailing comma', '{\n  "a": 1,\n}', { line: 3, col: 1, found: '"}"' }],
		['a bare word', '[\n  "ok",\n  nope\n]', { line: 3, col: 3, found: '"n"' }],
		['a single-quoted string', "{'a': 1}", { line: 1, col: 2, found: '"\'"' }],
		['a missing colon', '{"a" 1}', { line: 1, col: 6, found: '"1"' }],
		['a bad escape', '["\\q"]', { line: 1, col: 4, found: '"q"' }],
		['a leading zero', '[01]', { line: 1, col: 3, found: '"1"' }],
		['text after the document', '[] x', { line: 1, col: 4, found: '"x"' }],
		['an unclosed array', '[1,\n2', { line: 2, col: 2, found: 'the end of the file' }],
		['an empty file', '', { line: 1, col: 1, found: 'the end of the file' }]
	])('points at %s by line and column', (_, text, where) => {
		expect(() => JSON.parse(text)).toThrow();
		expect(jsonErrorAt(text)).toEqual(where);
	});
});
