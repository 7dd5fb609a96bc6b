/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit: a classroom whose network drops keeps the story a reader has
 * opened. One cache per release (`version`): a page is only ever served files of its own release,
 * and a new release's worker deletes the old cache only once no page of the old release is open
 * (it waits rather than skipping ahead), so old and new files never mix.
 *
 * Installed: the app's code, styles and fonts (`build`) and the static files pages use (`files`:
 * the live map's data, not the build's own).
 * Activated, and whenever a story is opened: everything that story's pages can ask for, prerendered
 * (its views and their data, its static maps in both colour schemes, the locator's world) and the
 * close-ups' finer shapes (static/data/fine/), so a
 * reload offline fails no request whatever the reader's scheme or step. Afterwards: every page and
 * file the reader fetches is kept, fetched fresh while online and served from the cache offline.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { STORY_MAP_FILE } from '$lib/map/data-file';
import { fineFiles, storyFiles } from './story-files';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `meridian-${version}`;
/**
 * Of the static files, the map data only the live map loads: static/data/ also holds the build's
 * own sources for the static maps (GeoJSON, several hundred KB), which no page fetches.
 */
const PRECACHE = new Set([
	...build,
	...files.filter((f) => !f.startsWith(`${base}/data/`) || f === `${base}/data/${STORY_MAP_FILE}`)
]);

/** The address of an open page, without its step (#id): the cache keys pages by path. */
const pageUrl = (url: string) => url.replace(/#.*$/, '');

/** Caches what the story at `pathname` needs, if it is a story's page. */
async function keepStory(pathname: string): Promise<void> {
	const pages = storyFiles(pathname, prerendered, base);
	if (!pages.length) return;
	const wanted = [...pages, ...fineFiles(files, base)];
	const cache = await caches.open(CACHE);
	const missing = [];
	for (const path of wanted) if (!(await cache.match(path))) missing.push(path);
	await cache.addAll(missing);
}

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...PRECACHE])));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const cache = await caches.open(CACHE);
			await Promise.all(
				open.map(async (c) => {
					await cache.add(pageUrl(c.url)).catch(() => undefined);
					await keepStory(new URL(c.url).pathname).catch(() => undefined);
				})
			);
			// Pages open before the first install have no worker yet: take them, so the story the reader
			// is on keeps working if the network drops now. Pages of an older release are gone by now.
			await sw.clients.claim();
		})()
	);
});

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const url = new URL(request.url);
	// Hashed build files never change within a release: the cache is enough.
	if (PRECACHE.has(url.pathname)) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	} catch (offline) {
		const hit = await cache.match(request);
		if (hit) return hit;
		throw offline;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(request));
	// Opening a story (online) keeps the rest of what it needs, in the background.
	if (request.mode === 'navigate') event.waitUntil(keepStory(url.pathname).catch(() => undefined));
});
