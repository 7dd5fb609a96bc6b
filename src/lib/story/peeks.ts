/**
 * Build time: what the map shows for each map mark of a step (its peek), and where each thing the
 * map marks leads back to in the text. Pure; the page ships the results inside each scene.
 */
import { countriesNamedIn } from './context-labels.ts';
import { fitBoxOf, isCloseUp, viewOf } from './frame.ts';
import { marksIn } from './marks.ts';
import type { Registry } from './registry';
import { plainText } from './text.ts';
import type { LonLat, MapRef, ScenePeek, SceneMarker, Step, Story } from './types';

/** A place as peeks need it: from the gazetteer or the story's own list. */
interface PlaceRef {
	name: string;
	coordinates: LonLat;
}

/** The camera a mark asks for: a place framed alone, a country's main part, an area's box. */
function cameraOf(ref: MapRef, registry: Registry, places: ReadonlyMap<string, PlaceRef>) {
	const place = ref.kind === 'place' ? places.get(ref.id) : undefined;
	const country = ref.kind === 'country' ? registry.countries.get(ref.id) : undefined;
	const box = place
		? ([...place.coordinates, ...place.coordinates] as [number, number, number, number])
		: country
			? (country.frame ?? country.bbox)
			: registry.areas.get(ref.id)?.bbox;
	if (!box) throw new Error(`unknown map mark "${ref.kind}:${ref.id}"`);
	const [w, s, e, n] = box;
	const points: LonLat[] = [
		[w, s],
		[e, n]
	];
	return { kind: 'fit' as const, bounds: box, points };
}

/** The peeks of a step's marks, each once, given the markers and labels its scene has. */
export function peeksOf(
	step: Step,
	scene: { markers: SceneMarker[]; labels: { id: string }[] },
	registry: Registry,
	places: ReadonlyMap<string, PlaceRef>
): ScenePeek[] {
	const seen = new Set<string>();
	return marksIn(step.paragraphs).flatMap((ref): ScenePeek[] => {
		if (seen.has(ref.id)) return [];
		seen.add(ref.id);
		const camera = cameraOf(ref, registry, places);
		const place = ref.kind === 'place' ? places.get(ref.id) : undefined;
		const country = ref.kind === 'country' ? registry.countries.get(ref.id) : undefined;
		const marked = scene.markers.some((m) => m.id === ref.id);
		const named = scene.labels.some((l) => l.id === ref.id);
		return [
			{
				id: ref.id,
				camera,
				markers:
					place && !marked
						? [
								{
									id: ref.id,
									name: place.name,
									coordinates: place.coordinates,
									note: null,
									side: 'right'
								}
							]
						: [],
				labels:
					country?.label && !named
						? [{ id: ref.id, name: country.name, kind: 'country', at: country.label, rank: 0 }]
						: [],
				locator: isCloseUp(fitBoxOf(camera)) ? viewOf(camera) : null
			}
		];
	});
}

/** Whether a step's words or map name a place or country (by id). */
function names(
	step: Step,
	id: string,
	registry: Registry,
	places: ReadonlyMap<string, PlaceRef>
): boolean {
	const m = step.map;
	const onMap =
		m.markers.includes(id) ||
		m.focus.includes(id) ||
		m.highlight.some((set) => set.countries.includes(id));
	if (onMap || marksIn(step.paragraphs).some((r) => r.id === id)) return true;
	const words = step.paragraphs.map(plainText).join(' ');
	const place = places.get(id);
	if (place) return new RegExp(`(?<!\\p{L})${escape(place.name)}(?!\\p{L})`, 'iu').test(words);
	return registry.countries.has(id) && countriesNamedIn(words, registry).includes(id);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** For each id, the first step of the story whose words or map name it (ids no step names are left out). */
export function leadsOf(
	ids: string[],
	story: Pick<Story, 'steps'>,
	registry: Registry,
	places: ReadonlyMap<string, PlaceRef>
): Record<string, string> {
	const leads: Record<string, string> = {};
	for (const id of ids) {
		const step = story.steps.find((s) => names(s, id, registry, places));
		if (step) leads[id] = step.id;
	}
	return leads;
}
