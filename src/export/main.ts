/**
 * The one-file export's script (built by scripts/export.js into one file with everything it
 * imports): reads the story and map data written into the page, serves the map's data files to
 * MapLibre from memory, adds the fonts, and mounts the view the address asks for.
 */
import { mount } from 'svelte';
import { serveInlineData } from '$lib/map/inline-data';
import '../app.css';
import { readExportData } from './data';
import { addFonts } from './fonts';
import ExportApp from './ExportApp.svelte';
import { useExport } from './paths';

const data = readExportData(document);
serveInlineData(data.files);
useExport(data);
// `#present` is kept as a way in; the presenter itself uses the fragment for its step.
if (location.hash === '#present') history.replaceState(null, '', '?present');
// The fonts are in the page: the first paint waits the few milliseconds they take, and never re-flows.
addFonts(data.fonts).then(() =>
	mount(ExportApp, { target: document.body, props: { data, query: location.search } })
);
