/**
 * The one door from a story file to a typed `Story`. It fails with every problem at once, each
 * naming the file, the line, the step and field, what was found and what was expected, so a broken
 * story stops the build with a message an author can act on.
 */
import { closest, distance } from 'fastest-levenshtein';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { InlineError, parseParagraphs, plainText } from './inline.ts';
import type { Registry } from './registry';
import { storySchema, type StoryFile } from './schema.ts';
import type { Story } from './types';
import { yamlProblems } from './yaml-errors.ts';

type Path = (string | number)[];

export class StoryError extends Error {
	constructor(
		readonly file: string,
		readonly problems: string[]
	) {
		super(`${file}: ${problems.length} problem(s) in this story:\n  ${problems.join('\n  ')}`);
		this.name = 'StoryError';
	}
}

/** Parses and validates one story file. Throws StoryError naming every problem. */
export function parseStory(source: string, file: string, registry: Registry): Story {
	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
	if (doc.errors.length) throw new StoryError(file, yamlProblems(doc.errors, lines, file));
	const raw: unknown = doc.toJS();
	const where = locate(doc, lines, file, raw);
	const result = storySchema.safeParse(raw);
	if (!result.success) {
		throw new StoryError(
			file,
			result.error.issues.map((i) => where(i.path as Path, describe(i, raw)))
		);
	}
	const problems: string[] = [];
	const story = build(result.data, registry, (path, message) =>
		problems.push(where(path, message))
	);
	if (problems.length) throw new StoryError(file, problems);
	return story;
}

function build(
	data: StoryFile,
	registry: Registry,
	fail: (path: Path, msg: string) => void
): Story {
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

		const m = step.map;
		const countries = [...registry.countries.keys()];
		const places = [...registry.places.keys()];
		m.focus.forEach((ref, j) =>
			checkRef(ref, [...places, ...countries], at('map', 'focus', j), fail)
		);
		m.highlight.forEach((ref, j) => checkRef(ref, countries, at('map', 'highlight', j), fail));
		m.markers.forEach((ref, j) => checkRef(ref, places, at('map', 'markers', j), fail));
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
			if (!registry.places.has(event.where)) {
				fail(at('where'), unknown(event.where, [...registry.places.keys()], 'a place id'));
			} else if (step && !step.map.markers.includes(event.where)) {
				fail(
					at('where'),
					`found "${event.where}", which step "${event.step}" does not mark; expected one of its markers (${step.map.markers.join(', ') || 'none'}) so the map shows where it happened`
				);
			}
		});
	});

	return {
		slug: data.slug,
		title: data.title,
		standfirst: data.standfirst,
		asOf: data.as_of,
		source: data.source,
		mends: data.mends,
		steps,
		timeline: data.timeline
	};
}

function checkRef(ref: string, known: string[], path: Path, fail: (p: Path, m: string) => void) {
	if (!known.includes(ref))
		fail(
			path,
			unknown(
				ref,
				known,
				path.includes('markers')
					? 'a place id'
					: path.includes('highlight')
						? 'a country id'
						: 'a place or country id'
			)
		);
}

/** "found 'genva'; expected a place id — did you mean 'geneva'?" */
function unknown(found: string, known: string[], what: string): string {
	const guess = known.length ? closest(found, known) : undefined;
	const close =
		guess !== undefined &&
		distance(found.toLowerCase(), guess.toLowerCase()) <= Math.max(2, found.length / 3);
	return `found unknown "${found}"; expected ${what}${close ? ` — did you mean "${guess}"?` : ''}`;
}

function describe(issue: z.core.$ZodIssue, raw: unknown): string {
	const value = valueAt(raw, issue.path as Path);
	const found = value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 60);
	if (issue.code === 'unrecognized_keys') {
		return `found unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; expected only the fields listed in src/content/README.md`;
	}
	if (issue.code === 'invalid_type') return `found ${found}; expected ${issue.expected}`;
	return `found ${found}; expected ${issue.message.replace(/^Invalid input: expected /, '')}`;
}

function valueAt(raw: unknown, path: Path): unknown {
	let v = raw;
	for (const key of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<string | number, unknown>)[key];
	}
	return v;
}

/** Builds "file:line:col: step "id" (step n) › field: message" for a path in the document. */
function locate(doc: Document, lines: LineCounter, file: string, raw: unknown) {
	return (path: Path, message: string): string => {
		let offset = 0;
		for (let n = path.length; n >= 0; n--) {
			const node = doc.getIn(path.slice(0, n), true);
			if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
				offset = node.range[0] as number;
				break;
			}
			if (isMap(node) || isSeq(node)) break;
		}
		const pos = lines.linePos(offset);
		let context = '';
		let fieldPath = path;
		if (path[0] === 'steps' && typeof path[1] === 'number') {
			const stepId = valueAt(raw, ['steps', path[1], 'id']);
			context = `step ${typeof stepId === 'string' ? `"${stepId}" ` : ''}(step ${path[1] + 1}) › `;
			fieldPath = path.slice(2);
		}
		const field = fieldPath.reduce<string>(
			(s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k),
			''
		);
		return `${file}:${pos.line}:${pos.col}: ${context}${field || '(story)'}: ${message}`;
	};
}
