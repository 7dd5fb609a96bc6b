/**
 * The map's colours, shared by the MapLibre style and the legend so a swatch always matches the
 * map. Chosen for contrast against the land colour; see ARCHITECTURE.md for the checks.
 */
export const palette = {
	sea: '#cddbe4',
	land: '#f4f1ea',
	coast: '#a9b7bf',
	border: '#8e8a84',
	member: '#9fbad8',
	memberLine: '#4f75a3',
	highlight: '#c8472b',
	highlightLine: '#7d2a17',
	hatch: '#7d2a17',
	label: '#1f1f1f',
	halo: '#ffffff',
	marker: '#111111'
} as const;

/**
 * The font MapLibre draws labels with: the page's self-hosted Source Sans 3, under the alias that
 * app.css declares (no glyph server). The name carries the weight; see app.css for why.
 */
export const labelFont = ['Map Sans Semibold'];
