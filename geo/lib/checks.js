/** Small predicates and wording shared by the source validators. */

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export function isObject(value) {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @param {unknown} value
 * @returns {value is string}
 */
export function isNonEmptyString(value) {
	return typeof value === 'string' && value.trim() !== '';
}

export { isIsoDate, isIsoMonth } from '../../src/lib/data/dates.js';

/**
 * How an entry is named in messages: `entry "geneva" (index 1)`, or `entry 1` when it has no id.
 * @param {unknown} entry
 * @param {number} index
 */
export function entryName(entry, index) {
	const id = isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined;
	return id === undefined ? `entry ${index}` : `entry "${id}" (index ${index})`;
}

/**
 * Names keys that are not in `allowed`, so typos such as "coordinate" are caught.
 * @param {Record<string, unknown>} entry
 * @param {readonly string[]} allowed
 * @returns {string | undefined}
 */
export function unknownKeys(entry, allowed) {
	const extra = Object.keys(entry).filter((key) => !allowed.includes(key));
	return extra.length > 0
		? `unknown field(s) ${extra.map((k) => `"${k}"`).join(', ')}; expected only ${allowed.join(', ')}`
		: undefined;
}

/** @param {unknown} value */
export function show(value) {
	return JSON.stringify(value) ?? String(value);
}
