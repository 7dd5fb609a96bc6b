import { story } from '../helpers/story';
import { expect, STORY, test, ONE_SIZE } from './fixtures';

const STUDENTS = `${STORY}print/`;
const TEACHER = `${STORY}print/teacher/`;
const noted = story.steps.filter((s) => story.presenterNotes[s.id]?.length).map((s) => s.id);
const firstNote = (id: string) => story.presenterNotes[id]![0]!;

test.describe('handout copies', () => {
	test(
		'the teacher’s copy prints each step’s notes with their sources',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await page.goto(TEACHER);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.brand')).toContainText('Teacher’s copy, with notes');
			expect(noted.length).toBeGreaterThan(3);
			for (const id of noted) {
				const notes = page.locator(`[data-step="${id}"]`).getByTestId('presenter-notes');
				await expect(notes).toBeVisible();
				await expect(notes).toContainText(firstNote(id).note.slice(0, 40));
				await expect(notes).toContainText(`Source: ${firstNote(id).source.slice(0, 30)}`);
			}
			await expect(page.getByTestId('presenter-notes')).toHaveCount(noted.length);
		}
	);

	test(
		'the students’ copy has every step and no notes, and links to the teacher’s copy',
		{ tag: ONE_SIZE },
		async ({ page }) => {
			await page.goto(STUDENTS);
			await expect(page.locator('.brand')).toContainText('Students’ copy');
			await expect(page.locator('article[data-step]')).toHaveCount(story.steps.length);
			await expect(page.getByTestId('presenter-notes')).toHaveCount(0);
			expect(await page.content()).not.toContain(firstNote(noted[0]!).note.slice(0, 40));
			await page.getByRole('link', { name: 'Teacher’s copy' }).click();
			await expect(page).toHaveURL(new RegExp(`${TEACHER}$`));
			await expect(page.getByTestId('presenter-notes').first()).toBeVisible();
		}
	);
});
