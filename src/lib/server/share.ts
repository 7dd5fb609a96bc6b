/**
 * What a shared link to a story, or to one of its steps, shows on social sites and in chat: the
 * Open Graph and Twitter card metadata of its page, and the words on its card image. Links are
 * absolute (crawlers need them), built from SITE_URL.
 */
import type { CardWords } from '../static-map/card.ts';
import { CARD_SIZE } from '../static-map/card.ts';
import { plainText } from '../story/text.ts';
import type { Scene, ShareMeta, Story } from '../story/types';
import { SITE_URL } from './site.ts';

/** Descriptions longer than this are cut at a word, with "…": previews show about two lines. */
export const DESCRIPTION_MAX = 200;

export function shorten(text: string, max = DESCRIPTION_MAX): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** "Step 3 of 18": which step, in words a card and a title can both use. */
const stepOf = (story: Story, index: number) => `Step ${index + 1} of ${story.steps.length}`;

/** The path of a step's shareable page, under the site root (crawlers read it; readers are sent on). */
export const stepPagePath = (slug: string, step: string) => `stories/${slug}/steps/${step}/`;

/**
 * The metadata of the story page (`index` null) or of a step's page. The story's card shows its
 * first step's map.
 */
export function shareMeta(
	story: Story,
	scenes: Scene[],
	index: number | null,
	site: string = SITE_URL
): ShareMeta {
	const at = (path: string) => new URL(path, site).href;
	const step = index === null ? null : story.steps[index];
	if (index !== null && !step) throw new Error(`${story.slug} has no step ${index + 1}`);
	const scene = scenes[index ?? 0]!;
	const title = step ? `${story.title} · ${stepOf(story, index!)}` : story.title;
	const text = step ? step.paragraphs.map(plainText).join(' ') : story.standfirst;
	const words = cardWords(story, index);
	return {
		title,
		description: shorten(text),
		url: at(step ? stepPagePath(story.slug, step.id) : `stories/${story.slug}/`),
		image: at(step ? `cards/${story.slug}/${step.id}.png` : `cards/${story.slug}.png`),
		imageWidth: CARD_SIZE.width,
		imageHeight: CARD_SIZE.height,
		// What the card shows, in its order: the words of its panel, then its map.
		imageAlt: `${words.kicker}: ${words.title}. ${words.footer.join(', ')}. Map: ${scene.description}`
	};
}

/** The words on the card of the story (`index` null) or of one step. */
export function cardWords(story: Story, index: number | null): CardWords {
	const step = index === null ? null : story.steps[index];
	return {
		kicker: 'Meridian',
		title: story.title,
		footer: step
			? [stepOf(story, index!), ...(step.when ? [step.when] : [])]
			: [`A map explainer in ${story.steps.length} steps`]
	};
}
