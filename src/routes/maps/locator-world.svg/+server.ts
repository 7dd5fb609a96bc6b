// The locator inset's world map, drawn once at build time and shared by every close-up: /maps/locator-world.svg
import { locatorWorldSvg } from '$lib/server/locator-world';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = () =>
	new Response(locatorWorldSvg(), { headers: { 'content-type': 'image/svg+xml' } });
