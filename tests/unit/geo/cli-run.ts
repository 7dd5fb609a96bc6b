/**
 * Runs geo/build.js for the CLI tests (cli.test.ts, cli-budgets.test.ts): in a child process, into
 * temporary folders, never the repository's static/data or geo/out.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './helpers';

const run = promisify(execFile);
const BUILD = join(ROOT, 'geo', 'build.js');
export const SLOW = 300_000;

/**
 * Runs geo/build.js; resolves with its exit code and output instead of throwing. With --out, the
 * check files go to checksOf(out), never to the repository's geo/out/.
 */
export async function build(...args: string[]) {
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

/** Removes every folder the tests made: for each test file's afterAll. */
export function removeTempDirs() {
	tempDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
}

export function tempDir(name: string) {
	const dir = mkdtempSync(join(tmpdir(), `geo-${name}-`));
	tempDirs.push(dir);
	return dir;
}

/** A copy of the real sources in geo/, to break one of them. */
export function sourceCopy() {
	const dir = tempDir('src');
	for (const name of ['names.json', 'countries.json', 'groups.json', 'places.json', 'areas.json'])
		cpSync(join(ROOT, 'geo', name), join(dir, name));
	return dir;
}

export function checksOf(out: string) {
	tempDirs.push(`${out}-checks`);
	return `${out}-checks`;
}

/** Every file under `dir` (the close-ups' fine/ folder too), by path within it. */
export function contents(dir: string) {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((name) => statSync(join(dir, name)).isFile())
			.sort()
			.map((name) => [name, readFileSync(join(dir, name))])
	);
}
