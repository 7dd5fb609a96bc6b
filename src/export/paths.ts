/**
 * `$app/paths` in the one-file export: the site's addresses, made into addresses within the file.
 * The story's views are the file with a query (`?present`, `?speaker`, `?print`); the map's data
 * files are served from memory (`$lib/map/inline-data`); static maps are drawn in the page.
 * `useExport` must run before any component asks.
 */
import { inlineDataUrl } from '$lib/map/inline-data';
import type { ExportData } from './data';
import { LazyStaticMapUrl, StaticMaps, svgUrl } from './static-maps';

let data: ExportData | null = null;
let maps: StaticMaps | null = null;

/** Sets the data every address below comes from. */
export function useExport(from: ExportData): void {
	data = from;
	maps = new StaticMaps(from);
}

/**
 * The file's own name (as the address spells it, so any character in it stays escaped) plus a
 * view's query: a link that stays within the file wherever the file is.
 */
const view = (query: string) => `./${location.pathname.split('/').pop() ?? ''}${query}`;

/** The export's address for one of the site's routes; a route it has no view for throws. */
export function resolve(route: string, params: Record<string, string> = {}): string {
	if (!data || !maps) throw new Error('export: resolve() before useExport()');
	const pages: Record<string, string> = {
		'/': '',
		'/stories/[slug]': '',
		'/stories/[slug]/present': '?present',
		'/stories/[slug]/present/speaker': '?speaker',
		'/stories/[slug]/print': '?print',
		'/stories/[slug]/print/teacher': '?print=teacher'
	};
	if (route in pages) return view(pages[route]!);
	if (route === '/maps/[slug]/[step].svg') {
		const { step } = params;
		const from = maps;
		return new LazyStaticMapUrl(() => from.url(step!)) as unknown as string;
	}
	throw new Error(`export: no address in the file for the route "${route}"`);
}

/** The export's address of a static file of the site. */
export function asset(path: string): string {
	if (!data) throw new Error('export: asset() before useExport()');
	if (path === '/maps/locator-world.svg') return svgUrl(data.locatorSvg);
	const file = /^\/data\/(.+)$/.exec(path)?.[1];
	if (file) return inlineDataUrl(file);
	throw new Error(`export: no file "${path}" in this copy`);
}
