/**
 * The one schema of the map data, shared by the pipeline (geo/), which validates its sources with
 * it, and the app, which reads the pipeline's outputs with it. Plain ESM with JSDoc types, so Node
 * runs it without a TypeScript loader. Each message completes "expected …", which is how the
 * pipeline words its errors.
 */
import { z } from 'zod';
import { isIsoDate, isIsoMonth } from './dates.js';

const ALPHA3 = /^[A-Z]{3}$/;
/** A country id: ISO 3166-1 alpha-3, or a lower-case slug for the few units without one. */
const COUNTRY_ID = /^([A-Z]{3}|[a-z]+(-[a-z]+)*)$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const GROUP_ID = /^[A-Z][A-Z0-9]*$/;

const nonEmpty = z.string({ error: 'a non-empty string' }).trim().min(1, 'a non-empty string');
const isoDate = z.string().refine(isIsoDate, 'a YYYY-MM-DD calendar date');
const isoMonth = z.string().refine(isIsoMonth, 'a YYYY-MM month');
const countryId = z.string().regex(COUNTRY_ID, 'a country id such as "BEL"');
const alpha3 = z.string().regex(ALPHA3, 'an ISO 3166-1 alpha-3 code such as "UKR"');
const LON_LAT = '[longitude, latitude] in degrees (-180..180, -90..90)';
const degrees = (/** @type {number} */ limit) =>
	z.number({ error: LON_LAT }).min(-limit, LON_LAT).max(limit, LON_LAT);
const lonLat = z.tuple([degrees(180), degrees(90)], { error: LON_LAT });
/** [west, south, east, north]; east may pass 180 for a box across the antimeridian. */
const box = z.tuple([z.number(), z.number(), z.number(), z.number()], {
	error: '[west, south, east, north]'
});
/** A closed ring: at least four [longitude, latitude] points, the last one the first again. */
const ring = z
	.array(lonLat)
	.min(4, 'a closed ring of at least four [longitude, latitude] points')
	.refine((points) => {
		const [first, last] = [points[0], points.at(-1)];
		return (
			first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]
		);
	}, 'a closed ring, whose last point is its first');
/** A key of the file's "sources" table; checked against the table by the file's schema. */
const sourceKey = z.string({ error: 'a key of "sources"' });

/** One entry of the gazetteer, geo/places.json. */
export const Place = z.strictObject({
	id: z.string().regex(SLUG, 'a lower-case slug such as "nur-sultan"'),
	name: nonEmpty,
	label: nonEmpty.optional(),
	country: countryId,
	coordinates: lonLat,
	source: nonEmpty
});

/**
 * A membership: the country was a member on day d iff joined <= d and (no left, or d < left).
 * `joined` is the day the membership took effect, `left` the first day it no longer held.
 */
export const Membership = z
	.strictObject({
		country: countryId,
		joined: isoDate,
		left: isoDate.optional(),
		source: sourceKey
	})
	.refine((m) => m.left === undefined || m.joined < m.left, {
		error: '"left" after "joined"',
		path: ['left']
	});

/** A partnership recorded for a month, not a membership (Finland and Sweden with NATO, 2022-01). */
export const Partnership = z.strictObject({
	country: countryId,
	as_of: isoMonth,
	source: sourceKey
});

/** An organisation with dated memberships, one entry of geo/groups.json "groups". */
export const Group = z.strictObject({
	id: z.string().regex(GROUP_ID, 'an upper-case id as commonly written, e.g. "NATO"'),
	name: nonEmpty,
	full_name: nonEmpty,
	members: z.array(Membership).min(1, 'at least one member'),
	partners: z.array(Partnership).optional()
});

/** geo/groups.json, and the pipeline's static/data/groups.json. */
export const GroupsFile = withSources(
	z.strictObject({
		sources: z.record(z.string(), nonEmpty),
		groups: z.array(Group)
	}),
	(file) => file.groups.flatMap((g) => [...g.members, ...(g.partners ?? [])])
);

export const AREA_STATUSES = /** @type {const} */ (['annexed', 'occupied', 'disputed', 'leased']);

/**
 * How an area's shape is made from Natural Earth (world-atlas):
 * - `polygon-of`: the one polygon of `country`'s 1:50m shape that contains `point`; it is moved to
 *   the area's sovereign (Natural Earth draws Crimea as Russia's);
 * - `unit`: the 1:10m unit Natural Earth names `natural_earth_name` (Baikonur), which must lie
 *   inside the sovereign's shape;
 * - `outline`: the part of `country`'s shape inside `outline`, a ring cited by `source`, which
 *   goes to the sovereign; `keep` is a point of what `country` keeps (the Golan Heights, which
 *   Natural Earth draws as Israel's; geo/lib/transfer.js).
 */
export const AreaShape = z.discriminatedUnion(
	'method',
	[
		z.strictObject({ method: z.literal('polygon-of'), country: alpha3, point: lonLat }),
		z.strictObject({ method: z.literal('unit'), natural_earth_name: nonEmpty }),
		z.strictObject({
			method: z.literal('outline'),
			country: alpha3,
			keep: lonLat,
			outline: ring,
			source: sourceKey
		})
	],
	{ error: 'a shape with "method" "polygon-of", "unit" or "outline"' }
);

/** Disputed, annexed, occupied or leased territory, one entry of geo/areas.json "areas". */
export const Area = z.strictObject({
	id: z.string().regex(SLUG, 'a lower-case slug such as "crimea"'),
	name: nonEmpty,
	status: z.enum(AREA_STATUSES, { error: `one of ${AREA_STATUSES.join(', ')}` }),
	sovereign: alpha3,
	held_by: alpha3.optional(),
	since: isoDate,
	source: sourceKey,
	shape: AreaShape
});

/** geo/areas.json. */
export const AreasFile = withSources(
	z.strictObject({
		sources: z.record(z.string(), nonEmpty),
		areas: z.array(Area)
	}),
	// An outline cites the source of its points as the area cites its own.
	(file) =>
		file.areas.flatMap((area) => (area.shape.method === 'outline' ? [area, area.shape] : [area]))
);

/**
 * A part of a country's Natural Earth shape that belongs to another country, one entry of
 * geo/countries.json "transfers": what of `from`'s shape lies inside `outline` goes to `to`;
 * `keep` is a point of what `from` keeps (geo/lib/transfer.js).
 */
export const Transfer = z.strictObject({
	id: z.string().regex(SLUG, 'a lower-case slug such as "western-sahara"'),
	from: countryId,
	to: countryId,
	keep: lonLat,
	outline: ring,
	source: sourceKey
});

/** Properties of each feature of static/data/areas.geojson. */
export const AreaProperties = z.strictObject({
	id: Area.shape.id,
	name: nonEmpty,
	status: Area.shape.status,
	sovereign: alpha3,
	held_by: alpha3.optional(),
	since: isoDate
});

/** One entry of static/data/countries.json. */
export const CountryFacts = z.strictObject({
	id: countryId,
	name: nonEmpty,
	territoryOf: countryId.optional(),
	neighbours: z.array(countryId),
	memberships: z.array(
		z.strictObject({ org: z.string(), joined: isoDate, left: isoDate.optional() })
	),
	partnerships: z.array(z.strictObject({ org: z.string(), asOf: isoMonth })),
	bbox: box,
	frame: box
});

/**
 * @typedef {z.infer<typeof Place>} Place
 * @typedef {z.infer<typeof Membership>} Membership
 * @typedef {z.infer<typeof Partnership>} Partnership
 * @typedef {z.infer<typeof Group>} Group
 * @typedef {z.infer<typeof GroupsFile>} GroupsFile
 * @typedef {z.infer<typeof Area>} Area
 * @typedef {z.infer<typeof AreasFile>} AreasFile
 * @typedef {z.infer<typeof AreaProperties>} AreaProperties
 * @typedef {z.infer<typeof Transfer>} Transfer
 * @typedef {z.infer<typeof CountryFacts>} CountryFacts
 */

/**
 * A file schema whose entries cite a key of its own "sources" table.
 * @template {z.ZodType<{ sources: Record<string, string> }>} S
 * @param {S} schema
 * @param {(file: z.infer<S>) => { source: string }[]} citing the entries that cite a source
 */
function withSources(schema, citing) {
	return schema.superRefine((file, ctx) => {
		const keys = Object.keys(file.sources);
		const known = new Set(keys);
		for (const entry of citing(file)) {
			if (!known.has(entry.source)) {
				ctx.addIssue({
					code: 'custom',
					message: `a key of "sources" (${keys.join(', ')})`,
					path: pathOf(file, entry),
					input: entry.source
				});
			}
		}
	});
}

/**
 * Where an entry sits in its file, for the issue's path.
 * @param {unknown} file
 * @param {object} entry
 * @returns {PropertyKey[]}
 */
function pathOf(file, entry) {
	/** @type {PropertyKey[] | undefined} */
	let found;
	/** @param {unknown} node @param {PropertyKey[]} path */
	const walk = (node, path) => {
		if (found || typeof node !== 'object' || node === null) return;
		if (node === entry) return void (found = [...path, 'source']);
		for (const [key, value] of Object.entries(node))
			walk(value, [...path, Array.isArray(node) ? Number(key) : key]);
	};
	walk(file, []);
	return found ?? ['source'];
}
