import { parseOrigins } from '$lib/embed/protocol';

/**
 * Where the site is published, for the few places that need absolute URLs (oEmbed). Set SITE_URL
 * when building for publication; the default is the local server `npm start` runs.
 */
export const SITE_URL = new URL(process.env.SITE_URL ?? 'http://localhost:4173/').href;

/** The absolute address of a story's embed page, for embed snippets and oEmbed. */
export const embedUrl = (slug: string) => new URL(`embed/${slug}/`, SITE_URL).href;

/**
 * The news sites allowed to drive a synced embed (EMBED_ORIGINS, e.g. "https://news.example
 * https://other.example"); unset allows any. A malformed entry fails the build with its text.
 */
export const EMBED_ORIGINS = parseOrigins(process.env.EMBED_ORIGINS);
