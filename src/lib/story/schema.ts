/**
 * The shape of a story file, as authors write it (see src/content/README.md). Field names are
 * snake_case because they are content, not code. Cross-references (place ids, mends) are checked
 * by the parser, which knows the registry.
 */
import { z } from 'zod';

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

export const stepMapSchema = z.strictObject({
	focus: z.array(ref).default([]),
	highlight: z.array(ref).default([]),
	markers: z.array(ref).default([]),
	shade: z.literal('NATO').nullable().default(null),
	crimea: z.boolean().default(false),
	notes: z.record(z.string(), z.string().min(1)).default({}),
	camera: cameraSchema.nullable().default(null)
});

export const stepSchema = z.strictObject({
	id,
	when: z.string().min(1).nullable().default(null),
	text: z.string().min(1, 'the step text'),
	map: stepMapSchema,
	description: z.string().min(1).nullable().default(null)
});

/** A real calendar date: 2022-02-31 matches the pattern but is no day at all. */
const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2022-01-07')
	.refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'a real calendar date');

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

export const storySchema = z.strictObject({
	slug: id,
	title: z.string().min(1),
	standfirst: z.string().min(1),
	as_of: isoDate,
	source: z.strictObject({ headline: z.string().min(1), note: z.string().min(1) }),
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
	steps: z.array(stepSchema).min(1, 'at least one step'),
	timeline: timelineSchema.nullable().default(null)
});

export type StoryFile = z.infer<typeof storySchema>;
