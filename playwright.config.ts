import { defineConfig, devices } from '@playwright/test';
import {
	BUILT_FOR,
	EMBED_ORIGINS,
	PORTS_LIST,
	REUSE_BUILD,
	SITE_LISTENING,
	SITE_ORIGIN,
	SITE_PORT,
	WORKERS
} from './tests/e2e/run/ports';
import { WORLD_FIXTURES } from './tests/e2e/run/world-fixtures';

/**
 * Browser tests run against the built, prerendered site (what readers get), served by `vite preview`.
 * Chromium comes from the system (Debian's /usr/bin/chromium here); CHROMIUM_PATH overrides it, and
 * on machines that can download, `npx playwright install chromium` plus CHROMIUM_PATH="" uses Playwright's own.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/*
 * Every run serves its own build on ports chosen free when it starts (tests/e2e/run/ports.ts),
 * never a server it finds running: the global setup checks the served site is the one it built.
 * The embed tests' news sites run on ports of their own, and the build allows only those origins
 * to drive a synced embed (EMBED_ORIGINS), so the tests see the allow-list at work.
 */

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: 'test-results',
	fullyParallel: false,
	workers: WORKERS,
	globalSetup: './tests/e2e/run/same-site.ts',
	retries: 0,
	// Many tests read every step of a story, each flight drawn by software WebGL: two minutes on a
	// quiet machine was enough, but one such test ran out of it with other browser jobs beside it.
	timeout: 240_000,
	expect: { timeout: 20_000 },
	reporter: [['list']],
	use: {
		baseURL: SITE_ORIGIN,
		// The site's service worker would answer requests that tests route or count; only the offline
		// test (offline.e2e.ts) lets it run.
		serviceWorkers: 'block',
		// Jumps, not flights: a scene settles in a few frames instead of seconds of software WebGL.
		// Tests about flights and the animation switch ask for motion themselves.
		reducedMotion: 'reduce',
		launchOptions: {
			executablePath: executablePath || undefined,
			args: [
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run',
				'--disable-sync'
			]
		}
	},
	projects: [
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		},
		{
			name: 'phone',
			// Tests whose claim does not depend on the screen's size run on desktop only.
			grepInvert: /@one-size/,
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 390, height: 844 },
				isMobile: true,
				hasTouch: true,
				deviceScaleFactor: 2
			}
		}
	],
	webServer: {
		command: `${REUSE_BUILD ? '' : `EMBED_ORIGINS=${EMBED_ORIGINS} MERIDIAN_EXTRA_STORIES=${WORLD_FIXTURES} npm run build && echo '${PORTS_LIST}' > ${BUILT_FOR} && `}npx vite preview --host 127.0.0.1 --port ${SITE_PORT} --strictPort`,
		url: `${SITE_LISTENING}/`,
		reuseExistingServer: false,
		// The build prerenders every page, static map and share card: about 2 minutes alone here,
		// over 5 with three other browser and build jobs on the same two cores.
		timeout: 900_000,
		stdout: 'pipe'
	}
});
