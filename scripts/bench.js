// Benchmark: builds and serves the site, loads the story in headless Chromium, scrolls through
// every step and prints bytes, requests, paint timings, layout shift, long tasks and heap.
// Numbers, not assertions: compare runs (and ratios) over time. Software WebGL here makes absolute
// times slow; counts and bytes are the stable figures. `--no-build` reuses build/; `--verbose`
// lists every response and layout shift.
import { execSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4319);
const ORIGIN = `http://localhost:${PORT}`;
const STORY = `${ORIGIN}/stories/nato-russia-ukraine/`;
const verbose = process.argv.includes('--verbose');

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });

// The lazy map chunk, from Vite's manifest of the client build. JavaScript requested before it is
// what the reader downloads before MapLibre; the worker MapLibre starts from a blob is no download.
const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
const entry = Object.entries(manifest).find(([src]) => src.endsWith('src/lib/map/controller.ts'));
if (!entry) throw new Error('the map controller chunk is missing from the build manifest');
const mapChunk = entry[1].file;

if (await isUp(ORIGIN)) throw new Error(`port ${PORT} is already in use; set BENCH_PORT`);
// Node runs Vite directly (not through npx), so killing this process stops the server.
const server = spawn(
	process.execPath,
	['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
	{ stdio: 'ignore' }
);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run']
});
try {
	await waitForServer(ORIGIN);
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.addInitScript(observePerformance);
	const responses = [];
	let order = 0;
	page.on('request', (request) => {
		request.order = order++;
	});
	page.on('response', async (r) => {
		if (!/^https?:/.test(r.url())) return;
		const body = await r.body().catch(() => null);
		if (!body) return;
		const gz = gzipSync(body, { level: 9 }).length;
		const type = r.request().resourceType();
		responses.push({ url: r.url(), type, order: r.request().order, bytes: body.length, gz });
	});

	const t0 = Date.now();
	await page.goto(STORY);
	await page.waitForSelector('[data-testid="story-map"][data-ready="true"]', { timeout: 120_000 });
	const mapReady = Date.now() - t0;
	const fcp = await page.evaluate(
		() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN
	);

	const scrollStart = await page.evaluate(() => performance.now());
	const steps = await page.$$eval('[data-step]', (els) => els.map((e) => e.dataset.step));
	for (const id of steps) {
		await page.evaluate((stepId) => {
			const el = document.querySelector(`[data-step="${stepId}"]`);
			const top = el.getBoundingClientRect().top + scrollY;
			scrollTo({ top: top - innerHeight / 2, behavior: 'instant' });
		}, id);
		await page.waitForSelector(`[data-testid="story-map"][data-active-step="${id}"]`, {
			timeout: 60_000
		});
	}
	const perf = await page.evaluate(
		(since) => ({
			cls: window.__bench.cls,
			shifts: window.__bench.shifts,
			longTasks: window.__bench.longTasks.filter((t) => t.start >= since)
		}),
		scrollStart
	);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const heap = await cdp.send('Runtime.getHeapUsage');

	const js = responses.filter((r) => r.type === 'script');
	const mapRequest = js.find((r) => r.url.endsWith(mapChunk));
	if (!mapRequest) throw new Error('MapLibre never loaded');
	const lazy = (r) => r.order >= mapRequest.order;
	const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
	const sum = (list, key) => list.reduce((s, r) => s + r[key], 0);
	const data = responses.filter((r) => r.url.includes('/data/'));
	const longMs = perf.longTasks.reduce((s, t) => s + t.duration, 0);
	const rows = [
		[
			'JavaScript before MapLibre (gzip)',
			kb(
				sum(
					js.filter((r) => !lazy(r)),
					'gz'
				)
			),
			'target ≤ 60 KB'
		],
		['JavaScript from MapLibre on (gzip)', kb(sum(js.filter(lazy), 'gz')), ''],
		['Map data (gzip)', kb(sum(data, 'gz')), 'budget ≤ 250 KB'],
		['Whole story: bytes (raw)', kb(sum(responses, 'bytes')), ''],
		['Whole story: bytes (gzip)', kb(sum(responses, 'gz')), ''],
		['Whole story: requests', String(responses.length), ''],
		// Chromium asks for the favicon again on every same-document URL change (the step anchors).
		['Whole story: distinct URLs', String(new Set(responses.map((r) => r.url)).size), ''],
		[
			'Off-origin requests',
			String(responses.filter((r) => !r.url.startsWith(ORIGIN)).length),
			'target 0'
		],
		['First contentful paint (text)', `${fcp.toFixed(0)} ms`, ''],
		['Map ready (data-ready) from navigation', `${mapReady} ms`, 'software WebGL'],
		['Cumulative layout shift', perf.cls.toFixed(4), 'target 0'],
		[
			'Long tasks > 50 ms, scrolling all steps',
			`${perf.longTasks.length} (${longMs.toFixed(0)} ms)`,
			`${steps.length} steps`
		],
		['JS heap after the scroll (after GC)', `${(heap.usedSize / 1048576).toFixed(1)} MB`, '']
	];
	if (verbose) {
		for (const r of responses)
			console.log(`${String(r.gz).padStart(8)} ${r.type.padEnd(10)} ${r.url}`);
		for (const shift of perf.shifts) console.log('layout shift', JSON.stringify(shift));
	}
	const width = Math.max(...rows.map((r) => r[0].length));
	console.log(
		'\nMeridian benchmark: the NATO story at 1280x800, headless Chromium (SwiftShader)\n'
	);
	for (const [label, value, target] of rows) {
		console.log(`${label.padEnd(width)}  ${value.padStart(16)}  ${target}`);
	}
	console.log();
} finally {
	await browser.close();
	server.kill();
}

/** Runs in the page before anything else: collects layout shifts and long tasks. */
function observePerformance() {
	window.__bench = { cls: 0, shifts: [], longTasks: [] };
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			if (e.hadRecentInput) continue;
			window.__bench.cls += e.value;
			const nodes = (e.sources ?? []).map((s) => `${s.node?.nodeName}.${s.node?.className ?? ''}`);
			window.__bench.shifts.push({ value: e.value, at: e.startTime, nodes });
		}
	}).observe({ type: 'layout-shift', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
		}
	}).observe({ type: 'longtask', buffered: true });
}

async function isUp(url) {
	try {
		return (await fetch(url)).ok;
	} catch {
		return false;
	}
}

async function waitForServer(url) {
	for (let i = 0; i < 100; i++) {
		if (await isUp(url)) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`the preview server did not start at ${url}`);
}
