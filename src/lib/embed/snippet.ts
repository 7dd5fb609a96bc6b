/**
 * The HTML a news site pastes to embed a story: a plain, fixed-height iframe that works with no
 * script on the host page (the story scrolls inside the frame). Shared by the "Copy embed code"
 * control and the oEmbed response, so both always give the same markup.
 */

import { escapeXml } from '../static-map/svg';

/** The default size of an embed, in CSS pixels: wide enough for the side-by-side layout. */
export const EMBED_SIZE = { width: 720, height: 720 };

/** `src` must be the embed page's absolute URL. */
export function embedSnippet(src: string, title: string, size = EMBED_SIZE): string {
	return (
		`<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" ` +
		`height="${size.height}" style="border:0;max-width:100%" loading="lazy" ` +
		`referrerpolicy="strict-origin-when-cross-origin"></iframe>`
	);
}
