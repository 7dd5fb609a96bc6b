import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ATLAS_PACKAGE_JSON } from './atlas.js';

/** The shared schema and queries (src/lib/data/), which the pipeline imports. */
const DATA_LIB = fileURLToPath(new URL('../../src/lib/data/', import.meta.url));

/**
 * Files whose change should rebuild the outputs: the JSON sources, every script of the
 * pipeline and of src/lib/data/, and world-atlas's package.json (its version).
 * @param {string} srcDir directory of names.json, countries.json, places.json
 * @param {string} geoDir directory of build.js
 * @param {readonly string[]} sourceNames
 */
export function inputsOf(srcDir, geoDir, sourceNames) {
	const scripts = [geoDir, DATA_LIB].flatMap((dir) =>
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((name) => name.endsWith('.js'))
			.map((name) => join(dir, name))
	);
	return [...sourceNames.map((name) => join(srcDir, name)), ...scripts, ATLAS_PACKAGE_JSON];
}

/**
 * True if any output is missing or not newer than every input.
 * @param {readonly string[]} outputs
 * @param {readonly string[]} inputs
 */
export function isStale(outputs, inputs) {
	if (!outputs.every((file) => existsSync(file))) return true;
	const newestInput = Math.max(
		...inputs.map((file) => (existsSync(file) ? statSync(file).mtimeMs : Infinity))
	);
	return outputs.some((file) => statSync(file).mtimeMs <= newestInput);
}
