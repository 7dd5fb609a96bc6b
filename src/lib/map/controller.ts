/**
 * Owns the one live MapLibre map of a page: creates it, queues the latest scene until the style is
 * ready, applies scenes (layers diffed, camera flown or jumped) and reports each settled camera.
 * The only module that creates a map; loaded lazily so the story's text never waits for it.
 */
import maplibregl, { type GeoJSONSource, type PaddingOptions } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import type { Scene } from '$lib/story/types';
import { cameraFor } from './camera';
import {
	inScheme,
	MAX_GROUPS,
	MAX_HIGHLIGHTS,
	OVERLAY_ROLES,
	theme,
	type Scheme
} from '$lib/theme/theme';
import { repaint } from './scheme';
import { arrowImage, hatchPattern } from './images';
import { applyScene, groupLayers, highlightLayers, idsDrawn, type Applied } from './layers';
import { storyStyle } from './style';
import { decodeStoryMap, type StoryMapData } from './story-map';
import { decodeFine, wantsFine, withFine } from './fine-detail';
import type { Detail } from './data-file';
import { FINE_ZOOM } from '$lib/data/close-ups.js';
import type { Bounds } from '$lib/story/types';
import { wrapBounds, wrapLon } from '$lib/data/longitude.js';

/** Every image the style names: the areas' hatch, and an arrowhead per line role. */
function themeImages(scheme: Scheme): Record<string, ReturnType<typeof hatchPattern>> {
	const { hatch } = theme.area;
	const images = { hatch: hatchPattern(hatch.size, hatch.stripe, inScheme(hatch.color, scheme)) };
	for (const role of OVERLAY_ROLES) {
		const style = theme.overlays[role];
		if ('arrow' in style)
			Object.assign(images, {
				[`arrow-${role}`]: arrowImage(style.arrow, inScheme(style.color, scheme))
			});
	}
	return images;
}

/** The reader's colour scheme, as the page follows it (app.css). */
const DARK = '(prefers-color-scheme: dark)';
const schemeNow = (): Scheme => (matchMedia(DARK).matches ? 'dark' : 'light');

const FILLS = (layers: (i: number) => string[], n: number) =>
	Array.from({ length: n }, (_, i) => layers(i)[0]!);

/** The settled state of the map: the public data-* contract, before it is written to the DOM. */
export interface SettledState {
	activeStep: string;
	center: string;
	zoom: string;
	bounds: string;
	highlight: string;
	/** Every id the group layers shade, sorted. */
	shaded: string;
	/** The colour scheme the map is painted in: 'light' or 'dark' (follows the reader's setting). */
	scheme: Scheme;
	/** Degrees; for the author mode's camera (not part of the data-* contract). */
	bearing: string;
	pitch: string;
}

export interface ControllerOptions {
	/**
	 * The map's shapes (static/data/story-map.json), already on their way: the page starts the
	 * download beside MapLibre's, so neither waits for the other.
	 */
	data: Promise<Topology>;
	/** Called if the shapes cannot be loaded; the map then never becomes ready. */
	onError: (error: unknown) => void;
	/** Called whenever a camera move for the current scene has settled. */
	onSettle: (state: SettledState) => void;
	/** Called once the map has first rendered the scene with its shapes. */
	onReady: () => void;
	/**
	 * Called when the map is idle after settling on a scene, with the ids of the context labels
	 * and of the markers whose labels it placed (space-separated), so a test or host can check
	 * what a reader sees named.
	 */
	onLabels?: (drawn: { labels: string; markers: string }) => void;
	/**
	 * Loads a close-up's finer shapes (static/data/fine/<id>.json) by region id; without it the map
	 * draws the story map's shapes only.
	 */
	loadFine?: (id: string) => Promise<Topology>;
	/**
	 * Called with the shapes the map draws once it has drawn them: 'fine' while a close-up's finer
	 * shapes stand in for the story map's, else 'coarse' (the contract's data-detail).
	 */
	onDetail?: (detail: Detail) => void;
	/**
	 * Whether a reader may ever pan and zoom (the presenter's "Explore"); default false. Even then
	 * the map starts locked: only `setExploring(true)` lets it take input.
	 */
	explorable?: boolean;
}

/** The handlers a reader uses to explore; all off while the story drives the map. */
const HANDLERS = [
	'dragPan',
	'scrollZoom',
	'boxZoom',
	'dragRotate',
	'keyboard',
	'doubleClickZoom',
	'touchZoomRotate',
	'touchPitch'
] as const;

export type Motion = 'fly' | 'jump';

export class MapController {
	readonly map: maplibregl.Map;
	private loaded = false;
	private pending: { scene: Scene; padding: PaddingOptions; motion: Motion } | null = null;
	private applied: Applied | undefined;
	private current: Scene | null = null;
	private exploring = false;
	private removed = false;
	private scheme: Scheme;
	private readonly schemes = matchMedia(DARK);
	/** The story map's shapes, to go back to after a close-up. */
	private coarse: StoryMapData | null = null;
	/** The region whose finer shapes the map draws, if any. */
	private fineShown: string | null = null;
	/** Each region's shapes, loaded once, the first time a close-up needs them. */
	private readonly fine = new Map<string, Promise<ReturnType<typeof decodeFine>>>();
	/** The reader switched between light and dark: repaint in place, keeping the scene. */
	private readonly onScheme = () => {
		const next = schemeNow();
		if (next === this.scheme) return;
		repaint(this.map, storyStyle(this.scheme), storyStyle(next));
		this.scheme = next;
		for (const [id, image] of Object.entries(themeImages(next))) {
			if (this.map.hasImage(id)) this.map.updateImage(id, image);
		}
		if (this.current) this.settle(this.current);
	};

	constructor(
		container: HTMLElement,
		private options: ControllerOptions
	) {
		this.scheme = schemeNow();
		this.map = new maplibregl.Map({
			container,
			style: storyStyle(this.scheme),
			// The story scrolls the page; the map must never take the reader's wheel, touch or keys.
			interactive: options.explorable ?? false,
			// The world goes round: a view across 180° (Fiji, Tonga, the Bering Strait) shows both
			// sides, and a camera centred at −170° stays there.
			renderWorldCopies: true,
			// Names appear at once rather than fading in over 300 ms: each fade is a run of frames,
			// and with WebGL drawn in software each frame holds the page's main thread. Measured
			// here (two runs each, under load): map ready 6.0 and 6.4 s against 10.7 and 9.3 s,
			// 16–20 frames committed before it against 23–26.
			fadeDuration: 0,
			attributionControl: false,
			center: [20, 50],
			zoom: 2
		});
		this.map.addControl(
			new maplibregl.AttributionControl({
				compact: false,
				customAttribution: 'Natural Earth · <a href="https://maplibre.org/">MapLibre</a>'
			})
		);
		this.map.getCanvas().setAttribute('aria-hidden', 'true');
		if (options.explorable) this.setExploring(false);
		// While a reader explores, every move they make settles somewhere: publish it too.
		this.map.on('moveend', () => {
			if (this.exploring && this.current) this.settle(this.current);
		});
		// The theme's images are made on demand, the first time a layer asks for one by name.
		this.map.on('styleimagemissing', ({ id }: { id: string }) => {
			const image = themeImages(this.scheme)[id];
			if (image && !this.map.hasImage(id)) this.map.addImage(id, image);
		});
		this.schemes.addEventListener('change', this.onScheme);
		// Decoding starts as soon as the shapes arrive, while MapLibre is still loading its style.
		const shapes = options.data.then((topo) => decodeStoryMap(topo));
		const styled = new Promise<void>((done) => this.map.once('load', () => done()));
		Promise.all([shapes, styled])
			.then(([data]) => {
				if (this.removed) return;
				for (const [name, collection] of Object.entries(data))
					this.map.getSource<GeoJSONSource>(name)?.setData(collection);
				this.coarse = data;
				this.loaded = true;
				// Ready once drawn with its shapes and the scene: never an empty or a wrong map.
				this.map.once('idle', () => {
					options.onReady();
					if (!this.fineShown) options.onDetail?.('coarse');
				});
				if (this.pending) {
					const { scene, padding, motion } = this.pending;
					this.pending = null;
					this.show(scene, padding, motion);
				}
			})
			.catch((error: unknown) => {
				if (!this.removed) options.onError(error);
			});
	}

	/** Shows a scene. Before the style is ready only the latest scene is kept, so none goes stale. */
	show(scene: Scene, padding: PaddingOptions, motion: Motion): void {
		if (!this.loaded) {
			this.pending = { scene, padding, motion };
			return;
		}
		this.current = scene;
		this.applied = applyScene(this.map, scene, this.applied);
		const camera = cameraFor(this.map, scene.camera, padding);
		// Leaving a close-up: its shapes are cut to its region, so the flight shows the story map's.
		if (this.fineShown && this.fineShown !== scene.fine?.id) this.drawCoarse();
		// Heading for a close-up: its shapes start loading now, to be drawn once the map is there.
		if (scene.fine && (camera.zoom ?? 0) >= FINE_ZOOM)
			this.fineShapes(scene.fine.id).catch(() => {});
		// `essential`: the page decided to animate (the reader's switch may override reduced motion).
		if (motion === 'fly')
			this.map.flyTo({ ...camera, speed: 1.4, maxDuration: 2500, essential: true });
		else this.map.jumpTo(camera);
		// A jump (or a flight to where the map already is) ends synchronously; otherwise wait for it.
		// A flight cut short by the next scene ends too, but then `current` is no longer this scene.
		if (!this.map.isMoving()) this.settle(scene);
		else this.map.once('moveend', () => this.settle(scene));
	}

	/** The ids of the names MapLibre placed (symbols it dropped for collisions are not rendered). */
	private placedLabels(): { labels: string; markers: string } {
		const ids = (layers: string[]) =>
			[...new Set(this.map.queryRenderedFeatures({ layers }).map((f) => String(f.properties?.id)))]
				.sort()
				.join(' ');
		return {
			labels: ids(['context-label', 'small-state-label']),
			markers: ids(['place-label-left', 'place-label-right'])
		};
	}

	/** Lets the reader pan and zoom (true) or gives the camera back to the story (false). */
	setExploring(on: boolean): void {
		if (!this.options.explorable) return;
		this.exploring = on;
		for (const name of HANDLERS) {
			if (on) this.map[name].enable();
			else this.map[name].disable();
		}
		// Locked, the canvas is decoration (hidden, out of the Tab order); exploring, it is a control.
		const canvas = this.map.getCanvas();
		canvas.tabIndex = on ? 0 : -1;
		if (on) {
			canvas.removeAttribute('aria-hidden');
			canvas.setAttribute('aria-label', 'Map: drag or use the arrow keys to pan, + and − to zoom');
		} else {
			canvas.setAttribute('aria-hidden', 'true');
			canvas.removeAttribute('aria-label');
		}
	}

	resize(): void {
		this.map.resize();
	}

	/** A region's finer shapes, decoded; loaded the first time they are asked for. */
	private fineShapes(id: string): Promise<ReturnType<typeof decodeFine>> {
		let shapes = this.fine.get(id);
		if (!shapes) {
			const load = this.options.loadFine;
			shapes = load
				? load(id).then(decodeFine)
				: Promise.reject(new Error('no finer shapes to load'));
			this.fine.set(id, shapes);
		}
		return shapes;
	}

	/** Draws the close-up's finer shapes if the map settled on it, else the story map's. */
	private drawDetail(scene: Scene, zoom: number, view: Bounds): void {
		const region = scene.fine;
		if (!region || !wantsFine(zoom, view, region.bbox)) {
			if (this.fineShown) this.drawCoarse();
			return;
		}
		if (this.fineShown === region.id) return;
		this.fineShapes(region.id)
			.then((fine) => {
				if (this.removed || scene !== this.current || !this.coarse) return;
				for (const [name, collection] of Object.entries(withFine(this.coarse, fine)))
					this.map.getSource<GeoJSONSource>(name)?.setData(collection);
				this.fineShown = region.id;
				this.map.once('idle', () => {
					if (this.fineShown === region.id) this.options.onDetail?.('fine');
				});
			})
			.catch((error: unknown) =>
				console.warn(`The finer shapes of ${region.id} could not load:`, error)
			);
	}

	/** Puts the story map's countries and borders back. */
	private drawCoarse(): void {
		if (!this.coarse) return;
		this.fineShown = null;
		this.map.getSource<GeoJSONSource>('countries')?.setData(this.coarse.countries);
		this.map.getSource<GeoJSONSource>('outlines')?.setData(this.coarse.outlines);
		this.map.getSource<GeoJSONSource>('borders')?.setData(this.coarse.borders);
		this.map.once('idle', () => {
			if (!this.fineShown) this.options.onDetail?.('coarse');
		});
	}

	destroy(): void {
		this.removed = true;
		this.schemes.removeEventListener('change', this.onScheme);
		this.map.remove();
	}

	private settle(scene: Scene): void {
		if (scene !== this.current) return;
		this.map.once('idle', () => {
			if (scene === this.current) this.options.onLabels?.(this.placedLabels());
		});
		const c = this.map.getCenter();
		const b = this.map.getBounds();
		this.drawDetail(scene, this.map.getZoom(), [
			b.getWest(),
			b.getSouth(),
			b.getEast(),
			b.getNorth()
		]);
		this.options.onSettle({
			activeStep: scene.stepId,
			center: `${wrapLon(c.lng).toFixed(4)},${c.lat.toFixed(4)}`,
			zoom: this.map.getZoom().toFixed(2),
			// Wrapped into −180…180 for the contract (west > east across 180°); MapLibre's own may
			// reach past 180 now that the map draws the world round.
			bounds: wrapBounds([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()])
				.map((v) => v.toFixed(4))
				.join(','),
			// Read back from the layer itself, so the contract reports what the map draws.
			highlight: idsDrawn(this.map, FILLS(highlightLayers, MAX_HIGHLIGHTS)).join(' '),
			shaded: idsDrawn(this.map, FILLS(groupLayers, MAX_GROUPS)).sort().join(' '),
			scheme: this.scheme,
			bearing: this.map.getBearing().toFixed(1),
			pitch: this.map.getPitch().toFixed(1)
		});
	}
}
