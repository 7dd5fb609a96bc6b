// Benchmark: builds and serves the site, loads the story in headless Chromium, scrolls through
// every step and prints bytes, requests, paint timings, layout shift, long tasks and heap.
// Numbers, not assertions: compare runs (and ratios) over time. Software WebGL here makes absolute
// times slow; counts and bytes are the stable figures.
import { execSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4319);
const ORIGIN = `http://localhost:${PORT}`;
const STORY = `${ORIGIN}/stories/nato-russia-ukraine/`;

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });

// The lazy map chunk and everything only it imports: from Vite's manifest of the client build.
const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
const lazy = new Set();
const entry = Object.entries(manifest).find(([src]) => src.endsWith('src/lib/map/controller.ts'));
if (!entry) throw new Error('the map controller chunk is missing from the build manifest');
(function walk(chunk) {
	lazy.add(chunk.file);
	for (const css of chunk.css ?? []) lazy.add(css);
	for (const imp of chunk.imports ?? []) walk(manifest[imp]);
})(entry[1]);

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore'
});
await waitForServer(ORIGIN);

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run']
});
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.addInitScript(() => {
		window.__bench = { cls: 0, longTasks: [], fcp: 0 };
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
	const responses = [];
	page.on('response', async (r) => {
		try {
			const body = await r.body();
			responses.push({
				url: r.url(),
				type: r.request().resourceType(),
				bytes: body.length,
				gz: gzipSync(body, { level: 9 }).length,
				at: Date.now()
			});
		} catch {
			/* redirects and aborted requests have no body */
		}
	});
	const t0 = Date.now();
	await page.goto(STORY);
	await page.waitForSelector('[data-testid="story-map"][data-ready="true"]', { timeout: 120_000 });
	const mapReady = Date.now() - t0;
	const paint = await page.evaluate(() => {
		const fcp = performance.getEntriesByName('first-contentful-paint')[0];
		return { fcp: fcp ? fcp.startTime : NaN };
	});

	const scrollStart = await page.evaluate(() => performance.now());
	const steps = await page.$$eval('[data-step]', (els) =>
		els.map((e) => e.getAttribute('data-step'))
	);
	for (const id of steps) {
		await page.evaluate((stepId) => {
			const el = document.querySelector(`[data-step="${stepId}"]`);
			scrollTo({
				top: el.getBoundingClientRect().top + scrollY - innerHeight * 0.55 + 40,
				behavior: 'instant'
			});
		}, id);
		await page.waitForSelector(`[data-testid="story-map"][data-active-step="${id}"]`, {
			timeout: 60_000
		});
	}
	const after = await page.evaluate(
		(since) => ({
			cls: window.__bench.cls,
			longTasks: window.__bench.longTasks.filter((t) => t.start >= since)
		}),
		scrollStart
	);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const heap = await cdp.send('Runtime.getHeapUsage');

	const isLazy = (url) => [...lazy].some((file) => url.endsWith(file));
	const js = responses.filter((r) => r.type === 'script' || r.url.endsWith('.js'));
	const kb = (n) => (n / 1024).toFixed(1);
	const sum = (list, key) => list.reduce((s, r) => s + r[key], 0);
	const rows = [
		[
			'JavaScript before MapLibre (gzip)',
			`${kb(
				sum(
					js.filter((r) => !isLazy(r.url)),
					'gz'
				)
			)} KB`,
			'target ≤ 60 KB'
		],
		[
			'JavaScript of the lazy map chunk (gzip)',
			`${kb(
				sum(
					js.filter((r) => isLazy(r.url)),
					'gz'
				)
			)} KB`,
			''
		],
		[
			'Map data (gzip)',
			`${kb(
				sum(
					responses.filter((r) => r.url.includes('/data/')),
					'gz'
				)
			)} KB`,
			'budget ≤ 250 KB'
		],
		[
			'Whole story: bytes transferred (raw / gzip)',
			`${kb(sum(responses, 'bytes'))} KB / ${kb(sum(responses, 'gz'))} KB`,
			''
		],
		['Whole story: requests', String(responses.length), ''],
		[
			'Off-origin requests',
			String(responses.filter((r) => !r.url.startsWith(ORIGIN) && /^https?:/.test(r.url)).length),
			'target 0'
		],
		['First contentful paint (text)', `${paint.fcp.toFixed(0)} ms`, ''],
		['Map ready (data-ready) after navigation', `${mapReady} ms`, 'software WebGL'],
		['First paint / map ready', (paint.fcp / mapReady).toFixed(3), 'text first: < 1'],
		['Cumulative layout shift', after.cls.toFixed(4), 'target 0'],
		[
			'Long tasks (> 50 ms) while scrolling all steps',
			`${after.longTasks.length} (${after.longTasks.reduce((s, t) => s + t.duration, 0).toFixed(0)} ms)`,
			`${steps.length} steps`
		],
		['JS heap after the scroll (after GC)', `${kb(heap.usedSize / 1024)} MB`, '']
	];
	const width = Math.max(...rows.map((r) => r[0].length));
	console.log(
		'\nMeridian benchmark: the NATO story at 1280x800, headless Chromium (SwiftShader)\n'
	);
	for (const [label, value, note] of rows)
		console.log(`${label.padEnd(width)}  ${value.padStart(20)}  ${note}`);
	console.log();
} finally {
	await browser.close();
	server.kill();
}

async function waitForServer(url) {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`the preview server did not start at ${url}`);
}
