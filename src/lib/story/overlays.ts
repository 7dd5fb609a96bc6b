/**
 * A story's overlay file (src/content/<slug>.geojson): lines, points and polygons the story draws,
 * each with a role that sets its style and legend entry. Parsed as a YAML document (JSON is YAML)
 * so every problem names its line: the file, the feature, the field, what was found and expected.
 */
import { booleanValid } from '@turf/boolean-valid';
import type { Feature } from 'geojson';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { OVERLAY_ROLES, type OverlayRole } from '../theme/theme.ts';
import { describe, locate, type Path } from './locate.ts';
import { overlayGeometry } from './overlay-geometry.ts';
import type { OverlayFeature } from './types';

/** Which geometries each role may have. */
const GEOMETRIES: Record<OverlayRole, string[]> = {
	movement: ['LineString', 'MultiLineString'],
	route: ['LineString', 'MultiLineString'],
	zone: ['Polygon', 'MultiPolygon'],
	site: ['Point']
};

/** The properties every overlay feature carries (src/content/README.md, "Overlays"). */
export const overlayPropertiesSchema = z.strictObject({
	id: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case id such as "airlift" (letters, digits, -)'),
	role: z.enum(OVERLAY_ROLES as [OverlayRole, ...OverlayRole[]]),
	name: z.string().min(1, 'what the feature is, for the legend'),
	arrow: z.boolean().default(false),
	long_way: z.boolean().default(false),
	source: z.string().min(1, 'where the feature comes from')
});

const featureSchema = z.object({
	type: z.literal('Feature'),
	id: z.unknown().optional(),
	properties: overlayPropertiesSchema,
	geometry: z.object({
		type: z.enum(['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']),
		coordinates: z.array(z.unknown())
	})
});

const fileSchema = z.object({
	type: z.literal('FeatureCollection'),
	features: z.array(featureSchema)
});

/** Parses an overlay file; returns its features and every problem found, each located. */
export function parseOverlays(
	text: string,
	file: string
): { features: OverlayFeature[]; problems: string[] } {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
	if (doc.errors.length) {
		const e = doc.errors[0]!;
		const pos = lines.linePos(e.pos[0]);
		return {
			features: [],
			problems: [
				`${file}:${pos.line}:${pos.col}: this is not valid JSON (${e.message.split('\n')[0]}); expected a GeoJSON FeatureCollection`
			]
		};
	}
	const raw: unknown = doc.toJS();
	const where = locate(doc, lines, file, raw);
	const result = fileSchema.safeParse(raw);
	if (!result.success) {
		return {
			features: [],
			problems: result.error.issues.map((i) => where(i.path as Path, describe(i, raw)))
		};
	}
	const problems: string[] = [];
	const seen = new Set<string>();
	const features = result.data.features.map((f, i): OverlayFeature => {
		const at = (...rest: Path): Path => ['features', i, ...rest];
		const p = f.properties;
		if (seen.has(p.id))
			problems.push(
				where(at('properties', 'id'), `found "${p.id}" again; expected a unique feature id`)
			);
		seen.add(p.id);
		const allowed = GEOMETRIES[p.role];
		if (!allowed.includes(f.geometry.type)) {
			problems.push(
				where(
					at('geometry', 'type'),
					`found a ${f.geometry.type} for role "${p.role}"; expected ${allowed.join(' or ')}`
				)
			);
		} else if (!booleanValid(f as unknown as Feature)) {
			problems.push(
				where(
					at('geometry'),
					`found an invalid ${f.geometry.type}; expected valid GeoJSON geometry ([lon, lat] positions, lines of two or more, closed rings that do not cross themselves)`
				)
			);
		} else if (!inRange(f.geometry.coordinates)) {
			problems.push(
				where(
					at('geometry', 'coordinates'),
					'found a position off the globe; expected longitudes −360…360 and latitudes −90…90 (a line or zone across 180° is written split at 180°, as RFC 7946 asks, or with longitudes past 180: both are drawn the short way)'
				)
			);
		}
		if (p.arrow && !allowed.includes('LineString')) {
			problems.push(
				where(
					at('properties', 'arrow'),
					`found arrow: true on a ${p.role}; expected arrows on lines only`
				)
			);
		}
		if (p.long_way && !allowed.includes('LineString')) {
			problems.push(
				where(
					at('properties', 'long_way'),
					`found long_way: true on a ${p.role}; expected it on lines only`
				)
			);
		}
		const { long_way: longWay, ...properties } = p;
		return {
			...properties,
			geometry: overlayGeometry(f.geometry as OverlayFeature['geometry'], longWay)
		};
	});
	return { features: problems.length ? [] : features, problems };
}

/** Whether every position of a coordinates array lies on the globe. */
function inRange(coordinates: unknown): boolean {
	if (!Array.isArray(coordinates)) return false;
	if (typeof coordinates[0] === 'number') {
		const [lon, lat] = coordinates as number[];
		return Math.abs(lon!) <= 360 && Math.abs(lat!) <= 90;
	}
	return coordinates.every(inRange);
}
