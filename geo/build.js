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

const SCRIPTS = [countriesShapes, borders, crimea, places, labels, countriesFacts];
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
	const table = outputs.map((file) => ({ file, ...sizes(/** @type {string} */ (texts[file])) }));
	const total = table.reduce((sum, row) => sum + row.gzip, 0);
	// Every output is loaded by the story page, so all of them count against the budget.
	if (total > BUDGET_GZIP_BYTES) {
		throw new PipelineError(
			`outputs total ${kB(total)} kB gzipped; expected at most ${kB(BUDGET_GZIP_BYTES)} kB (BUDGET_GZIP_BYTES in geo/lib/settings.js)`
		);
	}

	mkdirSync(outDir, { recursive: true });
	for (const file of outputs)
		writeFileSync(join(outDir, file), /** @type {string} */ (texts[file]));
	printTable(table, total, outDir);
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
 * @param {{ file: string, raw: number, gzip: number }[]} table
 * @param {number} total gzipped bytes
 * @param {string} outDir
 */
function printTable(table, total, outDir) {
	const width = Math.max(...table.map((row) => row.file.length), 28);
	console.log(`geo: wrote ${table.length} files to ${outDir}`);
	console.log(`${'file'.padEnd(width)}  ${'raw kB'.padStart(8)}  ${'gzip kB'.padStart(8)}`);
	for (const row of table)
		console.log(
			`${row.file.padEnd(width)}  ${kB(row.raw).padStart(8)}  ${kB(row.gzip).padStart(8)}`
		);
	const raw = table.reduce((sum, row) => sum + row.raw, 0);
	console.log(
		`${'total, all loaded by the story'.padEnd(width)}  ${kB(raw).padStart(8)}  ${kB(total).padStart(8)}  (budget ${kB(BUDGET_GZIP_BYTES)} kB gzip)`
	);
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
