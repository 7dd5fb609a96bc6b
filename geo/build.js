/**
 * Builds the map data of static/data/ from world-atlas and the sources in geo/.
 *
 *   node geo/build.js [--if-stale] [--src <dir>] [--out <dir>] [--checks <dir>] [--budget <bytes>]
 *                     [--fine-budget <bytes>]
 *
 * --if-stale  do nothing if every output is newer than every input (sources, scripts, world-atlas)
 * --src       directory holding the sources (SOURCE_NAMES in lib/context.js; default: geo/)
 * --out       directory of the files the site serves (default: static/data/)
 * --checks    directory of the files only checks and tests read (CHECK_FILES; default: geo/out/)
 * --budget    gzipped bytes the story's map data may total (default: BUDGET_GZIP_BYTES)
 * --fine-budget  gzipped bytes each close-up's file (fine/) may have (default: FINE_BUDGET_GZIP_BYTES)
 *
 * Nothing is written unless every check passes. Exit code 1, with a message naming the file and
 * entry at fault, on any error. See geo/README.md for what each output holds.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadContext, SOURCE_NAMES } from './lib/context.js';
import { inputsOf, isStale } from './lib/stale.js';
import { sizes } from './lib/output.js';
import { PipelineError } from './lib/errors.js';
import { BUDGET_GZIP_BYTES, FINE_BUDGET_GZIP_BYTES } from './lib/settings.js';
import { storyFiles } from './lib/story-frames.js';
import * as countriesShapes from './scripts/countries-shapes.js';
import * as borders from './scripts/borders.js';
import * as areas from './scripts/areas.js';
import * as groups from './scripts/groups.js';
import * as places from './scripts/places.js';
import * as labels from './scripts/labels.js';
import * as countriesFacts from './scripts/countries-facts.js';
import * as seas from './scripts/seas.js';
import * as storyMap from './scripts/story-map.js';
import * as fine from './scripts/fine.js';

/** In order: a script may read the texts of those before it (story-map.json is made of three). */
const SCRIPTS = [
	countriesShapes,
	borders,
	areas,
	places,
	labels,
	countriesFacts,
	groups,
	seas,
	storyMap,
	fine
];
/**
 * The outputs the story page loads, so the budget applies to them. The GeoJSON files, countries.json
 * and groups.json are read when the app is built (scenes, static maps), never by a reader's browser.
 */
const STORY_FILES = ['story-map.json'];
/**
 * The single resolutions the story's files are made of: no page loads them, so they are not
 * deployed, but the tests check the shapes and borders of each (geo/README.md).
 */
const CHECK_FILES = [
	'countries-110m.geojson',
	'countries-50m.geojson',
	'borders-110m.geojson',
	'borders-50m.geojson',
	// The map draws markers from each scene (the story's own places too), not from this file.
	'places.geojson',
	// Which region each close-up uses; the regions' own files (fine/) are deployed.
	'fine-regions.json'
];
/** The folder of the close-ups' finer shapes, in the site's data: each loaded only by its close-ups. */
const FINE_DIR = 'fine';
const GEO_DIR = dirname(fileURLToPath(import.meta.url));

function main() {
	const values = options(process.argv.slice(2));
	const srcDir = resolve(values.src ?? GEO_DIR);
	const outDir = resolve(values.out ?? join(GEO_DIR, '..', 'static', 'data'));
	const checksDir = resolve(values.checks ?? join(GEO_DIR, 'out'));
	const outputs = SCRIPTS.flatMap((script) => script.files);
	/** @param {string} file */
	const pathOf = (file) => join(CHECK_FILES.includes(file) ? checksDir : outDir, file);
	const inputs = [
		...inputsOf(srcDir, GEO_DIR, SOURCE_NAMES),
		...fine.storyDirs().flatMap(storyFiles)
	];

	const last = lastBuild(checksDir);
	if (
		values['if-stale'] &&
		last &&
		JSON.stringify(last.stories) === JSON.stringify(fine.storiesRead()) &&
		!isStale([...outputs, ...last.files].map(pathOf), inputs)
	) {
		console.log('geo: outputs are up to date, nothing to do');
		return;
	}

	const context = loadContext(srcDir);
	/** @type {Record<string, string>} */
	const texts = {};
	for (const script of SCRIPTS) Object.assign(texts, script.build(context, texts));
	// The scripts' fixed outputs, then the fine files, whose names depend on the stories.
	const written = Object.keys(texts);
	const table = written.map((file) => ({
		file,
		story: STORY_FILES.includes(file),
		check: CHECK_FILES.includes(file),
		fine: file.startsWith(`${FINE_DIR}/`),
		...sizes(/** @type {string} */ (texts[file]))
	}));
	const story = sum(table.filter((row) => row.story));
	const budget = values.budget === undefined ? BUDGET_GZIP_BYTES : Number(values.budget);
	if (story.gzip > budget) {
		const each = table
			.filter((row) => row.story)
			.map((row) => `${row.file} ${kB(row.gzip)} kB`)
			.join(', ');
		throw new PipelineError(
			`the map data the story loads is ${kB(story.gzip)} kB gzipped (${each}); expected at most ${kB(budget)} kB (BUDGET_GZIP_BYTES in geo/lib/settings.js, STORY_FILES in geo/build.js)`
		);
	}

	const fineBudget =
		values['fine-budget'] === undefined ? FINE_BUDGET_GZIP_BYTES : Number(values['fine-budget']);
	const over = table.filter((row) => row.fine && row.gzip > fineBudget);
	if (over.length) {
		const each = over.map((row) => `${row.file} ${kB(row.gzip)} kB`).join(', ');
		throw new PipelineError(
			`a close-up's finer shapes are over budget (${each}); expected at most ${kB(fineBudget)} kB gzipped each (FINE_BUDGET_GZIP_BYTES in geo/lib/settings.js)`
		);
	}

	mkdirSync(checksDir, { recursive: true });
	// A region no story needs any more leaves no file behind.
	rmSync(join(outDir, FINE_DIR), { recursive: true, force: true });
	mkdirSync(join(outDir, FINE_DIR), { recursive: true });
	for (const file of written) writeFileSync(pathOf(file), /** @type {string} */ (texts[file]));
	printTable(table, story, budget, outDir, checksDir);
}

/**
 * What the last build wrote into geo/out/fine-regions.json: the fine files it made (so that
 * --if-stale rebuilds when one is missing) and the stories it read (a test build adds fixture
 * stories, whose close-ups' files the next normal build must take away); null before any build.
 * @param {string} checksDir
 * @returns {{ files: string[], stories: string[] } | null}
 */
function lastBuild(checksDir) {
	const list = join(checksDir, 'fine-regions.json');
	if (!existsSync(list)) return null;
	const { regions, stories } = JSON.parse(readFileSync(list, 'utf8'));
	return {
		files: regions.map((/** @type {{ id: string }} */ r) => fine.fineFile(r.id)),
		stories: stories ?? []
	};
}

/** @param {string[]} args */
function options(args) {
	try {
		return parseArgs({
			args,
			options: {
				'if-stale': { type: 'boolean' },
				src: { type: 'string' },
				out: { type: 'string' },
				checks: { type: 'string' },
				budget: { type: 'string' },
				'fine-budget': { type: 'string' }
			}
		}).values;
	} catch (error) {
		throw new PipelineError(
			`${/** @type {Error} */ (error).message}; usage: node geo/build.js [--if-stale] [--src <dir>] [--out <dir>] [--checks <dir>] [--budget <bytes>] [--fine-budget <bytes>]`
		);
	}
}

/**
 * @typedef {{ file: string, story: boolean, check: boolean, fine: boolean, raw: number, gzip: number }} Row
 */

/**
 * @param {Row[]} rows
 * @returns {{ raw: number, gzip: number }}
 */
function sum(rows) {
	return rows.reduce((total, row) => ({ raw: total.raw + row.raw, gzip: total.gzip + row.gzip }), {
		raw: 0,
		gzip: 0
	});
}

/**
 * @param {Row[]} table
 * @param {{ raw: number, gzip: number }} story the total of the files the story loads
 * @param {number} budget gzipped bytes
 * @param {string} outDir
 * @param {string} checksDir
 */
function printTable(table, story, budget, outDir, checksDir) {
	const width = Math.max(...table.map((row) => row.file.length), 28);
	/** @param {string} name @param {{ raw: number, gzip: number }} size */
	const line = (name, { raw, gzip }) =>
		`${name.padEnd(width)}  ${kB(raw).padStart(8)}  ${kB(gzip).padStart(8)}`;
	const checks = table.filter((row) => row.check).length;
	console.log(`geo: wrote ${table.length - checks} files to ${outDir}, ${checks} to ${checksDir}`);
	console.log(`${'file'.padEnd(width)}  ${'raw kB'.padStart(8)}  ${'gzip kB'.padStart(8)}`);
	for (const row of table)
		console.log(
			`${line(row.file, row)}${row.story ? '  story' : row.check ? '  check' : row.fine ? '  close-up' : ''}`
		);
	console.log(`${line('total loaded by the story', story)}  (budget ${kB(budget)} kB gzip)`);
	console.log(line('total deployed', sum(table.filter((row) => !row.check))));
}

/** @param {number} bytes */
function kB(bytes) {
	return (bytes / 1000).toFixed(1);
}

try {
	main();
} catch (error) {
	if (error instanceof PipelineError) {
		console.error(`geo: ${error.message}`);
	} else {
		console.error('geo: unexpected error:', error);
	}
	process.exitCode = 1;
}
