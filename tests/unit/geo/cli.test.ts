import { execFile } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKS_DIR, DATA_DIR, ROOT } from './helpers';

const run = promisify(execFile);
const BUILD = join(ROOT, 'geo', 'build.js');
const SLOW = 300_000;

/**
 * Runs geo/build.js; resolves with its exit code and output instead of throwing. With --out, the
 * check files go to checksOf(out), never to the repository's geo/out/.
 */
async function build(...args: string[]) {
	const out = args[args.indexOf('--out') + 1];
	if (args.includes('--out') && out !== undefined) args.push('--checks', checksOf(out));
	try {
		const { stdout, stderr } = await run(process.execPath, [BUILD, ...args], { cwd: ROOT });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, stdout, stderr };
	}
}

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(name: string) {
	const dir = mkdtempSync(join(tmpdir(), `geo-${name}-`));
	tempDirs.push(dir);
	return dir;
}

/** A copy of the real sources in geo/, to break one of them. */
function sourceCopy() {
	const dir = tempDir('src');
	for (const name of ['names.json', 'countries.json', 'groups.json', 'places.json', 'areas.json'])
		cpSync(join(ROOT, 'geo', name), join(dir, name));
	return dir;
}

function checksOf(out: string) {
	tempDirs.push(`${out}-checks`);
	return `${out}-checks`;
}

/** Every file under `dir` (the close-ups' fine/ folder too), by path within it. */
function contents(dir: string) {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((name) => statSync(join(dir, name)).isFile())
			.sort()
			.map((name) => [name, readFileSync(join(dir, name))])
	);
}

/**
 * The outputs that depend on the stories' close-ups (geo/scripts/fine.js): git-ignored build
 * outputs, so a committed tree has none to compare, and a local build's are its own.
 */
const fromStories = (name: string) => name.startsWith('fine/') || name === 'fine-regions.json';
function committed(dir: string) {
	return Object.fromEntries(Object.entries(contents(dir)).filter(([name]) => !fromStories(name)));
}

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
// build is one Node process on one core, so the tests run side by side (`concurrent`): the
// file took 53 s one after another, the longest of the unit suite by far.
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
		'builds identical bytes twice, and the same bytes as the committed static/data and geo/out (all but the close-ups’ files)',
		async () => {
			const {
				dirs: [a, b],
				results
			} = await twoBuilds();
			expect(results.map((r) => r.code)).toEqual([0, 0]);
			expect(contents(a)).toEqual(contents(b));
			expect(contents(checksOf(a))).toEqual(contents(checksOf(b)));
			expect(committed(a), 'run `npm run geo` and commit static/data').toEqual(committed(DATA_DIR));
			expect(committed(checksOf(a)), 'run `npm run geo` and commit geo/out').toEqual(
				committed(CHECKS_DIR)
			);
		},
		SLOW
	);

	it(
		'writes a fine/ file for each region fine-regions.json lists, and no other',
		async () => {
			const {
				dirs: [a]
			} = await twoBuilds();
			const { regions } = JSON.parse(
				readFileSync(join(checksOf(a), 'fine-regions.json'), 'utf8')
			) as { regions: { id: string }[] };
			expect(regions.length).toBeGreaterThan(0);
			expect(readdirSync(join(a, 'fine')).sort()).toEqual(
				regions.map((r) => `${r.id}.json`).sort()
			);
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
			const [result, built] = await Promise.all([
				build('--out', out, '--fine-budget', String(budget)),
				twoBuilds()
			]);
			const fine = join(built.dirs[0], 'fine');
			expect(result.code).toBe(1);
			expect(result.stderr).toMatch(
				/a close-up's finer shapes are over budget \(fine\/[EW]\d+[NS]\d+-[EW]\d+[NS]\d+\.json \d+\.\d kB(, fine\/\S+ \d+\.\d kB)*\); expected at most 14\.0 kB gzipped each/
			);
			// Only the files over it are named (those a build with the default budget writes).
			for (const name of readdirSync(fine)) {
				const over = gzipSync(readFileSync(join(fine, name)), { level: 9 }).length > budget;
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
