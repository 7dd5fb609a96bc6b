/** Calendar dates as the data writes them: YYYY-MM-DD strings, compared as text. */

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
