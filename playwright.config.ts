import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the built, prerendered site (what readers get), served by `vite preview`.
 * Chromium comes from the system (Debian's /usr/bin/chromium here); CHROMIUM_PATH overrides it, and
 * on machines that can download, `npx playwright install chromium` plus CHROMIUM_PATH="" uses Playwright's own.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.PORT ?? 4173);
/**
 * The embed tests' news-site page runs on the next port (tests/e2e/embed-hosts.ts), and the build
 * allows only that origin to drive a synced embed, so the tests see EMBED_ORIGINS at work.
 */
const EMBED_ORIGINS = `http://127.0.0.1:${PORT + 1}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: 'test-results',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	// Many tests read every step of a story, each flight drawn by software WebGL: two minutes on a
	// quiet machine was enough, but one such test ran out of it with other browser jobs beside it.
	timeout: 240_000,
	expect: { timeout: 20_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		// The site's service worker would answer requests that tests route or count; only the offline
		// test (offline.e2e.ts) lets it run.
		serviceWorkers: 'block',
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
		command: `EMBED_ORIGINS=${EMBED_ORIGINS} npm run build && npx vite preview --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		// The build prerenders every page, static map and share card: about 2 minutes alone here,
		// over 5 with three other browser and build jobs on the same two cores.
		timeout: 900_000,
		stdout: 'pipe'
	}
});
