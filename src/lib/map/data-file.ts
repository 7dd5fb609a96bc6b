/**
 * Reads one of the map's data files by URL. The one-file export carries its data in the page
 * (`./inline-data.ts`), and `file://` cannot be fetched, so a URL it carries is answered from
 * memory; any other is fetched. Kept apart from `inline-data.ts` so the story page's first chunk,
 * which starts this load beside MapLibre's, does not pull MapLibre in.
 */

/**
 * The file under static/data/ the live map loads, decoded by `./story-map.ts`. Named here, not
 * there, so the page's first chunk can start the load without the decoder (topojson-client).
 */
export const STORY_MAP_FILE = 'story-map.json';

/**
 * A close-up's finer shapes under the site's root (decoded by `./fine-detail.ts`); named here for
 * the same reason as STORY_MAP_FILE.
 */
export const fineFilePath = (id: string): string => `/data/fine/${id}.json`;

/** Which shapes the live map draws: a close-up's finer ones, or the story map's own. */
export type Detail = 'fine' | 'coarse';

const carried = new Map<string, unknown>();

/** Makes `url` answer with `data` from memory from now on. */
export function carryDataFile(url: string, data: unknown): void {
	carried.set(url, data);
}

/** The parsed JSON at `url`; a failed response rejects, naming the file and its status. */
export async function loadDataFile<T>(url: string, name: string): Promise<T> {
	if (carried.has(url)) return carried.get(url) as T;
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
	return (await response.json()) as T;
}
