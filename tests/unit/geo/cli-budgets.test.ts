import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from './helpers';
import { build, removeTempDirs, SLOW, sourceCopy, tempDir } from './cli-run';

afterAll(removeTempDirs);

// Each test runs the pipeline in a child process (a few seconds each on a quiet machine): give
// them room on a loaded one, where the default 5 s is not enough to start Node and build, and
// where a test of two or three whole builds (about 60 s each there) ran out of 2 minutes. Each
// build is one Node process on one core, so the tests run side by side (`concurrent`), and the
// whole builds are split between two files, one for each of Vitest's workers.
describe.concurrent('geo/build.js budgets and --if-stale', { timeout: 300_000 }, () => {
	it(
		'fails, writing nothing, when the story’s map data exceeds its budget, naming each file and its size',
		async () => {
			const out = tempDir('out');
			const result = await build('--out', out, '--budget', '1000');
			expect(result.code).toBe(1);
			expect(result.stderr).toMatch(
				/the map data the story loads is \d+\.\d kB gzipped \(story-map\.json \d+\.\d kB\); expected at most 1\.0 kB/
			);
			expect(existsSync(join(out, 'story-map.json'))).toBe(false);
		},
		SLOW
	);

	it(
		'fails, writing nothing, when a close-up’s finer shapes exceed their own budget, naming the file',
		async () => {
			const out = tempDir('out');
			const budget = 14_000;
			const result = await build('--out', out, '--fine-budget', String(budget));
			expect(result.code).toBe(1);
			expect(result.stderr).toMatch(
				/a close-up's finer shapes are over budget \(fine\/[EW]\d+[NS]\d+-[EW]\d+[NS]\d+\.json \d+\.\d kB(, fine\/\S+ \d+\.\d kB)*\); expected at most 14\.0 kB gzipped each/
			);
			// Only the files over it are named (the build writes the committed files again).
			for (const name of readdirSync(join(DATA_DIR, 'fine'))) {
				const over =
					gzipSync(readFileSync(join(DATA_DIR, 'fine', name)), { level: 9 }).length > budget;
				expect(result.stderr.includes(`fine/${name}`), name).toBe(over);
			}
			expect(existsSync(join(out, 'story-map.json'))).toBe(false);
		},
		SLOW
	);

	it(
		'with --if-stale, skips when outputs are newer than the sources and rebuilds when a source changes',
		async () => {
			const src = sourceCopy();
			const out = tempDir('out');
			expect((await build('--src', src, '--out', out)).code).toBe(0);
			const built = statSync(join(out, 'areas.geojson')).mtimeMs;

			const skipped = await build('--if-stale', '--src', src, '--out', out);
			expect(skipped.stdout).toContain('up to date');
			expect(statSync(join(out, 'areas.geojson')).mtimeMs).toBe(built);

			const later = new Date(Date.now() + 60_000);
			utimesSync(join(src, 'places.json'), later, later);
			const rebuilt = await build('--if-stale', '--src', src, '--out', out);
			expect(rebuilt.stdout).toContain('geo: wrote');

			rmSync(join(out, 'borders-story.geojson'));
			const restored = await build('--if-stale', '--src', src, '--out', out);
			expect(restored.stdout).toContain('geo: wrote');
			expect(existsSync(join(out, 'borders-story.geojson'))).toBe(true);
		},
		SLOW
	);
});
