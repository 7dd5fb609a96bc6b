import { PipelineError } from './errors.js';
import { entryName, isObject, show } from './checks.js';

/**
 * Parses a source with a schema of src/lib/data/schemas.js and words every problem as the
 * pipeline does: the file, each entry on the way (by id and index), the field, what was found and
 * what was expected, e.g.
 *   geo/groups.json: groups entry "NATO" (index 0): members entry "BEL" (index 1): "joined" is "1949-02-30"; expected a YYYY-MM-DD calendar date
 * @template {import('zod').ZodType} S
 * @param {S} schema
 * @param {unknown} data the parsed file
 * @param {string} file name used in messages
 * @returns {import('zod').infer<S>}
 * @throws {PipelineError} listing every problem found
 */
export function parseSource(schema, data, file) {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	const problems = result.error.issues.map((issue) => describe(issue, data, file));
	throw new PipelineError([...new Set(problems)]);
}

/**
 * @param {import('zod').core.$ZodIssue} issue
 * @param {unknown} data
 * @param {string} file
 */
function describe(issue, data, file) {
	const where = [file];
	/** @type {string | undefined} */
	let field;
	/** @type {unknown} */
	let value = data;
	for (const key of issue.path) {
		const child =
			isObject(value) || Array.isArray(value) ? /** @type {any} */ (value)[key] : undefined;
		if (typeof key === 'number') {
			// An index into a list of objects names an entry; into a list of numbers, it stays in the field.
			if (!isObject(child)) break;
			where.push(`${field ?? 'entries'} ${entryName(labelled(child), key)}`);
			field = undefined;
		} else {
			if (field !== undefined) where.push(`"${field}"`);
			field = String(key);
		}
		value = child;
	}
	const at = where.join(': ');
	if (issue.code === 'unrecognized_keys') {
		const keys = issue.keys.map((k) => `"${k}"`).join(', ');
		return `${at}: ${field === undefined ? '' : `"${field}": `}unknown field(s) ${keys}; expected only the fields geo/README.md lists`;
	}
	return `${at}: ${field === undefined ? 'is' : `"${field}" is`} ${show(value).slice(0, 80)}; expected ${issue.message}`;
}

/**
 * An entry with an id to name it by: its own id, or the country a membership is about.
 * @param {Record<string, unknown>} entry
 */
function labelled(entry) {
	return { id: entry.id ?? entry.country };
}

/**
 * The problems of one entry checked on its own (a place of geo/places.json), worded from the
 * entry's field: `"name" is undefined; expected a non-empty string`. Unknown fields come first.
 * @param {readonly import('zod').core.$ZodIssue[]} issues from the entry's safeParse
 * @param {Record<string, unknown>} entry
 * @param {readonly string[]} fields the fields the entry may have
 * @returns {string[]}
 */
export function entryProblems(issues, entry, fields) {
	const unknown = issues.flatMap((issue) =>
		issue.code === 'unrecognized_keys'
			? [
					`unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; expected only ${fields.join(', ')}`
				]
			: []
	);
	const wrong = issues.flatMap((issue) => {
		if (issue.code === 'unrecognized_keys') return [];
		const field = String(issue.path[0]);
		return [`"${field}" is ${show(entry[field]).slice(0, 80)}; expected ${issue.message}`];
	});
	return [...new Set([...unknown, ...wrong])];
}
