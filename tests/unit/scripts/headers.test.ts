import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_RULES, headersFor, nginxConfig } from '../../../scripts/headers.js';

/** README's header list ("Publishing"): `# <path>: …` starts a rule, `Name: value` adds to it. */
function readmeRules(): { path: string; headers: Record<string, string> }[] {
	const readme = readFileSync('README.md', 'utf8');
	const block = /with these headers[^`]*```\n([\s\S]*?)```/.exec(readme)![1]!;
	const rules: { path: string; headers: Record<string, string> }[] = [];
	for (const line of block.split('\n')) {
		const rule = /^# (\/\S*): /.exec(line);
		const header = /^([A-Za-z-]+): (.+)$/.exec(line);
		if (rule) rules.push({ path: rule[1]!, headers: {} });
		else if (header) rules.at(-1)!.headers[header[1]!] = header[2]!;
	}
	return rules;
}

describe('the published headers', () => {
	it("are the README's list, rule for rule", () => {
		expect(readmeRules()).toEqual(HEADER_RULES.map(({ path, headers }) => ({ path, headers })));
	});

	it('let news sites frame embeds and no one else frame the other pages', () => {
		expect(headersFor('/embed/nato-russia-ukraine/')['Content-Security-Policy']).toBe(
			'frame-ancestors *'
		);
		for (const path of ['/', '/stories/nato-russia-ukraine/', '/embed.js', '/embedded/']) {
			expect(headersFor(path)['Content-Security-Policy'], path).toBe("frame-ancestors 'self'");
		}
	});

	it('send nosniff and the referrer policy with every response', () => {
		for (const path of ['/', '/embed/x/', '/_app/immutable/entry/app.js', '/data/x.geojson']) {
			expect(headersFor(path), path).toMatchObject({
				'X-Content-Type-Options': 'nosniff',
				'Referrer-Policy': 'strict-origin-when-cross-origin'
			});
		}
	});

	it('cache hashed assets for a year and everything else briefly', () => {
		expect(headersFor('/_app/immutable/chunks/a1b2.js')['Cache-Control']).toBe(
			'public, max-age=31536000, immutable'
		);
		for (const path of ['/embed.js', '/stories/x/', '/data/countries-story.geojson']) {
			expect(headersFor(path)['Cache-Control'], path).toBe('public, max-age=300');
		}
	});

	it('are what the nginx sample sends, each location with every header it needs', () => {
		expect(readFileSync('docs/nginx.conf', 'utf8')).toBe(nginxConfig());
		const embed = /location \/embed\/ \{([^}]*)\}/.exec(nginxConfig())![1]!;
		expect(embed).toContain('add_header X-Content-Type-Options "nosniff" always;');
		expect(embed).toContain(`add_header Content-Security-Policy "frame-ancestors *" always;`);
		expect(embed).not.toContain("'self'");
	});
});
