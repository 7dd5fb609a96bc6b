import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../src/lib/embed/protocol';
import { embedSnippet, syncedEmbedSnippet } from '../../../src/lib/embed/snippet';
import { story } from '../../helpers/story';

const loader = readFileSync('static/embed.js', 'utf8');

describe('the embed loader news sites include', () => {
	it('is at most 3 KB gzipped', () => {
		expect(gzipSync(loader, { level: 9 }).length).toBeLessThanOrEqual(3 * 1024);
	});

	it('speaks the protocol version the frame speaks', () => {
		expect(loader).toMatch(new RegExp(`var VERSION = ${PROTOCOL_VERSION};`));
	});

	it('imports nothing: it runs as a classic script on any page', () => {
		expect(loader).not.toMatch(/\bimport\b|\brequire\(/);
	});
});

describe('embed snippets', () => {
	const src = 'https://maps.example/meridian/embed/nato-russia-ukraine/';

	it('mark the iframe for the loader, so a plain embed syncs when the page has the loader', () => {
		expect(embedSnippet(src, 'T')).toMatch(/<iframe src="[^"]+" [^>]*data-meridian><\/iframe>$/);
	});

	it("load the loader from the site's root, under a base path too", () => {
		expect(syncedEmbedSnippet(src, 'T')).toMatch(
			/<\/iframe>\n<script src="https:\/\/maps\.example\/meridian\/embed\.js" async><\/script>$/
		);
	});

	it('escape the title', () => {
		expect(embedSnippet(src, 'A "quoted" <title>')).toContain(
			'title="A &quot;quoted&quot; &lt;title&gt;"'
		);
	});
});

describe('EMBEDDING.md', () => {
	const doc = readFileSync('EMBEDDING.md', 'utf8');
	const src = 'https://maps.example.org/embed/nato-russia-ukraine/';

	it('shows exactly the snippets the site hands out, so the docs cannot drift', () => {
		expect(doc).toContain(embedSnippet(src, story.title));
		expect(doc).toContain(syncedEmbedSnippet(src, story.title));
	});
});
