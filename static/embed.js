/*
 * Meridian's scroll-synced embed loader, for the news site's page (the host). Dependency-free, at
 * most 3 KB gzipped (tested), protocol version 1 (EMBEDDING.md; src/lib/embed/protocol.ts).
 *
 * For every <iframe data-meridian> on the page whose src is on this script's own site, it:
 * - tells the frame where it sits in the viewport, on load, scroll and resize
 *   ({ type: 'meridian:viewport', version: 1, top, height }), so the story's steps and map follow
 *   this page's scroll;
 * - sizes the iframe to the story's full height when the frame reports it ('meridian:height');
 * - marks the iframe with data-active-step and fires a 'meridian:step' DOM event when its map
 *   settles on a step ('meridian:step'), and scrolls the page when a reader presses J/K inside
 *   ('meridian:scroll').
 * Messages are accepted only from a managed frame's window and this site's origin, with every
 * field checked; anything else is ignored. If this script never runs, each iframe is still a
 * working fixed-height embed that scrolls inside itself. Loading it twice is harmless.
 */
(function () {
	'use strict';
	var VERSION = 1;
	var MAX = 1e6;
	var script = document.currentScript;
	// Frames from other sites are not ours to size or scroll for, whatever their markup says.
	var ORIGIN = script ? new URL(script.src, location.href).origin : location.origin;
	var loaders = (window.meridianEmbed = window.meridianEmbed || {});
	if (loaders[ORIGIN]) {
		loaders[ORIGIN].scan();
		return;
	}
	var frames = [];
	var queued = 0;

	function isNumber(n, min, max) {
		return typeof n === 'number' && isFinite(n) && n >= min && n <= max;
	}
	function isText(s, max) {
		return typeof s === 'string' && s.length <= max;
	}

	// What lies between the iframe's edge and the story: its top border and padding, and in all.
	function insets(el) {
		var css = getComputedStyle(el);
		var top = parseFloat(css.borderTopWidth) + parseFloat(css.paddingTop);
		return {
			top: top,
			all: top + parseFloat(css.borderBottomWidth) + parseFloat(css.paddingBottom)
		};
	}
	function viewport(frame) {
		return {
			type: 'meridian:viewport',
			version: VERSION,
			top: frame.el.getBoundingClientRect().top + insets(frame.el).top,
			height: window.innerHeight
		};
	}
	// A frame's src can change after the scan (lazy loaders set it late): check it on every use.
	function ours(el) {
		try {
			return new URL(el.src, location.href).origin === ORIGIN;
		} catch {
			return false;
		}
	}
	function hello(frame) {
		var target = frame.el.contentWindow;
		if (target) target.postMessage({ type: 'meridian:hello', version: VERSION }, '*');
	}
	// Only to a frame that said it is ready: before that its window may still be a blank page.
	function send(frame) {
		var target = frame.el.contentWindow;
		if (frame.ready && target && ours(frame.el)) target.postMessage(viewport(frame), ORIGIN);
	}
	function sendAll() {
		queued = 0;
		// Frames taken out of the page are forgotten.
		frames = frames.filter(function (frame) {
			return frame.el.isConnected;
		});
		frames.forEach(send);
	}
	function schedule() {
		if (!queued) queued = requestAnimationFrame(sendAll);
	}

	function scan() {
		var found = document.querySelectorAll('iframe[data-meridian]');
		for (var i = 0; i < found.length; i++) {
			var el = found[i];
			if (el.meridianEmbed) continue;
			var frame = { el: el, ready: false };
			el.meridianEmbed = frame;
			frames.push(frame);
			// A story that loaded before this script announced itself to no one: ask again, now
			// and whenever the frame loads. The hello carries nothing, so any window may hear it.
			hello(frame);
			el.addEventListener('load', hello.bind(null, frame));
		}
		schedule();
	}

	function frameOf(source) {
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].el.contentWindow === source) return frames[i];
		}
		return null;
	}

	// The same state as the frame's data-* contract; every field checked before it reaches the page.
	function isStep(d) {
		return (
			isText(d.step, 100) &&
			isNumber(d.index, 0, 1e4) &&
			isNumber(d.count, 1, 1e4) &&
			isText(d.center, 100) &&
			isText(d.zoom, 30) &&
			isText(d.bounds, 200) &&
			isText(d.highlight, 2000)
		);
	}

	function onMessage(event) {
		var frame = frameOf(event.source);
		var d = event.data;
		if (!frame || event.origin !== ORIGIN) return;
		if (!d || typeof d !== 'object' || d.version !== VERSION) return;
		var el = frame.el;
		if (d.type === 'meridian:ready') {
			frame.ready = true;
			send(frame);
		} else if (d.type === 'meridian:height' && isNumber(d.height, 1, MAX)) {
			// The frame reports its content's height; a border-box iframe adds its borders and padding.
			var box = getComputedStyle(el).boxSizing === 'border-box' ? insets(el).all : 0;
			el.style.height = Math.ceil(d.height + box) + 'px';
			// Everything below the frame moved: the other frames need their new places.
			schedule();
		} else if (d.type === 'meridian:step' && isStep(d)) {
			el.setAttribute('data-active-step', d.step);
			var detail = {
				step: d.step,
				index: d.index,
				count: d.count,
				center: d.center,
				zoom: d.zoom,
				bounds: d.bounds,
				highlight: d.highlight
			};
			el.dispatchEvent(new CustomEvent('meridian:step', { detail: detail, bubbles: true }));
		} else if (d.type === 'meridian:scroll' && isNumber(d.top, 0, MAX)) {
			var top = el.getBoundingClientRect().top + insets(el).top + window.scrollY;
			window.scrollTo({
				top: top + d.top - window.innerHeight / 2,
				behavior: d.smooth === true ? 'smooth' : 'auto'
			});
		}
	}

	window.addEventListener('message', onMessage);
	// Capturing on the document also hears pages that scroll inside a container, not the window.
	document.addEventListener('scroll', schedule, { capture: true, passive: true });
	window.addEventListener('resize', schedule, { passive: true });
	// Content above a frame that grows without a scroll (an ad, an image) moves the frame too.
	if (window.ResizeObserver) new ResizeObserver(schedule).observe(document.documentElement);
	loaders[ORIGIN] = { version: VERSION, scan: scan };
	scan();
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
