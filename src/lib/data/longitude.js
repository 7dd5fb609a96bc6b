/**
 * Longitude on a round world: the 180° meridian is a line like any other. Inside the app a span of
 * longitude is kept unwrapped (west < east, east possibly past 180), so arithmetic on it stays
 * plain; only what a reader or a test reads (`data-bounds`) is wrapped back into −180…180, where
 * west > east says that the view crosses 180°. Pure and shared (plain JS with types in JSDoc, like close-ups.js): the scene, both maps, the
 * inset and the geo pipeline, which must frame a step exactly as the scene does.
 */
/**
 * @typedef {[number, number, number, number]} Bounds  west, south, east, north
 * @typedef {[number, number]} LonLat
 */

/** A longitude in −180…180 (180 itself stays 180; 540 becomes 180, −540 becomes −180). */
/** @param {number} lon @returns {number} */
export function wrapLon(lon) {
	if (lon >= -180 && lon <= 180) return lon;
	const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
	return wrapped === -180 && lon > 0 ? 180 : wrapped;
}

/** `lon` moved by whole turns to lie within 180° of `reference`. */
/** @param {number} lon @param {number} reference @returns {number} */
export function nearLon(lon, reference) {
	return reference + wrapLon(lon - reference);
}

/** Whether `lon` lies in the span west…east (east may be past 180, or below west when wrapped). */
/** @param {number} lon @param {number} west @param {number} east @returns {boolean} */
export function lonWithin(lon, west, east) {
	const width = east >= west ? east - west : east - west + 360;
	if (width >= 360) return true;
	const offset = (((lon - west) % 360) + 360) % 360;
	return offset <= width + 1e-9;
}

/**
 * The shortest span of longitude that holds every given span (a point is a span of width 0):
 * `[west, east]` with west in −180…180 and east − west at most 360. When the spans fit without
 * crossing 180° the short way, this is their plain minimum and maximum; across 180° east is past
 * 180 (Tonga and Fiji: about [178, 185]).
 */
/**
 * @param {readonly (readonly [number, number])[]} spans
 * @returns {[number, number]}
 */
export function shortestSpan(spans) {
	const parts = spans.map(([w, e]) => ({
		west: wrapLon(w),
		width: Math.min(360, Math.max(0, e - w))
	}));
	if (!parts.length) throw new Error('shortestSpan: no spans');
	/** @type {[number, number]} */
	let best = [-180, 180];
	let bestWidth = Infinity;
	// The shortest span starts where one of the spans starts: try each, keep the narrowest (the
	// first found on a tie, so the west-most start of a plain span wins, as min/max would give).
	const starts = [...new Set(parts.map((p) => p.west))].sort((a, b) => a - b);
	for (const west of starts) {
		// Each span moved by whole turns to start at or east of `west`; whole turns keep the
		// written numbers exact when no turn is needed.
		let east = west;
		for (const p of parts) {
			const turns = p.west < west ? 360 : 0;
			east = Math.max(east, p.west + turns + p.width);
		}
		if (east - west < bestWidth - 1e-9) {
			bestWidth = east - west;
			best = [west, east];
		}
	}
	return bestWidth >= 360 ? [-180, 180] : best;
}

/** A bounds as the app keeps it: east past west, adding a turn to east if it was wrapped. */
/** @param {Bounds} bounds @returns {Bounds} */
export function unwrapBounds([w, s, e, n]) {
	return [w, s, e < w ? e + 360 : e, n];
}

/** A bounds as `data-bounds` publishes it: each edge in −180…180; west > east across 180°. */
/** @param {Bounds} bounds @returns {Bounds} */
export function wrapBounds([w, s, e, n]) {
	if (e - w >= 360) return [-180, s, 180, n];
	const west = wrapLon(w);
	let east = wrapLon(e);
	// A span that ends exactly on 180 from the west keeps 180 rather than turning into −180.
	if (east === -180 && e > w) east = 180;
	return [west === 180 && e > w ? -180 : west, s, east, n];
}

/**
 * A line's points made continuous: each longitude within 180° of the one before, so a line drawn
 * on a flat map goes the short way between its points (Nuku‘alofa to Suva: across 180°, not
 * round the world). The first point keeps its longitude.
 */
/** @param {readonly LonLat[]} points @returns {LonLat[]} */
export function unwrapLine(points) {
	/** @type {LonLat[]} */
	const out = [];
	for (const [lon, lat] of points) {
		const before = out.at(-1);
		out.push([before ? nearLon(lon, before[0]) : lon, lat]);
	}
	return out;
}

/**
 * Parts of a multi-line that meet at the 180° meridian, as RFC 7946 asks a line across it to be
 * written (one part ends on 180 and the next begins on −180 at the same latitude, or the other way
 * round), joined back into one continuous line; other parts stay apart, each made continuous.
 */
/** @param {readonly (readonly LonLat[])[]} parts @returns {LonLat[][]} */
export function joinAtAntimeridian(parts) {
	/** @type {LonLat[][]} */
	const out = [];
	for (const part of parts) {
		const line = unwrapLine(part);
		const previous = out.at(-1);
		const end = previous?.at(-1);
		const start = line[0];
		if (
			previous &&
			end &&
			start &&
			Math.abs(wrapLon(end[0])) === 180 &&
			Math.abs(wrapLon(start[0])) === 180 &&
			Math.abs(end[1] - start[1]) < 1e-6
		) {
			const shift = nearLon(start[0], end[0]) - start[0];
			previous.push(
				...line.slice(1).map(([lon, lat]) => /** @type {LonLat} */ ([lon + shift, lat]))
			);
		} else out.push(line);
	}
	return out;
}

/**
 * The smallest box round the globe that holds every box (a place is a box of no size): the short
 * way across 180° when that is shorter (Tonga and Fiji, Chukotka and Alaska), east past 180 then.
 * @param {readonly Bounds[]} boxes
 * @returns {Bounds}
 */
export function boundsOfBoxes(boxes) {
	const [west, east] = shortestSpan(boxes.map(([w, , e]) => /** @type {const} */ ([w, e])));
	return [west, Math.min(...boxes.map((b) => b[1])), east, Math.max(...boxes.map((b) => b[3]))];
}
