import { storyEntries, storyPage } from '$lib/server/stories';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = storyEntries;

/** The teacher's copy carries the presenter notes; the students' copy (../) never does. */
export const load = ({ params }) => storyPage(params.slug, { teacher: true });
