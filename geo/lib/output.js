import { gzipSync } from 'node:zlib';

/**
 * Output text is deterministic: objects are built with a fixed key order, features come sorted by
 * id, and nothing depends on time or platform. One feature or entry per line keeps diffs readable.
 */

/**
 * @param {readonly import('geojson').Feature[]} features
 * @returns {string}
 */
export function featureCollectionText(features) {
	return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/**
 * @param {readonly unknown[]} items
 * @returns {string}
 */
export function jsonArrayText(items) {
	return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}

/**
 * Size in bytes as stored and as served gzipped (level 9).
 * @param {string} text
 */
export function sizes(text) {
	return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}
