/**
 * An ESLint import resolver (interface v2) for what Vite and SvelteKit resolve and plain Node does
 * not: the `$lib` alias and extensionless imports (`./motion.svelte` is `motion.svelte.ts`). It lets
 * eslint-plugin-boundaries see every local import as the file it is. CommonJS because
 * eslint-module-utils loads resolvers with require().
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const LIB = path.join(ROOT, 'src/lib');
const EXTENSIONS = ['', '.ts', '.js', '.svelte', '/index.ts', '/index.js'];

function fileAt(base) {
	for (const ext of EXTENSIONS) {
		const candidate = base + ext;
		if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
	}
	return null;
}

exports.interfaceVersion = 2;

exports.resolve = function resolve(source, file) {
	let base = null;
	if (source === '$lib' || source.startsWith('$lib/')) base = LIB + source.slice('$lib'.length);
	else if (source.startsWith('.') || source.startsWith('/')) {
		base = path.resolve(path.dirname(file), source);
	}
	if (base !== null) {
		const found = fileAt(base);
		return found ? { found: true, path: found } : { found: false };
	}
	// A package: wherever Node finds it (type-only packages and $app/* are not found, and are external).
	try {
		return { found: true, path: require.resolve(source, { paths: [path.dirname(file)] }) };
	} catch {
		return { found: false };
	}
};
