/**
 * Where a problem in a content file is, and how to say it: "file:line:col: step "id" (step n) ›
 * field: found …; expected …". Shared by the story parser and the overlay parser, which both read
 * YAML documents (JSON is YAML too), so every message names a line.
 */
import { closest, distance } from 'fastest-levenshtein';
import { isMap, isSeq, type Document, type LineCounter } from 'yaml';
import type { z } from 'zod';

export type Path = (string | number)[];

/** "found 'genva'; expected a place id — did you mean 'geneva'?" */
export function unknown(found: string, known: string[], what: string): string {
	const guess = known.length ? closest(found, known) : undefined;
	const close =
		guess !== undefined &&
		distance(found.toLowerCase(), guess.toLowerCase()) <= Math.max(2, found.length / 3);
	return `found unknown "${found}"; expected ${what}${close ? ` — did you mean "${guess}"?` : ''}`;
}

export function describe(issue: z.core.$ZodIssue, raw: unknown): string {
	const value = valueAt(raw, issue.path as Path);
	const found = value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 60);
	if (issue.code === 'unrecognized_keys') {
		return `found unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; expected only the fields listed in src/content/README.md`;
	}
	if (issue.code === 'invalid_type') {
		// A field with words of its own for what it expects (the credit) says them, not "string".
		const own = !issue.message.startsWith('Invalid input');
		return `found ${found}; expected ${own ? issue.message : issue.expected}`;
	}
	if (issue.code === 'invalid_value') {
		const options = issue.values.map(String);
		return typeof value === 'string'
			? unknown(value, options, `one of ${options.join(', ')}`)
			: `found ${found}; expected one of ${options.join(', ')}`;
	}
	if (issue.code === 'invalid_union') {
		return `found ${found}; expected ${issue.message === 'Invalid input' ? 'a value of the form src/content/README.md describes for this field' : issue.message}`;
	}
	return `found ${found}; expected ${issue.message.replace(/^Invalid input: expected /, '')}`;
}

export function valueAt(raw: unknown, path: Path): unknown {
	let v = raw;
	for (const key of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<string | number, unknown>)[key];
	}
	return v;
}

/**
 * Builds "file:line:col: step "id" (step n) › field: message" for a path in the document. With
 * `near` (and the file's `source`), the place is where those characters first occur in the
 * field's value, such as one mark inside a step's text.
 */
export function locate(doc: Document, lines: LineCounter, file: string, raw: unknown, source = '') {
	return (path: Path, message: string, near?: string): string => {
		let offset = 0;
		for (let n = path.length; n >= 0; n--) {
			const node = doc.getIn(path.slice(0, n), true);
			if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
				const [start, end] = node.range as number[];
				const found = near ? source.slice(start, end).indexOf(near) : -1;
				offset = start! + Math.max(0, found);
				break;
			}
			if (isMap(node) || isSeq(node)) break;
		}
		const pos = lines.linePos(offset);
		let context = '';
		let fieldPath = path;
		if (path[0] === 'steps' && typeof path[1] === 'number') {
			const stepId = valueAt(raw, ['steps', path[1], 'id']);
			context = `step ${typeof stepId === 'string' ? `"${stepId}" ` : ''}(step ${path[1] + 1}) › `;
			fieldPath = path.slice(2);
		}
		const field = fieldPath.reduce<string>(
			(s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k),
			''
		);
		return `${file}:${pos.line}:${pos.col}: ${context}${field || '(story)'}: ${message}`;
	};
}
