import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fineFile } from '../../../geo/scripts/fine.js';
import { OUT_DIR } from '../../../scripts/font.js';

/**
 * The files `npm run build` makes from the stories (README, "Generated files"): a story's edit
 * changes them, so they must be build outputs, or its author finds them in `git status`.
 */
const FROM_STORIES = [
	`${OUT_DIR}/source-sans-3-latin-subset.woff2`,
	`${OUT_DIR}/source-sans-3-latin-ext-subset.woff2`,
	`${OUT_DIR}/source-sans-3.css`,
	join('static/data', fineFile('E67N37-E87N49')),
	'geo/out/fine-regions.json'
];
/** Generated too, but from geo/ alone: committed, and compared with a fresh build by the geo tests. */
const COMMITTED = [
	'static/data/story-map.json',
	'static/data/countries.json',
	'geo/out/places.geojson'
];

/** The paths git ignores of those given; a tracked file is never ignored, so it is left out. */
function ignored(paths: string[]): string[] {
	const result = spawnSync('git', ['check-ignore', ...paths], { encoding: 'utf8' });
	// 0: some are ignored, 1: none is; anything else (no git, not a checkout) is an error.
	if (result.status !== 0 && result.status !== 1)
		throw new Error(`git check-ignore failed: ${result.stderr || result.error}`);
	return result.stdout.split('\n').filter(Boolean);
}

describe('the files the build makes from the stories', () => {
	it('are ignored by git and none is tracked, so a story’s edit is all git status shows', () => {
		expect(ignored(FROM_STORIES), 'list them in .gitignore, and `git rm --cached` them').toEqual(
			FROM_STORIES
		);
	});

	it('leave the committed map data tracked, for the geo tests to compare', () => {
		expect(ignored(COMMITTED)).toEqual([]);
	});
});
