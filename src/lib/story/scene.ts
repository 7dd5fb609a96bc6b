/**
 * Step → scene: the one pure function that decides what the map shows. The map component never
 * looks at a step, only at its scene, so any step can be drawn from nothing (a reload, a jump, a
 * fast scroll) and no stale layer survives.
 */
import { lonWithin, nearLon } from '../data/longitude.js';
import { contextLabels, countriesNamedIn } from './context-labels.ts';
import { fitBoxOf, isCloseUp, viewOf } from './frame.ts';
import { fineRegionIn, fineRegionsOf, type FineCluster } from './fine-regions.ts';
import { placesOf, stepCamera, type PlaceRef } from './focus.ts';
import { membersOn, shadedOn } from './groups.ts';
import { symbolsOf } from './symbols.ts';
import { leadsOf, peeksOf } from './peeks.ts';
import { plainText } from './text.ts';
import type { Area, Registry } from './registry';
import type {
	Arrowhead,
	LegendEntry,
	LonLat,
	OverlayFeature,
	Scene,
	SceneMarker,
	Step,
	Story
} from './types';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "2022-01-07" → "7 January 2022", without depending on the reader's locale. */
export function longDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Whether a point lies in the area a camera frames (an explicit camera frames everything). */
export function within([lon, lat]: LonLat, camera: Scene['camera']): boolean {
	if (camera.kind === 'explicit') return true;
	const [w, s, e, n] = camera.bounds;
	return lonWithin(lon, w, e) && lat >= s && lat <= n;
}

/** A marker's label goes on the side of its dot that faces the middle of the view, never off the edge. */
export function labelSide([point]: LonLat, camera: Scene['camera']): 'left' | 'right' {
	// Measured next to the view: across 180°, Nuku‘alofa (−175°) lies east of Suva (178°).
	const lon = nearLon(point, middleLon(camera));
	if (camera.kind === 'explicit') return lon > camera.center[0] ? 'left' : 'right';
	const [w, , e] = camera.bounds;
	return e > w && (lon - w) / (e - w) > 0.5 ? 'left' : 'right';
}

/** The longitude the view is centred on (east may lie past 180). */
const middleLon = (camera: Scene['camera']) =>
	camera.kind === 'explicit' ? camera.center[0] : (camera.bounds[0] + camera.bounds[2]) / 2;

/** Web Mercator's y for a latitude (north up), to measure directions as the map draws them. */
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Arrowheads at the end of each line of a feature with `arrow: true`, pointing along its last leg. */
export function arrowheadsOf(feature: OverlayFeature): Arrowhead[] {
	if (!feature.arrow) return [];
	const g = feature.geometry;
	const lines =
		g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
	return lines.flatMap((line): Arrowhead[] => {
		const end = line.at(-1) as LonLat | undefined;
		const before = ([...line].reverse() as LonLat[]).find(
			(p) => p[0] !== end?.[0] || p[1] !== end?.[1]
		);
		if (!end || !before) return [];
		const dx = end[0] - before[0];
		const dy = mercY(end[1]) - mercY(before[1]);
		const angle = ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
		return [{ at: [end[0], end[1]], angle: +angle.toFixed(1) }];
	});
}

/** An area's words: its on-map label, and its legend entry (who holds it, and since when). */
export function areaWords(area: Area, name: (id: string) => string) {
	const year = area.since.slice(0, 4);
	const by = area.heldBy ? name(area.heldBy) : null;
	const verb: Record<Area['status'], string> = {
		annexed: `annexed by ${by} in ${year}`,
		occupied: `occupied by ${by} since ${year}`,
		disputed: `disputed since ${year}`,
		leased: `leased to ${by} since ${year}`
	};
	return {
		label: `${area.name}\n(${area.status} ${year})`,
		legend: `${area.name}: part of ${name(area.sovereign)}, ${verb[area.status]}`
	};
}

/** The English name of a country, area or place id. */
const nameIn = (registry: Registry, places: ReadonlyMap<string, PlaceRef>) => (id: string) =>
	registry.countries.get(id)?.name ?? registry.areas.get(id)?.name ?? places.get(id)?.name ?? id;

/**
 * The scene of a step of a story. `fineRegions` are the story's clusters of close-up regions
 * (fineRegionsOf): pass them when drawing every step of a story, to work them out once.
 */
export function sceneForStep(
	step: Step,
	story: Story,
	registry: Registry,
	fineRegions: readonly FineCluster[] = fineRegionsOf(story, registry)
): Scene {
	const m = step.map;
	const date = m.date ?? story.asOf;
	const places = placesOf(story, registry);
	const name = nameIn(registry, places);
	const countries = [...registry.countries.values()];
	// Members are counted as countries; the shading covers their territories too (Greenland).
	const shades = m.shade.map((set, style) => {
		const group = registry.groups.get(set.group)!;
		const members = membersOn(group, date);
		return { set, group, members, style, ids: shadedOn(group, date, countries) };
	});
	const camera = stepCamera(m, registry, places);
	const markers: SceneMarker[] = m.markers.map((id) => {
		const place = places.get(id)!;
		const { coordinates } = place;
		return {
			id,
			name: place.name,
			// On the view's side of 180°, as the maps draw it.
			coordinates: [nearLon(coordinates[0], middleLon(camera)), coordinates[1]],
			note: m.notes[id] ?? null,
			side: labelSide(coordinates, camera)
		};
	});
	const areas = m.areas.map((id) => ({
		area: registry.areas.get(id)!,
		words: areaWords(registry.areas.get(id)!, name)
	}));
	const overlays = m.overlays.map((id) => {
		const feature = story.overlays.find((f) => f.id === id)!;
		return { ...feature, arrowheads: arrowheadsOf(feature) };
	});
	const highlights = m.highlight.map((set, style) => ({ ids: [...set.countries], style }));
	const highlight = [...new Set(highlights.flatMap((h) => h.ids))];

	// Name what the step is about (in its words and on its map) and what surrounds it, so a
	// reader can find their way; the renderers drop whatever would collide with a marker.
	const focusedCountries = m.focus.filter((id) => registry.countries.has(id));
	const markerCountries = markers.map((mk) => places.get(mk.id)!.country);
	const words = step.paragraphs.map(plainText).join(' ');
	const frame = viewOf(camera);
	const labels = contextLabels({
		named: [
			...highlight,
			...countriesNamedIn(words, registry),
			...focusedCountries,
			...markerCountries
		],
		frame,
		registry
	});

	const legend: LegendEntry[] = [
		...m.highlight.map((set, style) => ({
			swatch: { kind: 'highlight', style } as const,
			label: set.label ?? listOf(set.countries.map(name))
		})),
		...shades.map(({ set, group, members, style }) => ({
			swatch: { kind: 'group', style } as const,
			label: set.label ?? `${group.name} members on ${longDate(date)} (${members.length} countries)`
		})),
		...areas.map(({ words }) => ({ swatch: { kind: 'area' } as const, label: words.legend })),
		...overlays
			.filter((o, i) => overlays.findIndex((x) => x.role === o.role && x.name === o.name) === i)
			.map((o) => ({ swatch: { kind: 'overlay', role: o.role } as const, label: o.name }))
	];

	const peeks = peeksOf(step, { markers, labels }, registry, places);
	const leads = leadsOf(
		[
			...markers.map((mk) => mk.id),
			...peeks.flatMap((p) => p.markers.map((mk) => mk.id)),
			...highlight
		],
		story,
		registry,
		places
	);

	return {
		stepId: step.id,
		camera,
		highlight,
		highlights,
		shades: shades.map(({ set, ids, style }) => ({ group: set.group, ids, style })),
		shaded: [...new Set(shades.flatMap((s) => s.ids))].sort(),
		symbols: symbolsOf({ camera, highlights, shades }, registry),
		areas: areas.map(({ area, words }) => ({ id: area.id, label: words.label })),
		overlays,
		markers,
		labels,
		locator: isCloseUp(fitBoxOf(camera)) ? frame : null,
		fine: fineRegionIn(camera, fineRegions),
		legend,
		description:
			step.description ??
			describeScene({
				markers,
				legend,
				focus: m.focus,
				camera,
				placeWithCountry: (id) => {
					const place = places.get(id);
					return place ? `${place.name}, ${name(place.country)}` : name(id);
				}
			}),
		peeks,
		leads
	};
}

/** The generated description: what is framed, marked and drawn, in the legend's own words. */
function describeScene(parts: {
	markers: SceneMarker[];
	legend: LegendEntry[];
	focus: string[];
	camera: Scene['camera'];
	placeWithCountry: (id: string) => string;
}): string {
	const { markers, legend, focus, placeWithCountry } = parts;
	const sentences: string[] = [];
	if (focus.length) sentences.push(`The map shows ${listOf(focus.map(placeWithCountry))}.`);
	if (markers.length) {
		const marked = markers.map((mk) =>
			mk.note ? `${mk.name} (${mk.note.replaceAll('\n', '; ')})` : mk.name
		);
		sentences.push(`${listOf(marked)} ${marked.length > 1 ? 'are' : 'is'} marked.`);
	}
	const how: Record<LegendEntry['swatch']['kind'], string> = {
		highlight: 'Highlighted',
		group: 'Shaded',
		area: 'Hatched',
		overlay: 'Drawn'
	};
	for (const entry of legend) sentences.push(`${how[entry.swatch.kind]}: ${entry.label}.`);
	// A bare camera still gets words: where the map looks.
	if (!sentences.length && parts.camera.kind === 'explicit') {
		const [lon, lat] = parts.camera.center;
		const deg = (v: number, pos: string, neg: string) =>
			`${Math.abs(v).toFixed(1)}°${v < 0 ? neg : pos}`;
		sentences.push(`The map shows the area around ${deg(lat, 'N', 'S')}, ${deg(lon, 'E', 'W')}.`);
	}
	return sentences.join(' ');
}
