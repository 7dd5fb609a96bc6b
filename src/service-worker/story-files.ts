/**
 * What a story's pages can ask for, among the site's prerendered files: its views and their data,
 * its embed page, its static maps (both colour schemes) and the locator inset's world; and among
 * its static files, the close-ups' finer shapes. The service
 * worker keeps these once a story is opened, so it reads offline at any step and in either scheme.
 */

/**
 * The prerendered `paths` a story's pages need, found from the address of any page of that story
 * (`pathname`); none for a page that is not a story's. `base`: the site's base path ('' at the root).
 */
export function storyFiles(pathname: string, paths: readonly string[], base: string): string[] {
	const slug = /^\/(?:stories|embed)\/([^/]+)\//.exec(pathname.slice(base.length))?.[1];
	if (!slug || !pathname.startsWith(base)) return [];
	const mine = ['stories', 'embed', 'maps'].map((kind) => `${base}/${kind}/${slug}/`);
	return paths.filter(
		(p) => mine.some((prefix) => p.startsWith(prefix)) || p === `${base}/maps/locator-world.svg`
	);
}

/**
 * The close-ups' finer shapes among the site's static `files` (static/data/fine/). Kept with any
 * story once it is opened: one file per cluster of close-ups (one of 15.5 KB gzipped for every
 * story today), and a close-up then reads offline as it does online. Never at install, so they
 * are not part of a first visit.
 */
export function fineFiles(files: readonly string[], base: string): string[] {
	return files.filter((f) => f.startsWith(`${base}/data/fine/`));
}
