/**
 * The page's own words come from the string table and the story (index.html holds only their fallback
 * for readers without JavaScript): the title and subtitle, the landmarks' names, the skip link.
 */
import type { Story } from '../domain/story.ts';
import { strings } from './strings.ts';

const setText = (selector: string, text: string) => {
  const node = document.querySelector(selector);
  if (node) node.textContent = text;
};
const setLabel = (selector: string, text: string) =>
  document.querySelector(selector)?.setAttribute('aria-label', text);

/** The interface's fixed words, set before anything loads. */
export function applyInterfaceText(): void {
  setText('.skip-link', strings.skipToTimeline);
  setText('#notes-button', strings.notes.open);
  setText('#status', strings.loading);
  setLabel('#main', strings.mainLabel);
  setLabel('#legend', strings.legendTitle);
  setLabel('#panel', strings.panelLabel);
  setLabel('#tour', strings.tour.label);
  setLabel('#compare', strings.compare.toggle);
  setLabel('#timeline', strings.timelineLabel);
}

/** The story's words: what this map is about. */
export function applyStoryText(story: Story): void {
  document.title = story.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', story.description);
  setText('.app-header h1', story.title);
  setText('.app-header .subtitle', story.subtitle);
  setLabel('#map', story.mapLabel);
}
