/**
 * The story's domain types. A `Story` is what the content parser returns; a `Scene` is what the map
 * draws for one step. Nothing here knows about Svelte or MapLibre.
 */
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { OverlayRole, Swatch } from '../theme/theme.ts';

/** Longitude, latitude in degrees (WGS84), GeoJSON order. */
export type LonLat = [number, number];

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

/** What a map mark in the text points at: a place (gazetteer or the story's own), a country or an area. */
export interface MapRef {
	kind: 'place' | 'country' | 'area';
	id: string;
}

/** Inline text, already tokenised: rendered as elements, never as raw HTML. */
export type Inline =
	| { kind: 'text'; text: string }
	| { kind: 'em'; children: Inline[] }
	| { kind: 'strong'; children: Inline[] }
	/** A map mark, `[Geneva](place:geneva)`: words that send the map to a place while read. */
	| { kind: 'mark'; ref: MapRef; children: Inline[] };

/** One paragraph of story text. */
export type Paragraph = Inline[];

/** An explicit camera that overrides framing by focus. */
export interface CameraOverride {
	center: LonLat;
	zoom: number;
	/** Degrees clockwise from north; default 0. */
	bearing: number;
	/** Degrees from vertical; default 0. */
	pitch: number;
}

/** A set of countries highlighted together, with one style and one legend entry. */
export interface HighlightSet {
	countries: string[];
	/** The legend's words for the set; null lists the countries' names. */
	label: string | null;
}

/** A group whose members on the step's date are shaded. */
export interface ShadeSet {
	group: string;
	/** The legend's words; null says "<group> members on <date> (<n> countries)". */
	label: string | null;
}

/** What one step asks of the map, as written by the author (ids already checked). */
export interface StepMap {
	/** Places and countries the camera frames. */
	focus: string[];
	/** Sets of countries drawn in accent colours, one style each. */
	highlight: HighlightSet[];
	/** Places (gazetteer or the story's own) drawn as markers with labels. */
	markers: string[];
	/** Groups whose members on `date` are shaded, one style each. */
	shade: ShadeSet[];
	/** Annexed, occupied, disputed or leased areas drawn hatched, by id. */
	areas: string[];
	/** Features of the story's overlay file drawn on the map, by id. */
	overlays: string[];
	/** ISO date on which groups and areas are evaluated; null uses the story's `as_of`. */
	date: string | null;
	/** Extra text for a marker's label, by place id (for example the meeting day). */
	notes: Record<string, string>;
	camera: CameraOverride | null;
}

export interface Step {
	id: string;
	/** 1-based position, for messages and counters. */
	index: number;
	/** Optional kicker shown above the text, e.g. "Monday 10 January 2022". */
	when: string | null;
	paragraphs: Paragraph[];
	map: StepMap;
	/** Author's description of the map, overriding the generated one. */
	description: string | null;
}

/** A mechanical scraping artefact mended in the source text, listed for editors. */
export interface Mend {
	step: string;
	found: string;
	mended: string;
	why: string;
}

/** A dated event of a story's timeline, told in one of its steps, at a gazetteer place. */
export interface TimelineEvent {
	what: string;
	/** Place id; the step's map marks it. */
	where: string;
	/** Step id that tells this event. */
	step: string;
}

export interface Timeline {
	title: string;
	/** Days with events, in order; the component shows the days between them too. */
	days: { date: string; events: TimelineEvent[] }[];
}

/** A place a story defines for itself, beside the shared gazetteer (geo/places.json). */
export interface StoryPlace {
	id: string;
	name: string;
	coordinates: LonLat;
	/** ISO 3166-1 alpha-3 of the country it lies in; checked against the country's shape. */
	country: string;
	source: string;
}

/** One feature of a story's overlay file (src/content/<slug>.geojson). */
export interface OverlayFeature {
	id: string;
	role: OverlayRole;
	/** What it is, in the legend (and beside a site). */
	name: string;
	/** Lines only: draw an arrowhead at the line's end. */
	arrow: boolean;
	source: string;
	geometry: Point | LineString | MultiLineString | Polygon | MultiPolygon;
}

/** A fact for the teacher about one step, with its source: shown in the speaker view and the teacher's handout only. */
export interface PresenterNote {
	note: string;
	source: string;
}

export interface Story {
	slug: string;
	title: string;
	standfirst: string;
	/** ISO date on which dated facts (memberships, areas) are evaluated unless a step sets its own. */
	asOf: string;
	/** Where the text comes from: `credit` is the header's sentence for it, `note` the footer's account. */
	source: { headline: string; note: string; credit: string };
	mends: Mend[];
	/** Places this story defines itself. */
	places: StoryPlace[];
	/** Every feature of the story's overlay file, if it has one. */
	overlays: OverlayFeature[];
	steps: Step[];
	timeline: Timeline | null;
	/** Notes for the teacher, by step id (every key is a step of this story). Readers' pages get `{}`. */
	presenterNotes: Record<string, PresenterNote[]>;
}

/** A marker the scene draws. */
export interface SceneMarker {
	id: string;
	name: string;
	coordinates: LonLat;
	note: string | null;
	/** Which side of the dot the label goes: the side facing the middle of the view. */
	side: 'left' | 'right';
}

export type SceneCamera =
	{ kind: 'fit'; bounds: Bounds; points: LonLat[] } | ({ kind: 'explicit' } & CameraOverride);

export interface LegendEntry {
	/** Which map style the swatch shows (see theme.ts). */
	swatch: Swatch;
	label: string;
}

/** An area the scene hatches, with the words of its on-map label. */
export interface SceneArea {
	id: string;
	label: string;
}

/** An arrowhead at a line's end: where it sits, and which way it points on a Web Mercator map. */
export interface Arrowhead {
	at: LonLat;
	/** Degrees clockwise from up (north). */
	angle: number;
}

/** An overlay feature as the scene draws it, with its arrowheads (one per line) already placed. */
export interface SceneOverlay extends OverlayFeature {
	arrowheads: Arrowhead[];
}

/** A context label: a country's or a sea's name, placed where the frame shows it. */
export interface SceneLabel {
	id: string;
	name: string;
	kind: 'country' | 'sea';
	/** Where the name is centred. */
	at: LonLat;
	/** Size in the hierarchy: 0 largest (see theme.labels.country.sizes). */
	rank: 0 | 1 | 2;
	/** A small state's name at its symbol (story/symbols.ts): drawn beside the symbol, not on it. */
	small?: boolean;
}

/**
 * What the map shows while a reader points at a map mark of the step: the step's scene with this
 * camera, plus the marker or name that says where the mark points (when the scene lacks one).
 */
export interface ScenePeek {
	/** The mark's id (a place, country or area id). */
	id: string;
	camera: SceneCamera;
	/** Drawn besides the scene's markers: the marked place, unless the scene marks it already. */
	markers: SceneMarker[];
	/** Drawn before the scene's labels: the marked country's name, unless the scene has it. */
	labels: SceneLabel[];
	/** The locator inset's frame for this camera, as `Scene.locator`. */
	locator: Bounds | null;
}

/** Everything the map shows for one step; a pure function of the step and the geo facts. */
/** A country drawn as a symbol at its label point, in the style of its highlight set or group. */
export interface SceneSymbol {
	id: string;
	at: LonLat;
	kind: 'highlight' | 'group';
	style: number;
}

export interface Scene {
	stepId: string;
	camera: SceneCamera;
	/** Every highlighted country id (the contract's data-highlight). */
	highlight: string[];
	/** The highlighted sets: ids and their style (index into theme.highlights). */
	highlights: { ids: string[]; style: number }[];
	/** The shaded groups: the ids to fill (members and their territories) and their style. */
	shades: { group: string; ids: string[]; style: number }[];
	/** Every shaded id, sorted (the contract's data-shaded). */
	shaded: string[];
	/** Highlighted and shaded countries too small to see at the step's zoom, drawn as symbols. */
	symbols: SceneSymbol[];
	areas: SceneArea[];
	overlays: SceneOverlay[];
	markers: SceneMarker[];
	/**
	 * Context labels in priority order: countries the step names, then seas, then the largest
	 * countries in view. They give way to markers and to each other (earlier wins).
	 */
	labels: SceneLabel[];
	/** The frame a world locator inset marks, for views of a small part of the world; else null. */
	locator: Bounds | null;
	/**
	 * For a close-up (framed at zoom 5 or more on the 800×600 reference map): the region of finer
	 * shapes the live map draws, `static/data/fine/<id>.json`, covering `bbox`: the story's cluster
	 * that holds the step's own region (fine-regions.ts); else null.
	 */
	fine: { id: string; bbox: Bounds } | null;
	legend: LegendEntry[];
	description: string;
	/** What the map shows for each map mark in the step's text, in the order they first appear. */
	peeks: ScenePeek[];
	/**
	 * For each marker and highlighted country of the scene, the id of the first step whose text
	 * or map names it: where choosing it on the map leads.
	 */
	leads: Record<string, string>;
}

/**
 * What a shared link to a story or a step shows on social sites (its Open Graph and Twitter tags):
 * built at build time ($lib/server/share), drawn into the page's head ($lib/ui/ShareMeta.svelte).
 */
export interface ShareMeta {
	title: string;
	description: string;
	/** The shared page's own absolute address (og:url). */
	url: string;
	/** The card image's absolute address, its size in px and its text alternative. */
	image: string;
	imageWidth: number;
	imageHeight: number;
	imageAlt: string;
}
