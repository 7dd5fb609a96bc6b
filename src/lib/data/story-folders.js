/**
 * The folders whose stories a build publishes: src/content/, and for a test build one more named by
 * MERIDIAN_EXTRA_STORIES (the browser suite's fixture stories, tests/fixtures/stories/world/).
 * Shared: the app's build reads the stories from them, and the geo pipeline cuts the close-ups'
 * files for the same stories, so the two cannot disagree about which stories exist.
 */

export const CONTENT_FOLDER = 'src/content';

/**
 * Folders relative to the project root, src/content first.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string[]}
 */
export function storyFolders(env = process.env) {
	const extra = env.MERIDIAN_EXTRA_STORIES?.trim();
	return extra ? [CONTENT_FOLDER, extra.replace(/\/+$/, '')] : [CONTENT_FOLDER];
}
