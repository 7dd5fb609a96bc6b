import type { Page } from '@playwright/test';
import { plainText } from '../../src/lib/story/inline';
import { story } from '../helpers/story';
import { expect, STORY, test, waitForStep, ONE_SIZE, withStaticMap } from './fixtures';

const PRESENT = `${STORY}present/`;
const SPEAKER = `${PRESENT}speaker/`;
const ids = story.steps.map((s) => s.id);
const count = ids.length;
const firstWords = (i: number) => plainText(story.steps[i]!.paragraphs[0]!).slice(0, 50);
/** A step with notes, and the opening words of its first note. */
const noted = ids.findIndex((id) => story.presenterNotes[id]?.length);
const noteOf = (id: string) => story.presenterNotes[id]![0]!.note.slice(0, 40);

/** A second window of the same browser, failing the test on its errors as the first one does. */
async function secondWindow(page: Page, errors: string[]): Promise<Page> {
	const other = await page.context().newPage();
	other.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	other.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
	});
	return other;
}

/** The speaker view shows step n (1-based). */
async function speakerAt(speaker: Page, n: number) {
	await expect(speaker.getByText(`Step ${n} of ${count}`)).toBeVisible();
	await expect(speaker.locator('section.now')).toHaveAttribute('data-step', ids[n - 1]!);
}

test.describe('speaker view', () => {
	test(
		'shows the step on the projector, the next one, the teacher’s notes and a running timer',
		{ tag: ONE_SIZE },
		async ({ page }, testInfo) => {
			await withStaticMap(page);
			await page.goto(`${SPEAKER}#${ids[noted]}`);
			await speakerAt(page, noted + 1);
			await expect(page.locator('section.now')).toContainText(firstWords(noted));
			await expect(page.getByTestId('next-step')).toContainText(firstWords(noted + 1));
			const notes = page.getByTestId('presenter-notes');
			await expect(notes).toContainText(noteOf(ids[noted]!));
			await expect(notes).toContainText('Source:');
			await expect(page.getByRole('status')).toContainText('Linked');
			await expect(page.getByTestId('timer')).not.toHaveText('00:00');
			await page.screenshot({
				path: `test-artifacts/screens/${testInfo.project.name}/speaker-view.png`
			});
			await page.keyboard.press('End');
			await speakerAt(page, count);
			await expect(page.getByTestId('next-step')).toContainText('End of the story.');
		}
	);

	test(
		'the speaker view drives the projector, and the projector drives the speaker view',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await withStaticMap(page);
			const errors: string[] = [];
			await page.goto(PRESENT);
			await waitForStep(page, ids[0]!);
			const speaker = await secondWindow(page, errors);
			await speaker.goto(SPEAKER);
			await speakerAt(speaker, 1);
			await expect(speaker.getByRole('status')).toContainText('Linked');

			await speaker.keyboard.press('ArrowRight');
			await speakerAt(speaker, 2);
			await expect(page.getByText(`Step 2 of ${count}`)).toBeVisible();
			await waitForStep(page, ids[1]!);
			await speaker.getByRole('button', { name: 'Next' }).click();
			await waitForStep(page, ids[2]!);

			await page.keyboard.press('PageDown');
			await waitForStep(page, ids[3]!);
			await speakerAt(speaker, 4);
			await page.keyboard.press('Home');
			await speakerAt(speaker, 1);
			await expect(speaker).toHaveURL(new RegExp(`#${ids[0]}$`));
			expect(errors).toEqual([]);
		}
	);

	test(
		'a speaker view opened mid-lesson joins the projector’s step',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await withStaticMap(page);
			const errors: string[] = [];
			await page.goto(`${PRESENT}#${ids[4]}`);
			await waitForStep(page, ids[4]!);
			const speaker = await secondWindow(page, errors);
			await speaker.goto(SPEAKER);
			await speakerAt(speaker, 5);
			expect(errors).toEqual([]);
		}
	);

	test(
		'without BroadcastChannel it says so and still works on its own',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await withStaticMap(page);
			await page.addInitScript(() => {
				// @ts-expect-error: a browser without BroadcastChannel
				delete window.BroadcastChannel;
			});
			await page.goto(SPEAKER);
			await expect(page.getByRole('status')).toContainText('cannot link windows');
			await page.keyboard.press('ArrowRight');
			await speakerAt(page, 2);
		}
	);
});

test.describe('the teacher’s notes on readers’ pages', () => {
	test(
		'the story page and its data never carry them',
		{ tag: ONE_SIZE },
		async ({ page, request }) => {
			await withStaticMap(page);
			const note = noteOf(ids[noted]!);
			await page.goto(STORY);
			await waitForStep(page, ids[0]!);
			expect(await page.content()).not.toContain(note);
			const data = await request.get(`${STORY}__data.json`);
			expect(data.ok()).toBe(true);
			expect(await data.text()).not.toContain(note);
			const speakerHtml = await (await request.get(SPEAKER)).text();
			expect(speakerHtml, 'the check can fail: the speaker view does carry it').toContain(note);
		}
	);
});
