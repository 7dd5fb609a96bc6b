/**
 * The one door from a story file to a typed `Story`. It fails with every problem at once, each
 * naming the file, the line, the step and field, what was found and what was expected, so a broken
 * story stops the build with a message an author can act on.
 */
import { LineCounter, parseDocument } from 'yaml';
import { firstDay, membersOn } from './groups.ts';
import { InlineError, parseParagraphs, plainText } from './inline.ts';
import { describe, locate, unknown, valueAt, type Path } from './locate.ts';
import { parseOverlays } from './overlays.ts';
import type { Registry } from './registry';
import { storySchema, type StoryFile } from './schema.ts';
import { marksIn } from './marks.ts';
import type { MapRef, OverlayFeature, Paragraph, Story, StoryPlace } from './types';
import { yamlProblems } from './yaml-errors.ts';

type Fail = (path: Path, msg: string, near?: string) => void;

export class StoryError extends Error {
	constructor(
		readonly file: string,
		readonly problems: string[]
	) {
		super(`${file}: ${problems.length} problem(s) in this story:\n  ${problems.join('\n  ')}`);
		this.name = 'StoryError';
	}
}

/** A story's overlay file, if it has one: its path (for messages) and its text. */
export interface OverlaySource {
	file: string;
	text: string | null;
}

/**
 * Parses and validates one story file. `overlays` is the GeoJSON file beside it
 * (src/content/<name>.geojson; `text: null` when there is none). Throws StoryError naming every problem.
 */
export function parseStory(
	source: string,
	file: string,
	registry: Registry,
	overlays: OverlaySource = { file: file.replace(/\.ya?ml$/, '.geojson'), text: null }
): Story {
	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
	if (doc.errors.length) throw new StoryError(file, yamlProblems(doc.errors, lines, file));
	const raw: unknown = doc.toJS();
	const where = locate(doc, lines, file, raw, source);
	const result = storySchema.safeParse(raw);
	if (!result.success) {
		throw new StoryError(
			file,
			result.error.issues.map((i) => where(i.path as Path, describe(i, raw)))
		);
	}
	const problems: string[] = [];
	let features: OverlayFeature[] = [];
	if (overlays.text !== null) {
		const parsed = parseOverlays(overlays.text, overlays.file);
		problems.push(...parsed.problems);
		features = parsed.features;
	}
	const story = build(
		result.data,
		registry,
		{ ...overlays, features },
		raw,
		(path, message, near) => problems.push(where(path, message, near))
	);
	if (problems.length) throw new StoryError(file, problems);
	return story;
}

/** Checks the story's own places: new ids, known countries, and inside the country they claim. */
function checkPlaces(
	places: (StoryPlace & { at_sea_km?: number })[],
	registry: Registry,
	fail: (path: Path, msg: string) => void
): void {
	const seen = new Set<string>();
	places.forEach((place, i) => {
		const at = (field: string): Path => ['places', i, field];
		if (registry.places.has(place.id)) {
			fail(
				at('id'),
				`found "${place.id}", which the gazetteer (geo/places.json) already has; expected a new id, or use the gazetteer's place and leave this one out`
			);
		} else if (seen.has(place.id)) {
			fail(at('id'), `found "${place.id}" again; expected a unique place id`);
		}
		seen.add(place.id);
		const country = registry.countries.get(place.country);
		if (!country) {
			fail(at('country'), unknown(place.country, [...registry.countries.keys()], 'a country id'));
		} else if (registry.contains?.(place.country, place.coordinates) === false) {
			const km = registry.distanceKm?.(place.country, place.coordinates);
			if (place.at_sea_km !== undefined && km !== undefined && km <= place.at_sea_km) return;
			const nearest = registry.nearest?.(place.coordinates);
			const far = km === undefined ? '' : ` (${Math.round(km)} km from its land)`;
			const near =
				nearest && nearest.id !== place.country
					? `; the nearest country is ${registry.countries.get(nearest.id)?.name ?? nearest.id}, ${Math.round(nearest.km)} km away`
					: '';
			fail(
				at(place.at_sea_km === undefined ? 'coordinates' : 'at_sea_km'),
				`found [${place.coordinates.join(', ')}], which lies outside ${country.name}${far}${near}; expected a position in the country the place claims (longitude first), or for a place at sea in its waters, at_sea_km: the greatest distance from its land it may lie`
			);
		}
	});
}

function build(
	data: StoryFile,
	registry: Registry,
	overlays: OverlaySource & { features: OverlayFeature[] },
	raw: unknown,
	fail: Fail
): Story {
	checkPlaces(data.places, registry, fail);
	const countries = [...registry.countries.keys()];
	const areas = [...registry.areas.keys()];
	const places = [...registry.places.keys(), ...data.places.map((p) => p.id)];
	const overlayIds = overlays.features.map((f) => f.id);
	const seen = new Set<string>();
	const steps = data.steps.map((step, i) => {
		const at = (...rest: Path): Path => ['steps', i, ...rest];
		if (seen.has(step.id)) fail(at('id'), `found "${step.id}" again; expected a unique step id`);
		seen.add(step.id);

		let paragraphs: Story['steps'][number]['paragraphs'] = [];
		try {
			paragraphs = parseParagraphs(step.text);
		} catch (e) {
			if (!(e instanceof InlineError)) throw e;
			fail(at('text'), e.message);
		}
		checkMarks(paragraphs, { place: places, country: countries, area: areas }, at('text'), fail);

		const m = step.map;
		const date = m.date ?? data.as_of;
		m.focus.forEach((ref, j) =>
			checkRef(
				ref,
				[...places, ...countries, ...areas],
				at('map', 'focus', j),
				'a place, country or area id',
				fail
			)
		);
		// Refs are checked where the author wrote them: a plain id, or inside a {countries} item.
		asList(valueAt(raw, at('map', 'highlight'))).forEach((item, k) => {
			if (typeof item === 'string')
				checkRef(item, countries, at('map', 'highlight', k), 'a country id', fail);
			else if (isRecord(item) && Array.isArray(item.countries))
				item.countries.forEach((ref: unknown, j: number) =>
					checkRef(
						String(ref),
						countries,
						at('map', 'highlight', k, 'countries', j),
						'a country id',
						fail
					)
				);
		});
		m.markers.forEach((ref, j) =>
			checkRef(ref, places, at('map', 'markers', j), 'a place id', fail)
		);
		const shadeWritten = valueAt(raw, at('map', 'shade'));
		m.shade.forEach((set, j) => {
			const group = registry.groups.get(set.group);
			const path = Array.isArray(shadeWritten) ? at('map', 'shade', j) : at('map', 'shade');
			if (!group) {
				fail(path, unknown(set.group, [...registry.groups.keys()], 'a group id'));
			} else if (membersOn(group, date).length === 0) {
				fail(
					path,
					`found ${set.group} on ${date}, when it had no members in the data; expected a date from ${firstDay(group) ?? 'its first membership'} (set the step's map.date or the story's as_of)`
				);
			}
		});
		m.areas.forEach((ref, j) => {
			const area = registry.areas.get(ref);
			if (!area) {
				fail(at('map', 'areas', j), unknown(ref, areas, 'an area id'));
			} else if (area.since > date) {
				fail(
					at('map', 'areas', j),
					`found "${ref}" on ${date}, before it was ${area.status} (${area.since}); expected a date on or after ${area.since}`
				);
			}
		});
		m.overlays.forEach((ref, j) => {
			if (overlays.text === null) {
				fail(
					at('map', 'overlays', j),
					`found overlay "${ref}" but no overlay file; expected ${overlays.file} beside the story`
				);
			} else if (overlays.features.length) {
				checkRef(
					ref,
					overlayIds,
					at('map', 'overlays', j),
					`a feature id of ${overlays.file}`,
					fail
				);
			}
		});
		for (const key of Object.keys(m.notes)) {
			if (!m.markers.includes(key)) {
				fail(
					at('map', 'notes', key),
					`found a note for "${key}"; expected one of this step's markers (${m.markers.join(', ') || 'none'})`
				);
			}
		}
		if (m.focus.length === 0 && !m.camera) {
			fail(
				at('map'),
				'found neither focus nor camera; expected a focus list or an explicit camera'
			);
		}
		return {
			id: step.id,
			index: i + 1,
			when: step.when,
			paragraphs,
			map: { ...m },
			description: step.description
		};
	});

	data.mends.forEach((mend, i) => {
		const step = steps.find((s) => s.id === mend.step);
		if (!step) {
			fail(
				['mends', i, 'step'],
				unknown(
					mend.step,
					steps.map((s) => s.id),
					'a step id'
				)
			);
		} else if (!step.paragraphs.some((p) => plainText(p).includes(mend.mended))) {
			fail(
				['mends', i, 'mended'],
				`found text that is not in step "${mend.step}"; expected the mended words exactly as the step shows them`
			);
		}
	});

	data.timeline?.days.forEach((day, d) => {
		const previous = data.timeline!.days[d - 1];
		if (previous && previous.date >= day.date) {
			fail(
				['timeline', 'days', d, 'date'],
				`found ${day.date} after ${previous.date}; expected days in date order`
			);
		}
		day.events.forEach((event, e) => {
			const at = (field: string): Path => ['timeline', 'days', d, 'events', e, field];
			const step = steps.find((s) => s.id === event.step);
			if (!step)
				fail(
					at('step'),
					unknown(
						event.step,
						steps.map((s) => s.id),
						'a step id'
					)
				);
			if (!places.includes(event.where)) {
				fail(at('where'), unknown(event.where, places, 'a place id'));
			} else if (step && !step.map.markers.includes(event.where)) {
				fail(
					at('where'),
					`found "${event.where}", which step "${event.step}" does not mark; expected one of its markers (${step.map.markers.join(', ') || 'none'}) so the map shows where it happened`
				);
			}
		});
	});

	for (const stepId of Object.keys(data.presenter_notes)) {
		if (!steps.some((s) => s.id === stepId)) {
			fail(
				['presenter_notes', stepId],
				unknown(
					stepId,
					steps.map((s) => s.id),
					'a step id'
				)
			);
		}
	}

	return {
		slug: data.slug,
		title: data.title,
		standfirst: data.standfirst,
		asOf: data.as_of,
		source: data.source,
		mends: data.mends,
		places: data.places,
		overlays: overlays.features,
		steps,
		timeline: data.timeline,
		presenterNotes: data.presenter_notes
	};
}

/** Every map mark names a known id of its kind; a problem points at the mark's own line. */
function checkMarks(
	paragraphs: Paragraph[],
	known: Record<MapRef['kind'], string[]>,
	path: Path,
	fail: Fail
) {
	for (const ref of marksIn(paragraphs)) {
		if (known[ref.kind].includes(ref.id)) continue;
		const what = { place: 'a place id', country: 'a country id', area: 'an area id' }[ref.kind];
		fail(
			path,
			`map mark (${ref.kind}:${ref.id}): ${unknown(ref.id, known[ref.kind], what)}`,
			`(${ref.kind}:${ref.id})`
		);
	}
}

function checkRef(
	ref: string,
	known: string[],
	path: Path,
	what: string,
	fail: (p: Path, m: string) => void
) {
	if (!known.includes(ref)) fail(path, unknown(ref, known, what));
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
