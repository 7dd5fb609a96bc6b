// oEmbed 1.0 (https://oembed.com), type "rich": what a CMS fetches to turn a story link into an embed.
import { embedSnippet, EMBED_SIZE } from '$lib/embed/snippet';
import { embedUrl, SITE_URL } from '$lib/server/site';
import { storyEntries, storyPage } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = storyEntries;

export const GET: RequestHandler = ({ params }) => {
	const { story } = storyPage(params.slug);
	return Response.json({
		version: '1.0',
		type: 'rich',
		title: story.title,
		provider_name: 'Meridian',
		provider_url: SITE_URL,
		html: embedSnippet(embedUrl(story.slug), story.title),
		width: EMBED_SIZE.width,
		height: EMBED_SIZE.height,
		cache_age: 86400
	});
};
