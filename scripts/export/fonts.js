/**
 * The export's fonts, carried once each. The built stylesheet repeats a font file in every
 * @font-face that names it (the page's text, the map's labels, the handout), each copy inlined in
 * full; the export takes the faces out of the stylesheet and the page registers them from one copy
 * per file (src/export/fonts.ts). A face whose characters the story never uses is left out; a face
 * of local() fonts only (the metric-matched fallback) stays in the stylesheet as it is.
 */

/**
 * `U+0-FF`, `U+2BB`, `U+2??` → [low, high] code points.
 * @param {string} token
 * @returns {[number, number]}
 */
function parseRange(token) {
	const hex = token.trim().replace(/^U\+/i, '');
	const [low, high = low] = hex.includes('?')
		? [hex.replace(/\?/g, '0'), hex.replace(/\?/g, 'F')]
		: hex.split('-');
	return [Number.parseInt(low ?? '', 16), Number.parseInt(high ?? '', 16)];
}

/**
 * Whether any of `codePoints` falls in a unicode-range (none given: every character).
 * @param {string | undefined} unicodeRange
 * @param {number[]} codePoints
 */
function covers(unicodeRange, codePoints) {
	if (!unicodeRange) return true;
	const ranges = unicodeRange.split(',').map(parseRange);
	return codePoints.some((c) => ranges.some(([low, high]) => c >= low && c <= high));
}

/**
 * @typedef {{ family: string, file: string, descriptors: Record<string, string | undefined> }} Face
 */

/**
 * `css`: the built stylesheet; `text`: every word the copy can show. Returns the stylesheet
 * without @font-face rules, and the faces with their descriptors and the font files they use.
 * @param {string} css
 * @param {string} text
 * @returns {{ css: string, fonts: { files: Record<string, string>, faces: Face[] } }}
 */
export function takeFonts(css, text) {
	const codePoints = [...new Set(Array.from(text, (c) => c.codePointAt(0) ?? 0))];
	/** @type {Record<string, string>} */
	const files = {};
	/** @type {Face[]} */
	const faces = [];
	const rest = css.replace(/@font-face\s*\{([^}]*)\}/g, (face, body) => {
		/** @type {Record<string, string>} */
		const descriptors = {};
		for (const part of body.split(/;(?![^(]*\))/)) {
			const at = part.indexOf(':');
			if (at > 0) descriptors[part.slice(0, at).trim()] = part.slice(at + 1).trim();
		}
		const src = /url\(\s*["']?data:font\/woff2;base64,([^)"']+)["']?\s*\)/.exec(
			descriptors.src ?? ''
		);
		// A face of the reader's own fonts (the metric-matched fallback) loads nothing: it stays.
		if (!/url\(/.test(descriptors.src ?? '') && /local\(/.test(descriptors.src ?? '')) return face;
		if (!src?.[1]) throw new Error(`a font face the export cannot carry: ${body.slice(0, 120)}`);
		if (!covers(descriptors['unicode-range'], codePoints)) return '';
		const bytes = src[1];
		const file =
			Object.keys(files).find((k) => files[k] === bytes) ?? `font-${Object.keys(files).length}`;
		files[file] = bytes;
		faces.push({
			family: (descriptors['font-family'] ?? '').replace(/^["']|["']$/g, ''),
			file,
			descriptors: {
				style: descriptors['font-style'],
				weight: descriptors['font-weight'],
				unicodeRange: descriptors['unicode-range'],
				display: descriptors['font-display']
			}
		});
		return '';
	});
	return { css: rest, fonts: { files, faces } };
}
