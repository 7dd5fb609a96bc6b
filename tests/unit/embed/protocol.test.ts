import { describe, expect, it } from 'vitest';
import {
	hostAllowed,
	isHello,
	layoutHeight,
	MIN_LAYOUT,
	MIN_VIEWPORT,
	parseOrigins,
	pymChildId,
	pymMessage,
	readHostMessage
} from '../../../src/lib/embed/protocol';

const valid = { type: 'meridian:viewport', version: 1, top: -420.5, height: 800 };

describe('a frame reading host messages', () => {
	it('takes the viewport from a well-formed version 1 message', () => {
		expect(readHostMessage(valid, null)).toEqual({ top: -420.5, height: 800 });
		expect(readHostMessage({ ...valid, top: 1200 }, 'a')).toEqual({ top: 1200, height: 800 });
	});

	it.each([
		['another version', { ...valid, version: 2 }],
		['another type', { ...valid, type: 'meridian:height' }],
		['a number sent as text', { ...valid, top: '-420' }],
		['NaN', { ...valid, top: NaN }],
		['Infinity', { ...valid, height: Infinity }],
		['a height of zero', { ...valid, height: 0 }],
		['a height of one pixel', { ...valid, height: 1 }],
		['a height just under the shortest real viewport', { ...valid, height: MIN_VIEWPORT - 1 }],
		['a negative height', { ...valid, height: -800 }],
		['a position beyond any real page', { ...valid, top: -5e6 }],
		['a viewport taller than any screen', { ...valid, height: 20_000 }],
		['a missing field', { type: valid.type, version: 1, top: 0 }],
		['an extra field', { ...valid, note: 'hi' }],
		['a huge extra field', { ...valid, padding: 'x'.repeat(1_000_000) }],
		['an array', [valid]],
		['null', null],
		['a number', 42],
		['its JSON as a string', JSON.stringify(valid)],
		['a huge string', 'x'.repeat(1_000_000)]
	])('ignores %s', (_, message) => {
		expect(readHostMessage(message, null)).toBeNull();
		// Also in a pym frame, where strings are read.
		expect(readHostMessage(message, 'a')).toBeNull();
	});

	it("reads a pym.js parent's viewport-iframe-position for its own child id only", () => {
		const pym = pymMessage('story', 'viewport-iframe-position', '1280 800 -300 16 9000 1264');
		expect(readHostMessage(pym, 'story')).toEqual({ top: -300, height: 800 });
		expect(readHostMessage(pym, 'other')).toBeNull();
		expect(readHostMessage(pym, null)).toBeNull();
	});

	it.each([
		['too few numbers', '1280 800 -300'],
		['text for a number', '1280 tall -300 16 9000 1264'],
		['a zero height', '1280 0 -300 16 9000 1264'],
		['a height of one pixel', '1280 1 -300 16 9000 1264'],
		['an absurd position', '1280 800 -1e9 16 9000 1264']
	])('ignores a pym viewport with %s', (_, value) => {
		expect(readHostMessage(pymMessage('a', 'viewport-iframe-position', value), 'a')).toBeNull();
	});

	it('ignores an oversized pym string even with the right prefix and six good numbers', () => {
		// 300 leading zeros still parse as 1: only the length limit can refuse this.
		const padded = `1280 800 ${'0'.repeat(300)}1 0 0 0`;
		expect(Number(padded.split(' ')[2])).toBe(1);
		expect(readHostMessage(pymMessage('a', 'viewport-iframe-position', padded), 'a')).toBeNull();
		const short = pymMessage('a', 'viewport-iframe-position', '1280 800 1 0 0 0');
		expect(readHostMessage(short, 'a')).toEqual({ top: 1, height: 800 });
	});
});

describe('pym.js compatibility', () => {
	it("writes pym's message format", () => {
		expect(pymMessage('graphic', 'height', 4200)).toBe('pymxPYMxgraphicxPYMxheightxPYMx4200');
	});

	it('finds the child id a pym parent puts in the query, and refuses odd ones', () => {
		expect(pymChildId('?initialWidth=720&childId=graphic&parentTitle=x')).toBe('graphic');
		expect(pymChildId('?initialWidth=720')).toBeNull();
		expect(pymChildId('?childId=')).toBeNull();
		expect(pymChildId('?childId=axPYMxb')).toBeNull();
		expect(pymChildId(`?childId=${'a'.repeat(101)}`)).toBeNull();
	});
});

describe('which hosts may drive an embed', () => {
	it('allows any host when no origins are configured, else only the listed ones', () => {
		expect(hostAllowed('https://anyone.example', [])).toBe(true);
		const allowed = ['https://news.example', 'http://127.0.0.1:4174'];
		expect(hostAllowed('https://news.example', allowed)).toBe(true);
		expect(hostAllowed('http://127.0.0.1:4174', allowed)).toBe(true);
		expect(hostAllowed('https://news.example.evil', allowed)).toBe(false);
		expect(hostAllowed('http://news.example', allowed)).toBe(false);
		expect(hostAllowed('null', allowed)).toBe(false);
	});

	it('parses EMBED_ORIGINS separated by spaces or commas', () => {
		expect(parseOrigins(undefined)).toEqual([]);
		expect(parseOrigins('  ')).toEqual([]);
		expect(parseOrigins('https://news.example, http://127.0.0.1:4174/')).toEqual([
			'https://news.example',
			'http://127.0.0.1:4174'
		]);
	});

	it('fails on an entry that is not an origin, naming it and what was expected', () => {
		expect(() => parseOrigins('news.example')).toThrow(
			/EMBED_ORIGINS: "news\.example" is not a URL; expected e\.g\. https:\/\/news\.example/
		);
		expect(() => parseOrigins('https://news.example/graphics/')).toThrow(
			/"https:\/\/news\.example\/graphics\/" is not an origin; expected scheme:\/\/host\[:port\].*https:\/\/news\.example$/
		);
		expect(() => parseOrigins('ftp://news.example')).toThrow(/is not an origin/);
	});
});

describe('the height an embed lays itself out for', () => {
	const phone = { width: 390, height: 664 };

	it('starts from the first viewport', () => {
		expect(layoutHeight(null, phone)).toBe(664);
	});

	it("keeps the smaller height while a phone's address bar hides and shows", () => {
		expect(layoutHeight(phone, { width: 390, height: 750 })).toBe(664);
		expect(layoutHeight({ width: 390, height: 750 }, phone)).toBe(664);
	});

	it('follows a rotation (new width) and a real enlargement (over 25% taller)', () => {
		expect(layoutHeight(phone, { width: 844, height: 340 })).toBe(340);
		expect(layoutHeight(phone, { width: 390, height: 900 })).toBe(900);
	});

	it('lays the story out for no less than MIN_LAYOUT, however short the viewport', () => {
		expect(readHostMessage({ ...valid, height: MIN_VIEWPORT }, null)?.height).toBe(MIN_VIEWPORT);
		expect(layoutHeight(null, { width: 390, height: MIN_VIEWPORT })).toBe(MIN_LAYOUT);
		expect(layoutHeight(phone, { width: 390, height: MIN_VIEWPORT })).toBe(MIN_LAYOUT);
		expect(layoutHeight({ width: 390, height: MIN_LAYOUT }, { width: 390, height: 750 })).toBe(750);
	});
});

describe("the host's hello", () => {
	it('is exactly { type: "meridian:hello", version: 1 }', () => {
		expect(isHello({ type: 'meridian:hello', version: 1 })).toBe(true);
		expect(isHello({ version: 1, type: 'meridian:hello' })).toBe(true);
	});

	it.each([
		['another version', { type: 'meridian:hello', version: 2 }],
		['an extra field', { type: 'meridian:hello', version: 1, x: 1 }],
		['a string', 'meridian:hello'],
		['an array', [{ type: 'meridian:hello', version: 1 }]],
		['null', null]
	])('is not %s', (_, message) => {
		expect(isHello(message)).toBe(false);
	});
});
