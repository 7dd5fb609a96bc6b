import { afterEach, describe, expect, it } from 'vitest';
import { PresenterLink } from '../../../src/lib/present/link.svelte';
import { channelName } from '../../../src/lib/present/sync';

// Node has BroadcastChannel too: windows here are two links in one process, as in one browser.
const SLUG = 'link-test';
const COUNT = 5;

/** A presenter window: its step, and a link that moves it when another window does. */
function presenterWindow(start = 0) {
	const window = { index: start, link: null as unknown as PresenterLink };
	window.link = new PresenterLink(
		() => SLUG,
		() => COUNT,
		() => window.index,
		(index) => (window.index = index)
	);
	return window;
}

/** Says hello on the channel and resolves with every answer, once each of `windows` has answered. */
function answersTo(windows: number): Promise<number[]> {
	const probe = new BroadcastChannel(channelName(SLUG));
	const answers: number[] = [];
	return new Promise((done) => {
		probe.onmessage = (event: MessageEvent) => {
			if (event.data?.kind !== 'here') return;
			answers.push(event.data.index);
			if (answers.length === windows) {
				probe.close();
				done(answers);
			}
		};
		probe.postMessage({ kind: 'hello' });
	});
}

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

describe('presenter windows linked on one computer', () => {
	it('a window opened mid-lesson joins the step the others show', async () => {
		const projector = presenterWindow(3);
		closers.push(projector.link.open());
		const speaker = presenterWindow(0);
		closers.push(speaker.link.open());
		await expect.poll(() => speaker.index).toBe(3);
	});

	it('a move made as a window opens is kept: the others’ late answer does not undo it', async () => {
		const projector = presenterWindow(0);
		closers.push(projector.link.open());
		const speaker = presenterWindow(0);
		closers.push(speaker.link.open());
		// The teacher presses Next before the projector has answered the speaker's hello.
		speaker.index = 1;
		speaker.link.send(1);
		await expect.poll(() => projector.index).toBe(1);
		// Each window answers in turn, so by now the speaker has read the projector's answer too.
		expect((await answersTo(2)).sort()).toEqual([1, 1]);
		expect(speaker.index).toBe(1);
	});
});
