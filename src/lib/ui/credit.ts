/**
 * The story's credit line, the same words on its page and in an embed: the story's own sentence
 * for its text (`source.credit`), since only the story knows who wrote it, then the map's credit,
 * which is true of every story.
 */
import type { Story } from '$lib/story/types';

export const MAP_CREDIT = 'Map: Meridian, from Natural Earth data.';

export const creditLine = (story: Pick<Story, 'source'>): string =>
	`${story.source.credit} ${MAP_CREDIT}`;
