import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { jsonErrorAt, PipelineError } from './errors.js';

/**
 * How a source file is named in messages: relative to the working directory when inside it
 * ("geo/places.json"), else absolute.
 * @param {string} dir
 * @param {string} name
 */
export function displayName(dir, name) {
	const path = join(dir, name);
	const rel = relative(process.cwd(), path);
	return rel.startsWith('..') ? path : rel;
}

/**
 * Parses the text of a JSON source file.
 * @param {string} text
 * @param {string} file name used in messages
 * @returns {unknown}
 */
export function parseJsonSource(text, file) {
	try {
		return JSON.parse(text);
	} catch (error) {
		const at = jsonErrorAt(text);
		const where = at ? `${file}:${at.line}:${at.col}` : file;
		const what = at ? `found ${at.found}` : /** @type {Error} */ (error).message;
		throw new PipelineError(`${where}: not valid JSON (${what}); expected a JSON document`);
	}
}

/**
 * Reads and parses `dir/name`.
 * @param {string} dir
 * @param {string} name
 * @returns {{ file: string, data: unknown }}
 */
export function readJsonSource(dir, name) {
	const file = displayName(dir, name);
	let text;
	try {
		text = readFileSync(join(dir, name), 'utf8');
	} catch (error) {
		const code = /** @type {NodeJS.ErrnoException} */ (error).code;
		throw new PipelineError(
			code === 'ENOENT'
				? `${file}: file not found; expected the ${name} source file`
				: `${file}: cannot be read (${code})`
		);
	}
	return { file, data: parseJsonSource(text, file) };
}
