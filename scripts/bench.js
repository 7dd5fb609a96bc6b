// Benchmark: builds and serves the site, loads the story in headless Chromium, scrolls through
// every step and prints bytes, requests, paint timings, layout shift, long tasks and heap. Then
// the same story as a scroll-synced embed in a news site's page on another origin: the loader's
// weight, the messages each way, the iframe's resizes and the host page's layout shift.
// Numbers, not assertions: compare runs (and ratios) over time. Software WebGL here makes absolute
// times slow; counts and bytes are the stable figures. `--no-build` reuses build/; `--verbose`
// lists every response and layout shift.
import { execSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4319);
const ORIGIN = `http://localhost:${PORT}`;
const STORY = `${ORIGIN}/stories/nato-russia-ukraine/`;
const verbose = process.argv.includes('--verbose');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

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
	printTable(
		'\nMeridian benchmark: the NATO story at 1280x800, headless Chromium (SwiftShader)',
		rows
	);
	await benchEmbed(browser, steps);
} finally {
	await browser.close();
	server.kill();
}

/**
 * The story as a scroll-synced embed: a host page on another port with the snippet, scrolled so
 * each step in turn reaches the middle of its viewport.
 */
async function benchEmbed(browser, steps) {
	const embed = `${ORIGIN}/embed/nato-russia-ukraine/`;
	const filler = '<p style="height:900px;margin:0">The host article.</p>';
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"></head><body style="margin:0"><main style="max-width:1100px;margin:auto">
${filler}<iframe id="a" src="${embed}" title="Story" width="100%" height="720" style="border:0"
 loading="lazy" data-meridian></iframe>${filler}</main><script src="${ORIGIN}/embed.js" async></script></body></html>`;
	const host = createServer((_, res) => res.end(html));
	await new Promise((done) => host.listen(PORT + 1, '127.0.0.1', done));
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		// Counts messages on both sides and the iframe's resizes; runs in the host and the frame.
		await page.addInitScript(() => {
			const counts = (window.__messages = {});
			addEventListener('message', (e) => {
				const type = typeof e.data === 'string' ? 'string' : (e.data?.type ?? 'other');
				counts[type] = (counts[type] ?? 0) + 1;
			});
		});
		await page.addInitScript(observePerformance);
		const responses = [];
		page.on('response', async (r) => {
			const body = await r.body().catch(() => null);
			if (body) responses.push({ url: r.url(), gz: gzipSync(body, { level: 9 }).length });
		});
		await page.goto(`http://127.0.0.1:${PORT + 1}/`);
		const iframe = page.locator('#a');
		await iframe.scrollIntoViewIfNeeded();
		const frame = await (await iframe.elementHandle()).contentFrame();
		await frame.waitForSelector('main[data-embed-mode="synced"]', { timeout: 60_000 });
		await frame.waitForSelector('[data-testid="story-map"][data-ready="true"]', {
			timeout: 120_000
		});
		const resizes = await iframe.evaluate((el) => {
			window.__resizes = [el.style.height];
			new MutationObserver(() => window.__resizes.push(el.style.height)).observe(el, {
				attributeFilter: ['style']
			});
			return window.__resizes.length;
		});
		const scrollStart = await page.evaluate(() => performance.now());
		for (const id of steps) {
			const y = await frame.$eval(`[data-step="${id}"]`, (el) => el.getBoundingClientRect().top);
			await iframe.evaluate((el, stepY) => {
				const top = el.getBoundingClientRect().top + scrollY + stepY;
				scrollTo({ top: top - innerHeight / 2, behavior: 'instant' });
			}, y);
			await page.waitForSelector(`#a[data-active-step="${id}"]`, { timeout: 60_000 });
		}
		const hostSide = await page.evaluate(
			(since) => ({
				messages: window.__messages,
				cls: window.__bench.cls,
				longTasks: window.__bench.longTasks.filter((t) => t.start >= since).length,
				resizes: window.__resizes
			}),
			scrollStart
		);
		const frameSide = await frame.evaluate(() => window.__messages);
		const loader = responses.find((r) => r.url.endsWith('/embed.js'));
		const fromStory = responses.filter((r) => r.url.startsWith(ORIGIN));
		const rows = [
			['Loader /embed.js (gzip)', kb(loader?.gz ?? NaN), 'limit 3 KB'],
			['Story site, all bytes (gzip)', kb(fromStory.reduce((s, r) => s + r.gz, 0)), ''],
			['Story site, requests', String(fromStory.length), ''],
			[
				'Frame → host: ready / height / step',
				`${hostSide.messages['meridian:ready'] ?? 0} / ${hostSide.messages['meridian:height'] ?? 0} / ${hostSide.messages['meridian:step'] ?? 0}`,
				`${steps.length} steps`
			],
			[
				'Host → frame: hello / viewport',
				`${frameSide['meridian:hello'] ?? 0} / ${frameSide['meridian:viewport'] ?? 0}`,
				`${steps.length} scroll jumps`
			],
			['Iframe resizes while scrolling', String(hostSide.resizes.length - resizes), 'target 0'],
			['Host page layout shift (whole visit)', hostSide.cls.toFixed(4), 'the frame growing to fit'],
			['Host long tasks > 50 ms, scrolling', String(hostSide.longTasks), 'the loader: target 0']
		];
		printTable('Scroll-synced embed: the same story in a host page on another origin', rows);
	} finally {
		host.close();
	}
}

/** Prints rows of [label, value, target] under a title, aligned. */
function printTable(title, rows) {
	const width = Math.max(...rows.map((r) => r[0].length));
	console.log(`${title}\n`);
	for (const [label, value, target] of rows) {
		console.log(`${label.padEnd(width)}  ${value.padStart(16)}  ${target}`);
	}
	console.log();
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
