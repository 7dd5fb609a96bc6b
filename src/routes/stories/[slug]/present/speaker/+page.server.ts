import { storyEntries, storyPage } from '$lib/server/stories';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = storyEntries;

/** The teacher's console: the one view besides the teacher's handout that carries the notes. */
export const load = ({ params }) => storyPage(params.slug, { teacher: true });
