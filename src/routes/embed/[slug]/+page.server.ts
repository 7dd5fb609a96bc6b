import { EMBED_ORIGINS } from '$lib/server/site';
import { storyEntries, storyPage } from '$lib/server/stories';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = storyEntries;

export const load = ({ params }) => ({ ...storyPage(params.slug), embedOrigins: EMBED_ORIGINS });
