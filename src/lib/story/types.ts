/**
 * The story's domain types. A `Story` is what the content parser returns; a `Scene` is what the map
 * draws for one step. Nothing here knows about Svelte or MapLibre.
 */

/** Longitude, latitude in degrees (WGS84), GeoJSON order. */
export type LonLat = [number, number];

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

/** Inline text, already tokenised: rendered as elements, never as raw HTML. */
export type Inline =
	| { kind: 'text'; text: string }
	| { kind: 'em'; children: Inline[] }
	| { kind: 'strong'; children: Inline[] };

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

/** What one step asks of the map, as written by the author (ids already checked). */
export interface StepMap {
	/** Places and countries the camera frames. */
	focus: string[];
	/** Countries drawn in the accent colour. */
	highlight: string[];
	/** Gazetteer places drawn as markers with labels. */
	markers: string[];
	/** Organisation whose members on the story's date are shaded, if any. */
	shade: 'NATO' | null;
	/** Whether Crimea is marked as annexed by Russia in 2014. */
	crimea: boolean;
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

export interface Story {
	slug: string;
	title: string;
	standfirst: string;
	/** ISO date on which dated facts (memberships) are evaluated. */
	asOf: string;
	source: { headline: string; note: string };
	mends: Mend[];
	steps: Step[];
	timeline: Timeline | null;
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
	/** Which map style the swatch shows. */
	swatch: 'highlight' | 'member' | 'annexed';
	label: string;
}

/** Everything the map shows for one step; a pure function of the step and the geo facts. */
export interface Scene {
	stepId: string;
	camera: SceneCamera;
	highlight: string[];
	shaded: string[];
	crimea: boolean;
	markers: SceneMarker[];
	/** Country ids whose names are drawn on the map. */
	labels: string[];
	legend: LegendEntry[];
	description: string;
}
