import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKS_DIR, DATA_DIR } from './helpers';
import { build, checksOf, contents, removeTempDirs, SLOW, sourceCopy, tempDir } from './cli-run';

afterAll(removeTempDirs);

/** Two whole builds side by side, made once for the tests that read a real build's bytes and output. */
let twice:
	Promise<{ dirs: [string, string]; results: Awaited<ReturnType<typeof build>>[] }> | undefined;
function twoBuilds() {
	twice ??= (async () => {
		const dirs: [string, string] = [tempDir('out'), tempDir('out')];
		return { dirs, results: await Promise.all(dirs.map((dir) => build('--out', dir))) };
	})();
	return twice;
}

// Each test runs the pipeline in a child process (a few seconds each on a quiet machine): give
// them room on a loaded one, where the default 5 s is not enough to start Node and build, and
// where a test of two or three whole builds (about 60 s each there) ran out of 2 minutes. Each
// build is one Node process on one core, so the tests run side by side (`concurrent`), and the
// whole builds are split between two files, one for each of Vitest's workers.
describe.concurrent('geo/build.js', { timeout: 300_000 }, () => {
	it(
		'exits with code 1 and names the file and entry when a source is broken, writing nothing',
		async () => {
			const src = sourceCopy();
			const places = JSON.parse(readFileSync(join(src, 'places.json'), 'utf8'));
			places[1].country = 'XYZ';
			writeFileSync(join(src, 'places.json'), JSON.stringify(places));
			const out = join(tempDir('out'), 'data');

			const result = await build('--src', src, '--out', out);

			expect(result.code).toBe(1);
			expect(result.stderr).toContain(
				`geo: ${join(src, 'places.json')}: entry "geneva" (index 1): "country" is "XYZ"; expected`
			);
			expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
			expect(existsSync(out)).toBe(false);
		},
		SLOW
	);

	it('exits with code 1 and names the group, member and field when groups.json has a bad date', async () => {
		const src = sourceCopy();
		const groups = JSON.parse(readFileSync(join(src, 'groups.json'), 'utf8'));
		groups.groups[1].members[0].joined = '1958-02-30';
		writeFileSync(join(src, 'groups.json'), JSON.stringify(groups));
		const out = join(tempDir('out'), 'data');

		const result = await build('--src', src, '--out', out);

		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			`geo: ${join(src, 'groups.json')}: groups entry "EU" (index 1): members entry "BEL" (index 0): "joined" is "1958-02-30"; expected a YYYY-MM-DD calendar date`
		);
		expect(existsSync(out)).toBe(false);
	});

	it('exits with code 1 when a source file is malformed JSON', async () => {
		const src = sourceCopy();
		writeFileSync(join(src, 'countries.json'), '{ "memberships": ');
		const result = await build('--src', src, '--out', tempDir('out'));
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(
			new RegExp(
				`^geo: ${join(src, 'countries.json')}:1:18: not valid JSON \\(found the end of the file\\)`
			)
		);
	});

	it('exits with code 1 on an unknown option', async () => {
		const result = await build('--outdir', tempDir('out'));
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^geo: Unknown option '--outdir'/);
	});

	it(
		'builds identical bytes twice, and the same bytes as the committed static/data and geo/out',
		async () => {
			const {
				dirs: [a, b],
				results
			} = await twoBuilds();
			expect(results.map((r) => r.code)).toEqual([0, 0]);
			expect(contents(a)).toEqual(contents(b));
			expect(contents(checksOf(a))).toEqual(contents(checksOf(b)));
			// If this fails, run `npm run geo` and commit static/data and geo/out.
			expect(contents(a)).toEqual(contents(DATA_DIR));
			expect(contents(checksOf(a))).toEqual(contents(CHECKS_DIR));
		},
		SLOW
	);

	it(
		'prints each file’s raw and gzipped size, marks what the story loads and totals that against the budget',
		async () => {
			const { stdout } = (await twoBuilds()).results[0]!;
			expect(stdout).toMatch(/^countries-50m\.geojson\s+\d+\.\d\s+\d+\.\d {2}check$/m);
			expect(stdout).toMatch(/^places\.geojson\s+\d+\.\d\s+\d+\.\d {2}check$/m);
			expect(stdout).toMatch(/^countries\.json\s+\d+\.\d\s+\d+\.\d$/m);
			expect(stdout).toMatch(/^groups\.json\s+\d+\.\d\s+\d+\.\d$/m);
			expect(stdout).toMatch(/^story-map\.json\s+\d+\.\d\s+\d+\.\d {2}story$/m);
			expect(stdout).toMatch(/^countries-story\.geojson\s+\d+\.\d\s+\d+\.\d$/m);
			expect(stdout).toMatch(
				/^total loaded by the story\s+\d+\.\d\s+\d+\.\d\s+\(budget 60\.0 kB gzip\)$/m
			);
			expect(stdout).toMatch(/^total deployed\s+\d+\.\d\s+\d+\.\d$/m);
		},
		SLOW
	);
});
