import { describe, expect, it } from 'vitest';
import {
	activeStep,
	readingLines,
	stepTopWhenMoved,
	triggerLine,
	type ReadingView,
	type StepBox
} from '../../../src/lib/scrolly/active';

const boxes = [
	{ top: 100, bottom: 300 },
	{ top: 400, bottom: 600 },
	{ top: 700, bottom: 900 }
];

/** A 390×844 phone with the map band over the top 48% (405 px): its text's middle is at 624.5. */
const phone: ReadingView = { top: 0, height: 844, covered: 405 };
/** A 1280×800 screen with the map beside the text. */
const desktop: ReadingView = { top: 0, height: 800, covered: 0 };

/** Steps of the given heights, `gap` px apart, the first at `top`. */
function layout(heights: number[], gap: number, top = 0): StepBox[] {
	let y = top;
	return heights.map((height) => {
		const box = { top: y, bottom: y + height };
		y += height + gap;
		return box;
	});
}

/** The same steps, scrolled so that step `i`'s centre is at `y`. */
function centred(steps: StepBox[], i: number, y: number): StepBox[] {
	const shift = y - (steps[i]!.top + steps[i]!.bottom) / 2;
	return steps.map((b) => ({ top: b.top + shift, bottom: b.bottom + shift }));
}

/** A seeded pseudo-random number generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('activeStep', () => {
	it('activates the step the trigger line crosses, with progress through it', () => {
		expect(activeStep(boxes, 450)).toEqual({ index: 1, progress: 0.25 });
		expect(activeStep(boxes, 899)).toEqual({ index: 2, progress: 0.995 });
	});

	it('keeps the previous step active in the gap between two steps', () => {
		expect(activeStep(boxes, 350)).toEqual({ index: 0, progress: 1 });
	});

	it('shows the first step before the reader reaches it', () => {
		expect(activeStep(boxes, 0)).toEqual({ index: 0, progress: 0 });
	});

	it('settles on the last step past the end', () => {
		expect(activeStep(boxes, 5000)).toEqual({ index: 2, progress: 1 });
	});

	it('depends only on the layout, not on the order of earlier calls', () => {
		activeStep(boxes, 850);
		expect(activeStep(boxes, 150)).toEqual(activeStep(boxes, 150));
		expect(activeStep(boxes, 150).index).toBe(0);
	});

	it('copes with no steps', () => {
		expect(activeStep([], 100)).toEqual({ index: 0, progress: 0 });
	});

	it('activates a short step once its centre reaches the middle, while its top is still below the trigger line', () => {
		// A 120 px step centred on the phone's text middle: its top (564.5) is below the trigger (523).
		const steps = centred(layout([300, 120, 300], 70), 1, 624.5);
		const { trigger, middle } = readingLines(phone);
		expect(steps[1]!.top).toBeGreaterThan(trigger);
		expect(activeStep(steps, trigger).index, 'by the trigger line alone').toBe(0);
		expect(activeStep(steps, trigger, middle).index).toBe(1);
	});

	it('counts a short step whose centre landed a fraction of a pixel below the middle as there', () => {
		const { trigger, middle } = readingLines(phone);
		expect(
			activeStep(centred(layout([300, 120], 70), 1, middle + 0.25), trigger, middle).index
		).toBe(1);
		expect(
			activeStep(centred(layout([300, 120], 70), 1, middle + 1.5), trigger, middle).index
		).toBe(0);
	});

	it('keeps the previous short step active until the next one’s centre reaches the middle', () => {
		const { trigger, middle } = readingLines(phone);
		const steps = centred(layout([300, 120, 120], 70), 2, middle + 2);
		expect(activeStep(steps, trigger, middle).index).toBe(1);
	});

	it('activates a long step when its top passes the trigger line, before its centre reaches the middle', () => {
		const { trigger, middle } = readingLines(phone);
		const steps = layout([300, 600], 70, trigger - 370);
		expect(steps[1]!.top).toBe(trigger);
		expect((steps[1]!.top + steps[1]!.bottom) / 2).toBeGreaterThan(middle);
		expect(activeStep(steps, trigger, middle)).toEqual({ index: 1, progress: 0 });
		expect(activeStep(steps, trigger, middle)).toEqual(activeStep(steps, trigger));
		const before = steps.map((b) => ({ top: b.top + 1, bottom: b.bottom + 1 }));
		expect(activeStep(before, trigger, middle).index).toBe(0);
	});

	it('makes whichever step is centred on the middle the active one, for any heights and gaps, on phones and wide screens', () => {
		const next = random(20_261_231);
		for (const view of [phone, desktop, { top: -1200, height: 700, covered: 336 }]) {
			const { trigger, middle } = readingLines(view);
			for (let run = 0; run < 200; run++) {
				const heights = Array.from({ length: 2 + Math.floor(next() * 8) }, () =>
					Math.round(10 + next() * 900)
				);
				// Wide screens (trigger below the middle) need steps that far apart, as their CSS makes them.
				const gap = Math.max(0, trigger - middle) + Math.round(next() * 120);
				const steps = layout(heights, gap, view.top);
				for (let i = 0; i < steps.length; i++) {
					const at = centred(steps, i, middle);
					expect(
						activeStep(at, trigger, middle).index,
						JSON.stringify({ view, heights, gap, i })
					).toBe(i);
				}
			}
		}
	});
});

describe('triggerLine', () => {
	it('sits lower on phones, where the map covers the top of the screen', () => {
		expect(triggerLine(800, false)).toBe(440);
		expect(triggerLine(800, true)).toBe(496);
	});
});

describe('readingLines', () => {
	it('puts the middle of a phone’s text area halfway between the map band and the bottom of the screen', () => {
		expect(readingLines(phone)).toEqual({ trigger: 523, middle: 624.5 });
	});

	it('puts the middle of a wide screen beside the map halfway down it', () => {
		expect(readingLines(desktop)).toEqual({ trigger: 440, middle: 400 });
	});

	it('measures from the top of a view that starts elsewhere, as an embed’s host viewport does', () => {
		expect(readingLines({ top: -1000, height: 844, covered: 405 })).toEqual({
			trigger: -477,
			middle: -375.5
		});
	});
});

describe('stepTopWhenMoved', () => {
	it('centres a step that fits the text below the phone’s map band', () => {
		expect(stepTopWhenMoved(120, phone)).toBe(624.5 - 60);
	});

	it('puts a longer step’s top at the middle of the screen, just below the band, never under it', () => {
		expect(stepTopWhenMoved(700, phone)).toBe(422);
	});

	it('puts a step’s top at the middle of a wide screen, whatever its height', () => {
		expect(stepTopWhenMoved(120, desktop)).toBe(400);
		expect(stepTopWhenMoved(900, desktop)).toBe(400);
	});

	it('lands on a step that is then the active one, short steps side by side included', () => {
		const next = random(844);
		for (const view of [phone, desktop]) {
			const { trigger, middle } = readingLines(view);
			for (let run = 0; run < 200; run++) {
				const heights = Array.from({ length: 6 }, () => Math.round(10 + next() * 900));
				// Beside the map a step lands with its top above the trigger line: the next must not reach it.
				const gap = (view.covered ? 0 : trigger - view.height / 2) + Math.round(next() * 120);
				const steps = layout(heights, gap);
				for (let i = 0; i < steps.length; i++) {
					const top = stepTopWhenMoved(heights[i]!, view);
					const at = steps.map((b) => ({
						top: b.top - steps[i]!.top + top,
						bottom: b.bottom - steps[i]!.top + top
					}));
					expect(
						activeStep(at, trigger, middle).index,
						JSON.stringify({ view, heights, gap, i })
					).toBe(i);
				}
			}
		}
	});
});
