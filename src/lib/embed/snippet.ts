/**
 * The HTML a news site pastes to embed a story. Shared by the "Copy embed code" control, the
 * oEmbed response and the README, so all give the same markup.
 */

import { escapeXml } from '../text/escape';

/** The default size of an embed, in CSS pixels: wide enough for the side-by-side layout. */
export const EMBED_SIZE = { width: 720, height: 720 };

/**
 * A plain, fixed-height iframe that works with no script on the host page (the story scrolls
 * inside the frame). `data-meridian` lets the loader find it if the page has the loader too.
 * `src` must be the embed page's absolute URL.
 */
export function embedSnippet(src: string, title: string, size = EMBED_SIZE): string {
	return (
		`<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" ` +
		`height="${size.height}" style="border:0;max-width:100%" loading="lazy" ` +
		`referrerpolicy="strict-origin-when-cross-origin" data-meridian></iframe>`
	);
}

/**
 * The scroll-synced embed: the same iframe plus the site's loader (`/embed.js`), which sizes the
 * frame to the whole story and lets the host page's scroll drive it. If the script is blocked or
 * fails, what remains is the plain iframe above.
 */
export function syncedEmbedSnippet(src: string, title: string, size = EMBED_SIZE): string {
	// The loader sits at the site's root, two levels above embed/<slug>/ (works under a base path).
	const loader = new URL('../../embed.js', src).href;
	return `${embedSnippet(src, title, size)}\n<script src="${escapeXml(loader)}" async></script>`;
}
