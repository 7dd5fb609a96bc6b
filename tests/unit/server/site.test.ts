import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../../src/lib/server/site';

describe('SITE_URL', () => {
	it('defaults to the local server, warning that a published build needs it', () => {
		const warnings: string[] = [];
		expect(siteUrl(undefined, (m) => warnings.push(m))).toBe('http://localhost:4173/');
		expect(warnings).toEqual([expect.stringMatching(/^SITE_URL is not set: .*publication/)]);
	});

	it('keeps a base path, ending it with a slash so links resolve beneath it', () => {
		const none = () => expect.fail('no warning when set');
		expect(siteUrl('https://maps.example.org', none)).toBe('https://maps.example.org/');
		expect(siteUrl('https://example.org/meridian', none)).toBe('https://example.org/meridian/');
		expect(siteUrl('https://example.org/meridian/', none)).toBe('https://example.org/meridian/');
	});

	it('fails the build on an address that is not one, saying what was expected', () => {
		const none = () => undefined;
		expect(() => siteUrl('maps.example.org', none)).toThrow(
			/SITE_URL: "maps\.example\.org" is not a URL; expected e\.g\. https:\/\/maps\.example\.org\//
		);
		expect(() => siteUrl('ftp://maps.example.org/', none)).toThrow(/must be an http\(s\) address/);
		expect(() => siteUrl('https://maps.example.org/?x=1', none)).toThrow(/no query or fragment/);
	});
});
