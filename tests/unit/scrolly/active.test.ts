import { describe, expect, it } from 'vitest';
import { activeStep, triggerLine } from '../../../src/lib/scrolly/active';

const boxes = [
	{ top: 100, bottom: 300 },
	{ top: 400, bottom: 600 },
	{ top: 700, bottom: 900 }
];

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
});

describe('triggerLine', () => {
	it('sits lower on phones, where the map covers the top of the screen', () => {
		expect(triggerLine(800, false)).toBe(440);
		expect(triggerLine(800, true)).toBe(496);
	});
});
