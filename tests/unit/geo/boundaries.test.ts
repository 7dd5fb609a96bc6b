import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

/** Every module specifier a source file imports, statically or dynamically. */
function importsOf(text: string): string[] {
	const specifiers = text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g);
	return [...specifiers].map((m) => m[1]!);
}

function sourceFiles(dir: string): string[] {
	return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(js|ts|svelte)$/.test(name))
		.map((name) => join(dir, name));
}

describe('the pipeline and the app', () => {
	it('share src/lib/data/, and nothing under src/ imports the pipeline in geo/', () => {
		const offending = sourceFiles('src').flatMap((file) =>
			importsOf(readFileSync(join(ROOT, file), 'utf8'))
				.filter((specifier) => /(^|\/)geo\/(lib|scripts|build)/.test(specifier))
				.map((specifier) => `${file} imports ${specifier}`)
		);
		expect(offending).toEqual([]);
	});

	it('keeps src/lib/data/ free of Node, browser and pipeline imports, so both sides can load it', () => {
		const imports = sourceFiles('src/lib/data').flatMap((file) =>
			importsOf(readFileSync(join(ROOT, file), 'utf8'))
		);
		expect(imports.filter((s) => !s.startsWith('./') && s !== 'zod')).toEqual([]);
	});
});
