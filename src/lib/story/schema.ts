/**
 * The shape of a story file, as authors write it (see src/content/README.md). Field names are
 * snake_case because they are content, not code. Cross-references (place ids, mends) are checked
 * by the parser, which knows the registry.
 */
import { z } from 'zod';
import { MAX_GROUPS, MAX_HIGHLIGHTS } from '../theme/theme.ts';
import { CREDIT_EXPECTED, creditProblem } from './credit.ts';

const id = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case id such as "nato-council" (letters, digits, -)');
const ref = z.string().min(1, 'a place or country id');
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const cameraSchema = z.strictObject({
	center: lonLat,
	zoom: z.number().min(0).max(18),
	bearing: z.number().min(-180).max(360).default(0),
	pitch: z.number().min(0).max(60).default(0)
});

/** A real calendar date: 2022-02-31 matches the pattern but is no day at all. */
export const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2022-01-07')
	.refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'a real calendar date');

const label = z.string().min(1).nullable().default(null);

/** Plain ids form one set; each `{countries, label}` item is a set of its own, with its own style. */
const highlightSchema = z
	.array(z.union([ref, z.strictObject({ countries: z.array(ref).min(1), label })]))
	.default([])
	.transform((items) => {
		const plain = items.filter((i): i is string => typeof i === 'string');
		const sets = items.filter((i) => typeof i !== 'string');
		return [...(plain.length ? [{ countries: plain, label: null }] : []), ...sets];
	})
	.refine((sets) => sets.length <= MAX_HIGHLIGHTS, {
		message: `at most ${MAX_HIGHLIGHTS} highlighted sets (one colour each)`
	});

/** `shade: NATO`, `shade: [NATO, CSTO]` or items `{group, label}`: one style per group. */
const shadeSchema = z
	.union([ref, z.array(z.union([ref, z.strictObject({ group: ref, label })]))])
	.nullable()
	.default(null)
	.transform((v) =>
		(v === null ? [] : Array.isArray(v) ? v : [v]).map((item) =>
			typeof item === 'string' ? { group: item, label: null } : item
		)
	)
	.refine((sets) => sets.length <= MAX_GROUPS, {
		message: `at most ${MAX_GROUPS} groups (one style each)`
	});

export const stepMapSchema = z.strictObject({
	focus: z.array(ref).default([]),
	highlight: highlightSchema,
	markers: z.array(ref).default([]),
	shade: shadeSchema,
	areas: z.array(ref).default([]),
	overlays: z.array(ref).default([]),
	date: isoDate.nullable().default(null),
	notes: z.record(z.string(), z.string().min(1)).default({}),
	camera: cameraSchema.nullable().default(null)
});

/** A place a story defines itself, next to the gazetteer. */
export const storyPlaceSchema = z.strictObject({
	id,
	name: z.string().min(1),
	coordinates: lonLat,
	country: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 country id such as "KAZ"'),
	/** A place at sea in the country's waters (a submarine volcano, an anchorage): how far from its land. */
	at_sea_km: z.number().positive().max(400).optional(),
	source: z.string().min(1, 'where the position comes from')
});

export const stepSchema = z.strictObject({
	id,
	when: z.string().min(1).nullable().default(null),
	text: z.string().min(1, 'the step text'),
	map: stepMapSchema,
	description: z.string().min(1).nullable().default(null)
});

export const timelineSchema = z.strictObject({
	title: z.string().min(1),
	days: z
		.array(
			z.strictObject({
				date: isoDate,
				events: z
					.array(z.strictObject({ what: z.string().min(1), where: ref, step: id }))
					.min(1, 'at least one event')
			})
		)
		.min(1, 'at least one day')
});

/** A fact for the teacher, with where it comes from; never part of the article's words. */
export const presenterNoteSchema = z.strictObject({
	note: z.string().min(1, 'the note for the teacher'),
	source: z.string().min(1, 'where the fact comes from')
});

/** The header's words for who wrote the text: the story's own, since only it knows (./credit.ts). */
const creditSchema = z.string({ error: CREDIT_EXPECTED }).superRefine((credit, ctx) => {
	const problem = creditProblem(credit);
	if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const storySchema = z.strictObject({
	slug: id,
	title: z.string().min(1),
	standfirst: z.string().min(1),
	as_of: isoDate,
	source: z.strictObject({
		headline: z.string().min(1),
		note: z.string().min(1),
		credit: creditSchema
	}),
	mends: z
		.array(
			z.strictObject({
				step: id,
				found: z.string().min(1),
				mended: z.string().min(1),
				why: z.string().min(1)
			})
		)
		.default([]),
	places: z.array(storyPlaceSchema).default([]),
	steps: z.array(stepSchema).min(1, 'at least one step'),
	timeline: timelineSchema.nullable().default(null),
	/** Notes for the teacher by step id, kept apart from the steps so the article stays as written. */
	presenter_notes: z.record(z.string(), z.array(presenterNoteSchema).min(1)).default({})
});

export type StoryFile = z.infer<typeof storySchema>;
