/**
 * Builds the map data of static/data/ from world-atlas and the sources in geo/.
 *
 *   node geo/build.js [--if-stale] [--src <dir>] [--out <dir>]
 *
 * --if-stale  do nothing if every output is newer than every input (sources, scripts, world-atlas)
 * --src       directory holding names.json, countries.json, places.json (default: geo/)
 * --out       directory to write to (default: static/data/)
 *
 * Nothing is written unless every check passes. Exit code 1, with a message naming the file and
 * entry at fault, on any error. See geo/README.md for what each output holds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadContext, SOURCE_NAMES } from './lib/context.js';
import { inputsOf, isStale } from './lib/stale.js';
import { sizes } from './lib/output.js';
import { PipelineError } from './lib/errors.js';
import { BUDGET_GZIP_BYTES } from './lib/settings.js';
import * as countriesShapes from './scripts/countries-shapes.js';
import * as borders from './scripts/borders.js';
import * as crimea from './scripts/crimea.js';
import * as places from './scripts/places.js';
import * as labels from './scripts/labels.js';
import * as countriesFacts from './scripts/countries-facts.js';
import * as seas from './scripts/seas.js';

const SCRIPTS = [countriesShapes, borders, crimea, places, labels, countriesFacts, seas];
/**
 * The outputs the story page loads, so the budget applies to them. The others are for static
 * maps (countries-110m), checks (countries-50m) or are read at build time only (countries.json).
 */
const STORY_FILES = [
	'countries-story.geojson',
	'borders-story.geojson',
	'labels.geojson',
	'places.geojson',
	'crimea.geojson'
];
const GEO_DIR = dirname(fileURLToPath(import.meta.url));

function main() {
	const values = options(process.argv.slice(2));
	const srcDir = resolve(values.src ?? GEO_DIR);
	const outDir = resolve(values.out ?? join(GEO_DIR, '..', 'static', 'data'));
	const outputs = SCRIPTS.flatMap((script) => script.files);

	if (
		values['if-stale'] &&
		!isStale(
			outputs.map((file) => join(outDir, file)),
			inputsOf(srcDir, GEO_DIR, SOURCE_NAMES)
		)
	) {
		console.log('geo: outputs are up to date, nothing to do');
		return;
	}

	const context = loadContext(srcDir);
	/** @type {Record<string, string>} */
	const texts = Object.assign({}, ...SCRIPTS.map((script) => script.build(context)));
	const table = outputs.map((file) => ({
		file,
		story: STORY_FILES.includes(file),
		...sizes(/** @type {string} */ (texts[file]))
	}));
	const story = sum(table.filter((row) => row.story));
	if (story.gzip > BUDGET_GZIP_BYTES) {
		throw new PipelineError(
			`the files the story loads total ${kB(story.gzip)} kB gzipped; expected at most ${kB(BUDGET_GZIP_BYTES)} kB (BUDGET_GZIP_BYTES in geo/lib/settings.js, STORY_FILES in geo/build.js)`
		);
	}

	mkdirSync(outDir, { recursive: true });
	for (const file of outputs)
		writeFileSync(join(outDir, file), /** @type {string} */ (texts[file]));
	printTable(table, story, outDir);
}

/** @param {string[]} args */
function options(args) {
	try {
		return parseArgs({
			args,
			options: { 'if-stale': { type: 'boolean' }, src: { type: 'string' }, out: { type: 'string' } }
		}).values;
	} catch (error) {
		throw new PipelineError(
			`${/** @type {Error} */ (error).message}; usage: node geo/build.js [--if-stale] [--src <dir>] [--out <dir>]`
		);
	}
}

/**
 * @typedef {{ file: string, story: boolean, raw: number, gzip: number }} Row
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
 * @param {string} outDir
 */
function printTable(table, story, outDir) {
	const width = Math.max(...table.map((row) => row.file.length), 28);
	/** @param {string} name @param {{ raw: number, gzip: number }} size */
	const line = (name, { raw, gzip }) =>
		`${name.padEnd(width)}  ${kB(raw).padStart(8)}  ${kB(gzip).padStart(8)}`;
	console.log(`geo: wrote ${table.length} files to ${outDir}`);
	console.log(`${'file'.padEnd(width)}  ${'raw kB'.padStart(8)}  ${'gzip kB'.padStart(8)}`);
	for (const row of table) console.log(`${line(row.file, row)}${row.story ? '  story' : ''}`);
	console.log(
		`${line('total loaded by the story', story)}  (budget ${kB(BUDGET_GZIP_BYTES)} kB gzip)`
	);
	console.log(line('total, all files', sum(table)));
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
