/**
 * News sites for the embed tests: small HTTP servers on origins other than the story's, serving
 * articles that embed the story. The allowed host runs on its worker's port from the run's ports
 * (`hostPort`), the origins the test build lets drive a synced embed (EMBED_ORIGINS); a foreign
 * host runs on any free port, an origin the build does not allow.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { embedSnippet, syncedEmbedSnippet } from '../../src/lib/embed/snippet';
import { story } from '../helpers/story';

export const EMBED_PATH = '/embed/nato-russia-ukraine/';
import { RUN_PORTS } from './run/ports';

export { hostPort } from './run/ports';

/** A running news site: its origin, and how to stop it. */
export interface Host {
	origin: string;
	close: () => Promise<void>;
}

const PYM = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');

/** Serves `pages` (path → HTML) and pym.js on `port` (0: any free port). */
export async function startHost(pages: Record<string, string>, port: number): Promise<Host> {
	const server: Server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://host').pathname;
		if (path === '/pym.js') {
			res.setHeader('content-type', 'text/javascript');
			res.end(PYM);
			return;
		}
		const page = pages[path];
		res.statusCode = page ? 200 : 404;
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(page ?? 'not found');
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	// "Any free port" may be one the run set aside for an allowed host that is not up yet: a foreign
	// host there would be allowed. Take another.
	if (port === 0 && RUN_PORTS.includes((server.address() as AddressInfo).port)) {
		await new Promise<void>((done) => server.close(() => done()));
		return startHost(pages, 0);
	}
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => new Promise<void>((done) => server.close(() => done()))
	};
}

/**
 * An article with text before, between and after the given embeds, in a column 1100 px wide:
 * wide enough for the story's side-by-side layout on desktop, the phone's width on phones.
 */
export function article(embeds: string[]): string {
	const filler = (label: string) =>
		`<p class="filler">${label} The host's own article text goes on here.</p>`;
	return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title><link rel="icon" href="data:,">
<style>body{margin:0;font:18px/1.5 Georgia,serif;color:#222}main{max-width:1100px;margin:0 auto;padding:0 12px}
.filler{min-height:900px;margin:0;padding:1em 0;border-top:1px solid #ccc}</style></head>
<body><main><h1>A news site's article</h1>${filler('Before the embed.')}
${embeds.join(`\n${filler('Between the embeds.')}\n`)}
${filler('After the embed.')}</main></body></html>`;
}

/** The plain and the synced snippets, with an id so tests can find each frame. */
export const plain = (storyOrigin: string, id: string) =>
	embedSnippet(storyOrigin + EMBED_PATH, story.title).replace('<iframe ', `<iframe id="${id}" `);

export const synced = (storyOrigin: string, id: string) =>
	syncedEmbedSnippet(storyOrigin + EMBED_PATH, story.title).replace(
		'<iframe ',
		`<iframe id="${id}" `
	);

/** A pym.js parent (pym 1.3.2, served by the host) building the frame in `#id`. */
export const pymEmbed = (storyOrigin: string, id: string, trackscroll: boolean) =>
	`<div id="${id}"></div><script src="/pym.js"></script><script>
new pym.Parent(${JSON.stringify(id)}, ${JSON.stringify(storyOrigin + EMBED_PATH)}, { title: ${JSON.stringify(story.title)}, trackscroll: ${trackscroll} });
</script>`;
