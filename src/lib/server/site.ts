import { parseOrigins } from '../embed/protocol';

const LOCAL = 'http://localhost:4173/';

/**
 * Reads SITE_URL: an http(s) address, always ending in "/" so relative links resolve beneath it
 * (https://example.org/maps means https://example.org/maps/). Unset, it is the local server that
 * `npm start` runs, with a warning: a published build would hand out embed codes pointing there.
 */
export function siteUrl(value: string | undefined, warn: (message: string) => void): string {
	if (!value) {
		warn(
			`SITE_URL is not set: embed codes and oEmbed point at ${LOCAL}. ` +
				'Set it to the public address when building for publication.'
		);
		return LOCAL;
	}
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`SITE_URL: "${value}" is not a URL; expected e.g. https://maps.example.org/`);
	}
	if (!/^https?:$/.test(url.protocol) || url.search || url.hash) {
		throw new Error(
			`SITE_URL: "${value}" must be an http(s) address with no query or fragment, e.g. https://maps.example.org/`
		);
	}
	if (!url.pathname.endsWith('/')) url.pathname += '/';
	return url.href;
}

let warned = false;
const warnOnce = (message: string) => {
	if (!warned) console.warn(message);
	warned = true;
};

/** Where the site is published, for the few places that need absolute URLs (embeds, oEmbed). */
export const SITE_URL = siteUrl(process.env.SITE_URL, warnOnce);

/** The absolute address of a story's embed page, for embed snippets and oEmbed. */
export const embedUrl = (slug: string) => new URL(`embed/${slug}/`, SITE_URL).href;

/**
 * The news sites allowed to drive a synced embed (EMBED_ORIGINS, e.g. "https://news.example
 * https://other.example"); unset allows any. A malformed entry fails the build with its text.
 */
export const EMBED_ORIGINS = parseOrigins(process.env.EMBED_ORIGINS);
