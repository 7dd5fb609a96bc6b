import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/text/escape';

describe('escapeXml', () => {
	it('turns every character that could open markup or close an attribute into an entity', () => {
		expect(escapeXml(`<a href="x" title='y'>Q&A</a>`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Q&amp;A&lt;/a&gt;'
		);
	});

	it('leaves other text, including non-Latin letters, as it is', () => {
		expect(escapeXml('Київ — Åland')).toBe('Київ — Åland');
	});
});
