/**
 * The one theme of the map: colours, line widths, dashes, the hatch, markers, labels and the styles
 * of groups, highlights, areas and overlay roles. The MapLibre style, the static SVG map and the
 * legend all read it, and the page's CSS custom properties are emitted from it, so the renderers
 * cannot drift apart. Contrast is checked in tests/unit/theme/.
 *
 * Dashes are in units of the line's width, as MapLibre reads `line-dasharray`; `svgDash` turns
 * them into SVG's pixels.
 */

/** A filled shape with an outline (a group's members, a highlighted set of countries). */
export interface FillStyle {
	fill: string;
	fillOpacity: number;
	line: string;
	lineWidth: number;
}

/** A line (an overlay, an area's edge). `dash: null` is solid. */
export interface LineStyle {
	color: string;
	width: number;
	dash: number[] | null;
}

export const palette = {
	sea: '#cddbe4',
	land: '#f4f1ea',
	coast: '#a9b7bf',
	border: '#8e8a84',
	label: '#1f1f1f',
	contextLabel: '#4a4a4a',
	/** Names of seas and oceans: a darker blue of the sea, so water reads apart from land. */
	seaLabel: '#3d5a6c',
	halo: '#ffffff',
	marker: '#111111',
	hatch: '#7d2a17',
	/** The static map's credit line and panel edges. */
	credit: '#555555',
	panel: '#ffffff',
	panelEdge: '#d8d4cc'
} as const;

/**
 * Dark mode: every colour of the theme and its counterpart on a dark page, so both renderers and
 * the legend draw the same map in either scheme (checked for contrast like the light one, and for
 * completeness: a colour added to the theme without a dark twin fails a test).
 */
export const darkColours: Readonly<Record<string, string>> = {
	// base map
	'#cddbe4': '#1c2b36', // sea, inset sea
	'#f4f1ea': '#2e3134', // land
	'#a9b7bf': '#56646c', // coast
	'#8e8a84': '#6f6b66', // borders, inset edge
	'#1f1f1f': '#ececec', // labels
	'#4a4a4a': '#c4c4c4', // context labels
	'#3d5a6c': '#9dbbd0', // sea names
	'#ffffff': '#1a1c1e', // halo, legend panel
	'#111111': '#f4f4f4', // marker dot
	'#555555': '#b0b0b0', // credit line
	'#d8d4cc': '#4a4742', // panel edges
	'#c9c3b6': '#595c5f', // inset land
	// highlights: lighter on dark land, outlines lighter still
	'#c8472b': '#e0694c',
	'#7d2a17': '#f09a85', // also the hatch
	'#6a4c93': '#a48bd0',
	'#3b2a52': '#cbbbe8',
	'#2a7f62': '#4fb38f',
	'#17473a': '#9fdcc4',
	// groups: muted fills, light outlines
	'#9fbad8': '#34506e',
	'#4f75a3': '#8fb3de',
	'#c9dcb3': '#3d5230',
	'#557a35': '#a6c98a',
	'#e6d3a3': '#5a4b2a',
	'#85692a': '#d9bf7e',
	// overlays
	'#8c2d7a': '#d77cc4',
	'#2f4858': '#9cc1d8'
};

export type Scheme = 'light' | 'dark';

/** A theme colour in a scheme. */
export const inScheme = (colour: string, scheme: Scheme): string =>
	scheme === 'dark' ? (darkColours[colour.toLowerCase()] ?? colour) : colour;

/** Every theme colour in a text (an SVG, a serialised style) turned to the scheme's. */
export const recolour = (text: string, scheme: Scheme): string =>
	scheme === 'dark' ? text.replace(/#[0-9a-fA-F]{6}\b/g, (c) => inScheme(c, 'dark')) : text;

/** A theme colour for CSS that follows the page's colour scheme (`color-scheme` in app.css). */
export const cssColour = (colour: string): string =>
	`light-dark(${colour}, ${inScheme(colour, 'dark')})`;

/** A static map's dark variant: /maps/<slug>/<step>.svg → /maps/<slug>/<step>-dark.svg. */
export const darkMapUrl = (url: string): string => url.replace(/\.svg$/, '-dark.svg');

export const theme = {
	palette,
	coast: { color: palette.coast, width: 0.6 },
	/** Country borders: thin at world scale, a little stronger close up (zoom → px). */
	border: { color: palette.border, widthAt: [[2, 0.5] as const, [6, 1.2] as const], static: 0.8 },
	/**
	 * Highlighted countries, one style per highlight entry of a step, in order. Each fill and
	 * outline stands out from land and sea (3:1); the hues differ in lightness as well as hue.
	 */
	highlights: [
		{ fill: '#c8472b', fillOpacity: 0.85, line: '#7d2a17', lineWidth: 1.5 },
		{ fill: '#6a4c93', fillOpacity: 0.85, line: '#3b2a52', lineWidth: 1.5 },
		{ fill: '#2a7f62', fillOpacity: 0.85, line: '#17473a', lineWidth: 1.5 }
	] satisfies FillStyle[],
	/** Members of a group on a date: pale fills told apart by their outline, one style per group. */
	groups: [
		{ fill: '#9fbad8', fillOpacity: 1, line: '#4f75a3', lineWidth: 0.8 },
		{ fill: '#c9dcb3', fillOpacity: 1, line: '#557a35', lineWidth: 0.8 },
		{ fill: '#e6d3a3', fillOpacity: 1, line: '#85692a', lineWidth: 0.8 }
	] satisfies FillStyle[],
	/** Annexed, occupied, disputed or leased areas: hatched, with a dashed edge. */
	area: {
		hatch: { color: palette.hatch, size: 8, stripe: 2 },
		edge: { color: palette.hatch, width: 1.2, dash: [2, 1.5] } satisfies LineStyle,
		label: { size: 13 }
	},
	/** Overlay roles: what a feature from a story's GeoJSON is, which sets how it is drawn. */
	overlays: {
		movement: { color: '#8c2d7a', width: 3, dash: null, arrow: 11 },
		route: { color: '#2f4858', width: 2.5, dash: [3, 1.5], arrow: 9 },
		zone: {
			fill: '#8c2d7a',
			fillOpacity: 0.14,
			line: '#8c2d7a',
			lineWidth: 1.5,
			dash: [2, 2]
		},
		site: { color: '#2f4858', size: 10 }
	},
	marker: { radius: 5, fill: palette.marker, stroke: palette.halo, strokeWidth: 2 },
	/**
	 * A highlighted or shaded country too small to see at the view's zoom (Tonga, Malta at a
	 * world view): a circle in its style's fill, edged in its outline colour, on a halo; larger
	 * than a marker's dot, so a capital's marker on it leaves a ring of the colour showing.
	 */
	smallState: { radius: 7, lineWidth: 1.5, halo: 2 },
	labels: {
		/** Country names in three sizes, by the share of the view the country fills (scene rank). */
		country: { sizes: [15, 12.5, 11] as const, haloWidth: 1.6 },
		sea: { size: 12, color: palette.seaLabel, letterSpacing: 0.12 },
		marker: { size: 15, static: 14, haloWidth: 2 },
		letterSpacing: 0.08
	},
	/** The world locator inset of close-up views: equirectangular, twice as wide as tall. */
	inset: {
		width: 132,
		height: 66,
		land: '#c9c3b6',
		sea: palette.sea,
		border: '#8e8a84',
		/** The outline of the view on the world, and its dot when the view is too small to see. */
		frame: '#7d2a17',
		frameWidth: 1.5,
		minFrame: 6
	}
} as const;

export type OverlayRole = keyof typeof theme.overlays;
export const OVERLAY_ROLES = Object.keys(theme.overlays) as OverlayRole[];
/** How many highlight entries and groups one step may use: one style each. */
export const MAX_HIGHLIGHTS = theme.highlights.length;
export const MAX_GROUPS = theme.groups.length;

/** A dash in line widths → SVG's `stroke-dasharray` in pixels. */
export function svgDash(style: {
	width: number;
	dash: readonly number[] | null;
}): string | undefined {
	return style.dash ? style.dash.map((d) => +(d * style.width).toFixed(2)).join(' ') : undefined;
}

/**
 * The font MapLibre draws labels with: the page's self-hosted Source Sans 3, under the alias that
 * app.css declares (no glyph server). The name carries the weight; see app.css for why.
 */
export const labelFont = ['Map Sans Semibold'];

/** The page's CSS custom properties for the map's colours (legend swatches, map backgrounds). */
export function cssVariables(): string {
	const vars: Record<string, string> = {
		'--map-sea': palette.sea,
		'--map-land': palette.land,
		'--map-hatch': theme.area.hatch.color,
		'--map-label': palette.label,
		'--map-halo': palette.halo
	};
	theme.highlights.forEach((s, i) => {
		vars[`--map-highlight-${i}`] = s.fill;
		vars[`--map-highlight-${i}-line`] = s.line;
	});
	theme.groups.forEach((s, i) => {
		vars[`--map-group-${i}`] = s.fill;
		vars[`--map-group-${i}-line`] = s.line;
	});
	for (const role of OVERLAY_ROLES) {
		const s = theme.overlays[role];
		vars[`--map-${role}`] = 'color' in s ? s.color : s.line;
	}
	return Object.entries(vars)
		.map(([k, v]) => `${k}: ${cssColour(v)}`)
		.join('; ');
}

/** What a legend swatch stands for; the theme says how it looks. */
export type Swatch =
	| { kind: 'highlight'; style: number }
	| { kind: 'group'; style: number }
	| { kind: 'area' }
	| { kind: 'overlay'; role: OverlayRole };

/** A swatch as both renderers draw it: a box (fill, outline, maybe hatched), a line or a point. */
export interface SwatchLook {
	shape: 'box' | 'line' | 'point';
	fill: string;
	fillOpacity: number;
	line: string;
	lineWidth: number;
	/** In pixels, as SVG and CSS read it. */
	dash: string | undefined;
	hatched: boolean;
}

export function swatchLook(swatch: Swatch): SwatchLook {
	const box = (s: FillStyle, dash?: string): SwatchLook => ({
		shape: 'box',
		fill: s.fill,
		fillOpacity: s.fillOpacity,
		line: s.line,
		lineWidth: Math.max(1.5, s.lineWidth),
		dash,
		hatched: false
	});
	switch (swatch.kind) {
		case 'highlight':
			return box(theme.highlights[swatch.style] ?? theme.highlights[0]!);
		case 'group':
			return box(theme.groups[swatch.style] ?? theme.groups[0]!);
		case 'area': {
			const { edge } = theme.area;
			return {
				...box({ fill: 'none', fillOpacity: 0, line: edge.color, lineWidth: edge.width }),
				dash: svgDash(edge),
				hatched: true
			};
		}
		case 'overlay': {
			if (swatch.role === 'zone') {
				const z = theme.overlays.zone;
				return box(z, svgDash({ width: z.lineWidth, dash: z.dash }));
			}
			if (swatch.role === 'site') {
				const s = theme.overlays.site;
				return {
					...box({ fill: s.color, fillOpacity: 1, line: palette.halo, lineWidth: 1.5 }),
					shape: 'point'
				};
			}
			const l = theme.overlays[swatch.role];
			return {
				shape: 'line',
				fill: 'none',
				fillOpacity: 0,
				line: l.color,
				lineWidth: l.width,
				dash: svgDash(l),
				hatched: false
			};
		}
	}
}

/** How a context label looks on both maps: countries in capitals, in three sizes; seas in blue. */
export function contextLabelLook(kind: 'country' | 'sea', rank: 0 | 1 | 2) {
	if (kind === 'sea') {
		const { size, color, letterSpacing } = theme.labels.sea;
		return { size, color, halo: palette.sea, letterSpacing, upper: false, weight: 400 };
	}
	return {
		size: theme.labels.country.sizes[rank],
		color: palette.contextLabel,
		halo: palette.halo,
		letterSpacing: theme.labels.letterSpacing,
		upper: true,
		weight: 600
	};
}
