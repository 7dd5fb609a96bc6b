/**
 * What `npm run export` writes into the one-file copy beside its script: the story, its scenes and
 * every file the map and the static maps read, as one JSON block (never run, so the page's
 * policy needs no allowance for it).
 */
import type { Scene, Story } from '$lib/story/types';
import type { ExportFonts } from './fonts';

/** The id of the `<script type="application/json">` element that carries the data. */
export const DATA_ELEMENT = 'meridian-export';

export interface ExportData {
	/** The story; its presenter notes are empty in a copy made without them. */
	story: Story;
	/** One scene per step, in step order. */
	scenes: Scene[];
	/** Whether this copy carries the presenter notes (the speaker view and the teacher's handout show them). */
	teacher: boolean;
	/** The map's data files by name (as under static/data/), parsed. */
	files: Record<string, unknown>;
	/** The locator inset's world map, as SVG text (/maps/locator-world.svg on the site). */
	locatorSvg: string;
	/** The fonts, one copy of each file (src/export/fonts.ts). */
	fonts: ExportFonts;
	/** The locator's world outline as an SVG path, for static maps drawn in the page. */
	worldPath: string;
}

/** Reads the data block of the page; throws, naming it, if the file was not made by the export. */
export function readExportData(doc: Document): ExportData {
	const text = doc.getElementById(DATA_ELEMENT)?.textContent;
	if (!text) throw new Error(`export: the page has no #${DATA_ELEMENT} data block`);
	return JSON.parse(text) as ExportData;
}
