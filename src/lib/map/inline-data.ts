/**
 * Map data without a server: the one-file export carries its data files in the page, and MapLibre
 * asks for them by URL (from its worker too). A protocol handler answers those URLs from memory, so
 * nothing is fetched; it works from file://, where fetch cannot read files.
 */
import maplibregl from 'maplibre-gl';
import { carryDataFile } from './data-file';

/** The scheme of the URLs `inlineDataUrl` makes. */
const SCHEME = 'meridian-data';

/** The URL MapLibre is given for a data file served from memory. */
export const inlineDataUrl = (name: string): string => `${SCHEME}://${name}`;

/**
 * Answers `inlineDataUrl(name)` with `files[name]`, for MapLibre and for `loadDataFile`; an unknown
 * name fails that request, naming it.
 */
export function serveInlineData(files: Readonly<Record<string, unknown>>): void {
	// The page's own reads (the story map's TopoJSON) go through `loadDataFile`, not MapLibre.
	for (const [name, data] of Object.entries(files)) carryDataFile(inlineDataUrl(name), data);
	maplibregl.addProtocol(SCHEME, async ({ url }) => {
		const name = url.slice(`${SCHEME}://`.length);
		if (!(name in files)) throw new Error(`no data file "${name}" in this copy`);
		return { data: files[name] };
	});
}
