/**
 * CSS `unicode-range` lists, read and written: a face must claim exactly the characters it has, or
 * the browser asks it for a letter it lacks (and draws a system font) or never asks it at all.
 */

/** @typedef {[number, number]} Range an inclusive [low, high] of code points */

/**
 * `U+0000-00FF, U+0131, U+02??` → ranges.
 * @param {string} list
 * @returns {Range[]}
 */
export function parseUnicodeRange(list) {
	return list
		.split(',')
		.map((token) => token.trim().replace(/^U\+/i, ''))
		.filter(Boolean)
		.map((hex) => {
			const [low, high = low] = hex.includes('?')
				? [hex.replace(/\?/g, '0'), hex.replace(/\?/g, 'F')]
				: hex.split('-');
			return /** @type {Range} */ ([
				Number.parseInt(low ?? '', 16),
				Number.parseInt(high ?? '', 16)
			]);
		});
}

/** @param {number} codePoint */
const hex = (codePoint) => codePoint.toString(16).toUpperCase().padStart(4, '0');

/**
 * Ranges → `U+0020-007E, U+00B0`, each run of consecutive code points as one range.
 * @param {readonly Range[]} ranges
 */
export function formatUnicodeRange(ranges) {
	return ranges
		.map(([low, high]) => (low === high ? `U+${hex(low)}` : `U+${hex(low)}-${hex(high)}`))
		.join(', ');
}

/**
 * Code points (any order, repeats allowed) → the fewest ranges that hold exactly them.
 * @param {Iterable<number>} codePoints
 * @returns {Range[]}
 */
export function rangesOf(codePoints) {
	const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
	/** @type {Range[]} */
	const ranges = [];
	for (const c of sorted) {
		const last = ranges.at(-1);
		if (last && c === last[1] + 1) last[1] = c;
		else ranges.push([c, c]);
	}
	return ranges;
}

/**
 * The code points of `ranges` less those in `taken`, as ranges.
 * @param {readonly Range[]} ranges
 * @param {ReadonlySet<number>} taken
 * @returns {Range[]}
 */
export function subtract(ranges, taken) {
	/** @type {Range[]} */
	const rest = [];
	for (const [low, high] of ranges) {
		let start = low;
		const inside = [...taken].filter((c) => c >= low && c <= high).sort((a, b) => a - b);
		for (const c of inside) {
			if (c > start) rest.push([start, c - 1]);
			start = c + 1;
		}
		if (start <= high) rest.push([start, high]);
	}
	return rangesOf(rest.flatMap(([low, high]) => spread(low, high)));
}

/** @param {number} low @param {number} high */
function spread(low, high) {
	return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}

/**
 * Whether a code point is in any of the ranges.
 * @param {readonly Range[]} ranges
 * @param {number} codePoint
 */
export function inRanges(ranges, codePoint) {
	return ranges.some(([low, high]) => codePoint >= low && codePoint <= high);
}
