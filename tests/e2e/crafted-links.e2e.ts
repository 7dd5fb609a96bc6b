/**
 * Crafted links to our own pages: an address is anyone's text, and the story's notice about an
 * unknown step must not repeat it (no page widened by a huge id, no control or bidi characters).
 */
import { expect, STORY, test } from './fixtures';

/** Control characters other than tab and newline, and the bidi overrides and isolates. */
const hidden = (text: string) =>
	[...text].filter((ch) => {
		const c = ch.codePointAt(0)!;
		const control = (c < 0x20 && ch !== '\n' && ch !== '\t') || c === 0x7f;
		const bidi =
			c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
		return control || bidi;
	});

const crafted = [
	['a 10,000-character id', 'x'.repeat(10_000)],
	['NUL and a right-to-left override', '%00%E2%80%AEdetcarter%20saw%20yrots%20sihT'],
	['a sentence', 'This%20story%20was%20retracted.%20Read%20evil.example']
] as const;

for (const [what, hash] of crafted) {
	test(`an address with ${what} opens the story at the start, echoing none of it`, async ({
		page
	}) => {
		await page.goto(`${STORY}#${hash}`);
		await expect(
			page.getByRole('status').filter({ hasText: 'This story has no step at this address' })
		).toBeVisible();
		const text = await page.locator('body').innerText();
		expect(hidden(text)).toEqual([]);
		expect(text).not.toContain('retracted');
		expect(text).not.toContain('x'.repeat(50));
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
		).toBeLessThanOrEqual(0);
	});
}
