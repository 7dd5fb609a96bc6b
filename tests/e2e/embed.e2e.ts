import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { story } from '../helpers/story';
import { expect, STORY, test } from './fixtures';

const EMBED = '/embed/nato-russia-ukraine/';
let host: Server;
let hostOrigin = '';

// A news site's article on another origin (another port), embedding the story in a plain iframe.
test.beforeAll(async ({ baseURL }) => {
	const storyOrigin = new URL(baseURL!).origin;
	host = createServer((_, res) => {
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(`<!doctype html><html lang="en"><head><title>Host article</title></head><body>
			<h1>A news site's article</h1><p>Intro paragraph.</p>
			<iframe id="embed" src="${storyOrigin}${EMBED}" title="${story.title}" width="100%" height="700" style="border:0"></iframe>
			<p style="height:1500px">More of the host's article.</p></body></html>`);
	});
	await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

test('a plain iframe on another origin shows the story, which scrolls and steps inside the frame', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(hostOrigin);
	const frame = page.frameLocator('#embed');
	const map = frame.getByTestId('story-map');
	await expect(map).toHaveAttribute('data-ready', 'true');
	await expect(map).toHaveAttribute('data-active-step', story.steps[0]!.id);
	await expect(frame.getByRole('link', { name: /open the full story/ })).toHaveAttribute(
		'href',
		/\/stories\/nato-russia-ukraine\/?$/
	);
	await expect(frame.getByText('Embed this story')).toHaveCount(0);
	const target = story.steps[4]!.id;
	await frame.locator(`[data-step="${target}"]`).evaluate((el) => {
		scrollTo({
			top: el.getBoundingClientRect().top + scrollY - innerHeight / 2,
			behavior: 'instant'
		});
	});
	await expect(map).toHaveAttribute('data-active-step', target);
	expect(errors).toEqual([]);
});

test('the embed page reads at 300 px wide without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 300, height: 600 });
	await page.goto(EMBED);
	await expect(page.getByTestId('story-map')).toHaveAttribute('data-ready', 'true');
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
	).toBeLessThanOrEqual(0);
});

test('the story page offers its oEmbed, a valid oEmbed 1.0 "rich" response', async ({
	page,
	request
}) => {
	await page.goto(STORY);
	const href = await page
		.locator('link[rel="alternate"][type="application/json+oembed"]')
		.getAttribute('href');
	const response = await request.get(new URL(href!, page.url()).href);
	expect(response.ok()).toBe(true);
	const oembed = await response.json();
	expect(oembed).toMatchObject({
		version: '1.0',
		type: 'rich',
		title: story.title,
		provider_name: 'Meridian'
	});
	expect(Number.isInteger(oembed.width) && oembed.width > 0).toBe(true);
	expect(Number.isInteger(oembed.height) && oembed.height > 0).toBe(true);
	expect(oembed.html).toMatch(
		/^<iframe src="https?:\/\/[^"]+\/embed\/nato-russia-ukraine\/" title="[^"]+"/
	);
	expect(oembed.html).not.toMatch(/<script/i);
	expect(new URL(oembed.provider_url).protocol).toMatch(/^https?:$/);
});

test('"Copy embed code" copies the iframe snippet', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(STORY);
	await page.getByText('Embed this story').click();
	await page.getByRole('button', { name: 'Copy embed code' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Embed code copied.' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await page.getByLabel('Paste this into your page:').inputValue());
	expect(copied).toMatch(/^<iframe src="[^"]+\/embed\/nato-russia-ukraine\/"/);
});
