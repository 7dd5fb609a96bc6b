/**
 * Tunable numbers of the pipeline, in one place so README.md can quote them.
 * Changing any of them changes the outputs; rerun `npm run geo`.
 */

/**
 * @typedef {object} Resolution
 * @property {'110m' | '50m' | '10m'} name  world-atlas file suffix (Natural Earth scale 1:110m or 1:50m)
 * @property {number} tolerance      Douglas–Peucker tolerance in degrees, applied to each topology arc
 * @property {number} decimals       decimal places kept in output coordinates
 */

/**
 * For world views. Natural Earth's 1:110m is already generalised: 0.02° (about 2 km) removes
 * little, and two decimals (about 1 km) are below a pixel at the zooms a world view uses.
 * @type {Resolution}
 */
export const COARSE = { name: '110m', tolerance: 0.02, decimals: 2 };

/**
 * For close-ups down to about zoom 6 (Ukraine, Kazakhstan). 0.03° (about 3 km) is where the
 * budget lands near 170 KB; 0.02° would draw finer coasts for about 18 KB more gzipped.
 * @type {Resolution}
 */
export const FINE = { name: '50m', tolerance: 0.03, decimals: 2 };

/**
 * countries-50m.geojson holds only the countries whose shape meets this box (west, south, east,
 * north), plus those listed in `always`: the story's close-ups (Europe, Ukraine, the Baltic and
 * Nordic states, Kazakhstan) all lie inside it. Everything else is drawn at 1:110m. Russia is
 * listed so that it is drawn whole; Hong Kong and Macao because Natural Earth has them at 1:50m
 * only, so without them China's 1:50m shape would have two holes in the story's map.
 */
export const FINE_REGION = {
	bbox: /** @type {[number, number, number, number]} */ ([-25, 34, 90, 72]),
	always: ['RUS', 'HKG', 'MAC']
};

/** A ring that collapses or self-intersects when rounded keeps up to this many decimals instead. */
export const MAX_DECIMALS = 5;

/** Label points keep this many decimals (about 11 m), enough to stay inside the Vatican. */
export const LABEL_DECIMALS = 4;

/**
 * Coastal cities may lie just off a generalised coastline: at 1:50m Stockholm is 0.9 km out in
 * Saltsjön. A place may lie this far outside its country's shape if it lies in no other country.
 */
export const COAST_TOLERANCE_KM = 5;

/**
 * The files the story page loads (STORY_FILES in build.js) must fit this gzipped budget (bytes):
 * the live map's whole data, read to the end of a story (issue 12: at most 60 KB).
 */
export const BUDGET_GZIP_BYTES = 60_000;

/** story-map.json's quantisation grid, in degrees: the story's files' own two decimals. */
export const STORY_MAP_GRID = 0.01;

/**
 * For the close-ups' finer shapes (static/data/fine/, geo/scripts/fine.js), shown from zoom 5 to
 * the cap of 5.5, where a pixel spans 0.022° to 0.015° of longitude: 0.012° (about 1.3 km) of
 * longitude stays under a pixel, against 0.03° for the story's 1:50m; in latitude Mercator
 * stretches it, to about 1.4 px at 56° N and zoom 5.5. 0.005° added 50% more bytes (36 kB gzipped
 * for the Geneva–Brussels–Vienna region, measured when borders were still stored apart from the
 * countries) for nothing visible. Quantised on FINE_GRID, not rounded.
 * @type {Resolution}
 */
export const TEN = { name: '10m', tolerance: 0.012, decimals: 3 };

/**
 * The fine files' quantisation grid, in degrees (at most; about 440 m). A point moves at most half
 * a step, 0.002°: 0.13 px at the cap of zoom 5.5 (0.0155° a pixel), where TEN's tolerance lets a
 * line stray 0.77 px. 0.001° made no visible difference for 17% more bytes: 18.1 kB gzipped against
 * 15.5 for the NATO story's Europe (W5N42-E23N56).
 */
export const FINE_GRID = 0.004;

/**
 * Each fine file must fit this gzipped budget (bytes). They do not count to BUDGET_GZIP_BYTES: a
 * reader loads one only when a close-up step is shown, never with the first view.
 */
export const FINE_BUDGET_GZIP_BYTES = 25_000;
