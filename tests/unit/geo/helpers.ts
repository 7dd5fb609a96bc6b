import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
	Feature,
	FeatureCollection,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import type { CountryFacts } from '../../../src/lib/data/schemas.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DATA_DIR = `${ROOT}static/data`;
/** The outputs only checks and tests read (CHECK_FILES in geo/build.js): not deployed. */
export const CHECKS_DIR = `${ROOT}geo/out`;
const CHECK_FILES = /^((countries|borders)-(110m|50m)|places)\.geojson$/;

export type CountryFeature = Feature<Polygon | MultiPolygon, { id: string; name: string }>;
export type StoryCountryFeature = Feature<
	Polygon | MultiPolygon,
	{ id: string; name: string; res: '50m' | '110m' }
>;
/** The three countries files: 1:110m, 1:50m, and the story's mix of the two. */
export type Resolution = '110m' | '50m' | 'story';

/** Parsed output file of `npm run geo`, from static/data/ or, for the check files, geo/out/. */
export function readOutput<T = FeatureCollection>(name: string): T {
	const dir = CHECK_FILES.test(name) ? CHECKS_DIR : DATA_DIR;
	return JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as T;
}

export function countries(resolution: Resolution): Map<string, CountryFeature> {
	const collection = readOutput<
		FeatureCollection<Polygon | MultiPolygon, { id: string; name: string }>
	>(`countries-${resolution}.geojson`);
	return new Map(collection.features.map((f) => [f.properties.id, f]));
}

export function storyCountries(): StoryCountryFeature[] {
	return readOutput<FeatureCollection<Polygon | MultiPolygon, StoryCountryFeature['properties']>>(
		'countries-story.geojson'
	).features;
}

export function borders(resolution: Resolution): Feature<MultiLineString>[] {
	return readOutput<FeatureCollection<MultiLineString>>(`borders-${resolution}.geojson`).features;
}

type LabelProps = { id: string; name: string; drawn?: false };

export function labels(): Feature<Point, LabelProps>[] {
	return readOutput<FeatureCollection<Point, LabelProps>>('labels.geojson').features;
}

export function facts(): CountryFacts[] {
	return readOutput<CountryFacts[]>('countries.json');
}

export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function lonSpan(points: Position[]): number {
	const lons = points.map((p) => p[0] as number);
	return lons.reduce((a, b) => Math.max(a, b)) - lons.reduce((a, b) => Math.min(a, b));
}

/** Coordinates from the story brief (shared/story/BRIEF.md), independent of geo/places.json. */
export const BRIEF = {
	brussels: [4.426, 50.8794],
	geneva: [6.1432, 46.2044],
	vienna: [16.3655, 48.2066],
	kyiv: [30.5234, 50.4501],
	washington: [-77.0369, 38.9072],
	ottawa: [-75.6972, 45.4215],
	simferopol: [34.1024, 44.9521],
	almaty: [76.8512, 43.222],
	nurSultan: [71.4491, 51.1694]
} satisfies Record<string, [number, number]>;

/** The 30 members of January 2022, as the story brief lists them. */
export const MEMBERS_JANUARY_2022 = {
	Albania: 'ALB',
	Belgium: 'BEL',
	Bulgaria: 'BGR',
	Canada: 'CAN',
	Croatia: 'HRV',
	'Czech Republic': 'CZE',
	Denmark: 'DNK',
	Estonia: 'EST',
	France: 'FRA',
	Germany: 'DEU',
	Greece: 'GRC',
	Hungary: 'HUN',
	Iceland: 'ISL',
	Italy: 'ITA',
	Latvia: 'LVA',
	Lithuania: 'LTU',
	Luxembourg: 'LUX',
	Montenegro: 'MNE',
	Netherlands: 'NLD',
	'North Macedonia': 'MKD',
	Norway: 'NOR',
	Poland: 'POL',
	Portugal: 'PRT',
	Romania: 'ROU',
	Slovakia: 'SVK',
	Slovenia: 'SVN',
	Spain: 'ESP',
	Turkey: 'TUR',
	'United Kingdom': 'GBR',
	'United States': 'USA'
};

/** The message a validator throws; fails the test if it throws none. */
export function problemsOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected the validator to throw');
}
