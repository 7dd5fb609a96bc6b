/**
 * Step → scene: the one pure function that decides what the map shows. The map component never
 * looks at a step, only at its scene, so any step can be drawn from nothing (a reload, a jump, a
 * fast scroll) and no stale layer survives.
 */
import { areaOfMembersOn, membersOn } from '../data/groups.js';
import type { Registry } from './registry';
import type { Bounds, LegendEntry, LonLat, Scene, SceneMarker, Step, Story } from './types';

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

/** The points a step's focus stands for: a place's position, or the corners of a country's box. */
export function focusPoints(focus: string[], registry: Registry): LonLat[] {
	return focus.flatMap((ref): LonLat[] => {
		const place = registry.places.get(ref);
		if (place) return [place.coordinates];
		const country = registry.countries.get(ref);
		if (!country) throw new Error(`unknown focus "${ref}"`);
		const [w, s, e, n] = country.frame ?? country.bbox;
		return [
			[w, s],
			[e, n]
		];
	});
}

export function boundsOf(points: LonLat[]): Bounds {
	const lons = points.map((p) => p[0]);
	const lats = points.map((p) => p[1]);
	return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** Whether a point lies in the area a camera frames (an explicit camera frames everything). */
export function within([lon, lat]: LonLat, camera: Scene['camera']): boolean {
	if (camera.kind === 'explicit') return true;
	const [w, s, e, n] = camera.bounds;
	return lon >= w && lon <= e && lat >= s && lat <= n;
}

/** A marker's label goes on the side of its dot that faces the middle of the view, never off the edge. */
export function labelSide([lon]: LonLat, camera: Scene['camera']): 'left' | 'right' {
	if (camera.kind === 'explicit') return lon > camera.center[0] ? 'left' : 'right';
	const [w, , e] = camera.bounds;
	return e > w && (lon - w) / (e - w) > 0.5 ? 'left' : 'right';
}

/** The English name of a country, area or place id. */
const nameIn = (registry: Registry) => (id: string) =>
	registry.countries.get(id)?.name ?? registry.places.get(id)?.name ?? id;

export function sceneForStep(step: Step, story: Story, registry: Registry): Scene {
	const m = step.map;
	const name = nameIn(registry);
	// Members are counted as countries; the shading covers their territories too (Greenland).
	const facts = [...registry.countries.values()];
	const members = m.shade ? membersOn(m.shade, story.asOf, facts) : [];
	const shaded = m.shade ? areaOfMembersOn(m.shade, story.asOf, facts) : [];
	const points = focusPoints(m.focus, registry);
	const camera: Scene['camera'] = m.camera
		? { kind: 'explicit', ...m.camera }
		: { kind: 'fit', bounds: boundsOf(points), points };
	const markers: SceneMarker[] = m.markers.map((id) => {
		const place = registry.places.get(id)!;
		const { coordinates } = place;
		return {
			id,
			name: place.name,
			coordinates,
			note: m.notes[id] ?? null,
			side: labelSide(coordinates, camera)
		};
	});

	// Name what the step is about, and the countries its markers stand in, for orientation; but
	// only where the name sits inside the framed area, so no name is cut off at the map's edge
	// (the legend names highlighted countries whose label is out of view).
	const focusedCountries = m.focus.filter((id) => registry.countries.has(id) && id !== 'crimea');
	const markerCountries = markers.map((mk) => registry.places.get(mk.id)!.country);
	const labels = [...new Set([...m.highlight, ...focusedCountries, ...markerCountries])].filter(
		(id) => {
			const at = registry.countries.get(id)?.label;
			return id !== 'crimea' && at !== undefined && within(at, camera);
		}
	);

	const legend: LegendEntry[] = [];
	if (m.highlight.length)
		legend.push({ swatch: 'highlight', label: listOf(m.highlight.map(name)) });
	if (members.length) {
		legend.push({
			swatch: 'member',
			label: `${m.shade} member on ${longDate(story.asOf)} (${members.length} countries)`
		});
	}
	if (m.crimea)
		legend.push({ swatch: 'annexed', label: 'Crimea: part of Ukraine, annexed by Russia in 2014' });

	return {
		stepId: step.id,
		camera,
		highlight: [...m.highlight],
		shaded,
		crimea: m.crimea,
		markers,
		labels,
		legend,
		description: step.description ?? describeScene(markers, members, m, story, registry)
	};
}

function describeScene(
	markers: SceneMarker[],
	members: string[],
	m: Step['map'],
	story: Story,
	registry: Registry
): string {
	const { focus, highlight } = m;
	const name = nameIn(registry);
	const placeWithCountry = (id: string) => {
		const place = registry.places.get(id);
		const country = place && registry.countries.get(place.country);
		return place && country ? `${place.name}, ${country.name}` : name(id);
	};
	const sentences: string[] = [];
	if (focus.length) sentences.push(`The map shows ${listOf(focus.map(placeWithCountry))}.`);
	if (markers.length) {
		const marked = markers.map((mk) => (mk.note ? `${mk.name} (${mk.note})` : mk.name));
		sentences.push(`${listOf(marked)} ${marked.length > 1 ? 'are' : 'is'} marked.`);
	}
	if (highlight.length) {
		sentences.push(
			`${listOf(highlight.map(name))} ${highlight.length > 1 ? 'are' : 'is'} highlighted.`
		);
	}
	if (members.length) {
		sentences.push(
			`The ${members.length} ${m.shade} members on ${longDate(story.asOf)} are shaded.`
		);
	}
	if (m.crimea) sentences.push('Crimea is hatched: part of Ukraine, annexed by Russia in 2014.');
	return sentences.join(' ');
}
