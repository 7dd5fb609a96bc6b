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

/**
 * A real calendar date written YYYY-MM-DD (so "2023-02-30" is rejected).
 * @param {unknown} value
 * @returns {value is string}
 */
export function isIsoDate(value) {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * A month written YYYY-MM.
 * @param {unknown} value
 * @returns {value is string}
 */
export function isIsoMonth(value) {
	return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

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
