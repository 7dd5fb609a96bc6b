import { shareMeta } from '$lib/server/share';
import { embedUrl } from '$lib/server/site';
import { storyEntries, storyPage } from '$lib/server/stories';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = storyEntries;

export const load = ({ params }) => {
	const page = storyPage(params.slug);
	return {
		...page,
		embedUrl: embedUrl(params.slug),
		share: shareMeta(page.story, page.scenes, null)
	};
};
