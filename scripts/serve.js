// Serves the built site (build/) the way the documented production host does (README,
// "Publishing"): the headers of scripts/headers.js, and precompressed files where the build has
// them. Prints the story's address.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { preview } from 'vite';
import { COMPRESSIBLE, headersFor } from './headers.js';

const BUILD = 'build';
const port = Number(process.env.PORT ?? 4173);
/** Content types for the precompressed files this server answers itself. */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml'
};
/** Encodings in order of preference, and the suffix of their precompressed copies. */
const ENCODINGS = [
	['br', '.br'],
	['gzip', '.gz']
];

/** The file under build/ a request path names, as a static host resolves it; null if none. */
function fileFor(pathname) {
	const path = normalize(decodeURIComponent(pathname));
	if (path.includes('..')) return null;
	for (const candidate of [path, join(path, 'index.html'), `${path}.html`]) {
		const file = join(BUILD, candidate);
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}

/** @type {import('vite').Plugin} */
const productionHost = {
	name: 'meridian:production-host',
	configurePreviewServer(server) {
		server.middlewares.use((req, res, next) => {
			const { pathname } = new URL(req.url ?? '/', 'http://host');
			const rules = headersFor(pathname);
			for (const [name, value] of Object.entries(rules)) res.setHeader(name, value);
			// The rules decide these headers, whatever the preview server sets later (it marks
			// HTML \`no-cache\`, for one): what is served here is what the host will publish.
			const decided = new Set(Object.keys(rules).map((name) => name.toLowerCase()));
			const setHeader = res.setHeader.bind(res);
			res.setHeader = (name, value) =>
				decided.has(name.toLowerCase()) ? res : setHeader(name, value);
			const file = fileFor(pathname);
			if (!file || !COMPRESSIBLE.test(file) || (req.method !== 'GET' && req.method !== 'HEAD')) {
				return next();
			}
			res.setHeader('Vary', 'Accept-Encoding');
			const accepted = String(req.headers['accept-encoding'] ?? '');
			const found = ENCODINGS.find(
				([name, suffix]) => accepted.includes(name) && existsSync(file + suffix)
			);
			if (!found) return next();
			const [encoding, suffix] = found;
			res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
			res.setHeader('Content-Encoding', encoding);
			res.setHeader('Content-Length', statSync(file + suffix).size);
			if (req.method === 'HEAD') return res.end();
			createReadStream(file + suffix).pipe(res);
		});
	}
};

const server = await preview({
	configFile: false,
	plugins: [productionHost],
	build: { outDir: BUILD },
	// 'mpa': /a/ serves /a/index.html, and an unknown path is a 404, not the home page.
	appType: 'mpa',
	// A static host sends no CORS headers: neither does this one.
	preview: { port, strictPort: false, open: false, cors: false }
});
const base = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
console.log(`\n  Meridian is being served from build/, with the production host's headers.`);
console.log(`  The story:  ${new URL('stories/nato-russia-ukraine/', base)}`);
console.log(`  All stories: ${base}\n  Press Ctrl+C to stop.\n`);
