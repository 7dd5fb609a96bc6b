/**
 * The story's credit line, the same words on its page and in an embed: the story's own sentence
 * for its text (`source.credit`), since only the story knows who wrote it, then the map's credit,
 * which is true of every story.
 */
import type { Story } from '$lib/story/types';

/** Natural Earth draws de facto lines; the map redraws these five as the UN holds them (geo/README.md). */
export const MAP_CREDIT =
	'Map: Meridian, from Natural Earth data, with Crimea, the Golan Heights, Northern Cyprus, Somaliland and Western Sahara drawn as the UN holds them.';

export const creditLine = (story: Pick<Story, 'source'>): string =>
	`${story.source.credit} ${MAP_CREDIT}`;
