/**
 * The HTTP headers the published site needs, in one place: `npm start` (scripts/serve.js) sends
 * them, docs/nginx.conf is written from them, and a unit test checks both and README.md's list
 * against them. A static host cannot run this file; copy its rules into the host's settings (the
 * nginx sample shows how). Run `node scripts/headers.js` to print the nginx sample.
 *
 * Rules are listed from the broadest path to the most specific; for a path that several match,
 * each header comes from the most specific rule that sets it (nginx's longest-prefix `location`).
 */

/** @typedef {{ path: string, why: string, headers: Record<string, string> }} HeaderRule */

/** @type {HeaderRule[]} */
export const HEADER_RULES = [
	{
		path: '/*',
		why: 'every response; only this site may frame its pages; other files are cached briefly, so a release (and a fix to /embed.js, whose address never changes) reaches readers soon',
		headers: {
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			'Content-Security-Policy': "frame-ancestors 'self'",
			'Cache-Control': 'public, max-age=300'
		}
	},
	{
		path: '/embed/*',
		why: 'news sites frame these (list partner origins instead of * to restrict it)',
		headers: { 'Content-Security-Policy': 'frame-ancestors *' }
	},
	{
		path: '/_app/immutable/*',
		why: 'file names carry a hash of their content, so they never change: cache for a year',
		headers: { 'Cache-Control': 'public, max-age=31536000, immutable' }
	}
];

/** Whether a rule's path (`/*`, `/embed/*`) covers a request path. */
const covers = (/** @type {string} */ rule, /** @type {string} */ path) =>
	path.startsWith(rule.replace(/\*$/, ''));

/**
 * Every header for a request path: each from the most specific rule that sets it.
 * @param {string} pathname
 * @param {HeaderRule[]} [rules]
 * @returns {Record<string, string>}
 */
export function headersFor(pathname, rules = HEADER_RULES) {
	/** @type {Record<string, string>} */
	const headers = {};
	for (const rule of rules) if (covers(rule.path, pathname)) Object.assign(headers, rule.headers);
	return headers;
}

/** Files worth compressing (README, "Publishing"), and the precompressed copies a host may serve. */
export const COMPRESSIBLE = /\.(js|css|html|geojson|json|svg)$/;

/**
 * The nginx sample: one `location` per rule, each with every header it needs, since an
 * `add_header` inside a location drops those of the level above.
 * @param {HeaderRule[]} [rules]
 */
export function nginxConfig(rules = HEADER_RULES) {
	const locations = rules.map((rule) => {
		const prefix = rule.path.replace(/\*$/, '');
		const lines = Object.entries(headersFor(prefix, rules)).map(
			([name, value]) => `\t\tadd_header ${name} ${JSON.stringify(value)} always;`
		);
		return `\t# ${rule.path}: ${rule.why}\n\tlocation ${prefix} {\n${lines.join('\n')}\n\t}`;
	});
	return `# Meridian's headers for nginx, written by \`node scripts/headers.js\` from its HEADER_RULES
# (a unit test keeps them equal). Serve build/ at the domain root.
server {
\troot /srv/meridian/build;
\t# Precompressed .gz copies, when the build has them; otherwise compress on the fly (add
\t# "application/geo+json geojson;" to mime.types so .geojson is typed and compressed too).
\tgzip_static on;
\tgzip on;
\tgzip_types text/css application/javascript application/json application/geo+json image/svg+xml;
\tindex index.html;
\ttry_files $uri $uri/ $uri.html =404;

${locations.join('\n\n')}
}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(nginxConfig());
