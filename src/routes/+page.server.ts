import { stories } from '$lib/server/stories';

export function load() {
	return {
		stories: stories.map((s) => ({ slug: s.slug, title: s.title, summary: s.standfirst }))
	};
}
