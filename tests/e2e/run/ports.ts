/**
 * The ports of one browser-test run, chosen free when the run starts, so a run never reuses a
 * server that another checkout (or an earlier run) left on a fixed port: the site, and for each
 * parallel worker a news-site host (the one origin the test build lets drive a synced embed) and a
 * dev server. The runner picks them when it loads the config and hands them to its workers in the
 * environment (workers inherit the runner's `process.env`); PORT fixes the site's port by hand.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Browser-test workers: two, one per core here; E2E_WORKERS overrides. */
export const WORKERS = Number(process.env.E2E_WORKERS ?? 2);

const KEY = 'MERIDIAN_E2E_PORTS';

/**
 * The ports the last test build was made for (written by the web server's command once the build
 * succeeds): its allow-list names the hosts' origins, so a run that reuses that build
 * (E2E_REUSE_BUILD=1, while working on tests) must use the same ports.
 */
export const BUILT_FOR = '.svelte-kit/e2e-ports';

/** Reuse the last test build instead of building again (for working on tests, never in CI). */
export const REUSE_BUILD = process.env.E2E_REUSE_BUILD === '1';

if (!process.env[KEY]) {
	if (REUSE_BUILD) {
		if (!existsSync(BUILT_FOR) || !existsSync('build/_app/version.json')) {
			throw new Error(
				'E2E_REUSE_BUILD=1, but no test build to reuse: run the tests once without it.'
			);
		}
		process.env[KEY] = readFileSync(BUILT_FOR, 'utf8').trim();
	} else {
		const script = fileURLToPath(new URL('./free-ports.js', import.meta.url));
		const free = execFileSync(process.execPath, [script, String(1 + 2 * WORKERS)], {
			encoding: 'utf8'
		}).trim();
		const ports = free.split(' ');
		if (process.env.PORT) ports[0] = process.env.PORT;
		process.env[KEY] = ports.join(' ');
	}
}

/** The run's ports, as the environment carries them ("site host… dev…"). */
export const PORTS_LIST = process.env[KEY]!;
const ports = PORTS_LIST.split(' ').map(Number);

/** Every port of this run: a server on "any free port" must not take one of them later. */
export const RUN_PORTS: readonly number[] = ports;

/** The built site's port (`vite preview`, listening on 127.0.0.1). */
export const SITE_PORT = ports[0]!;
/**
 * The site's address as the tests browse it: `localhost`, so that the news sites on 127.0.0.1 are
 * another site, not only another origin (Chromium keeps same-site frames in the page's process,
 * where focus and keys behave otherwise than in a real news site's cross-site frame).
 */
export const SITE_ORIGIN = `http://localhost:${SITE_PORT}`;
/** Where the runner checks the server is up: the address it listens on. */
export const SITE_LISTENING = `http://127.0.0.1:${SITE_PORT}`;

/** The allowed news site's port for the worker in parallel slot `slot` (`testInfo.parallelIndex`). */
export const hostPort = (slot: number) => ports[1 + (slot % WORKERS)]!;

/** The dev server's port (author mode) for the worker in parallel slot `slot`. */
export const devPort = (slot: number) => ports[1 + WORKERS + (slot % WORKERS)]!;

/** The origins the test build lets drive a synced embed: every worker's allowed host. */
export const EMBED_ORIGINS = Array.from(
	{ length: WORKERS },
	(_, slot) => `http://127.0.0.1:${hostPort(slot)}`
).join(',');
