/**
 * The mark the outline and the level list put after a link to something done: a sign for the eye
 * that a screen reader skips, and words it reads instead. Shared by the marks islands, which find
 * the page's own links and add or take away marks; the markup is there without JavaScript.
 */

// Visually hidden but read: the usual clip pattern, inline so it needs no stylesheet.
const HIDDEN = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';

export interface Mark {
  /** What shows, unread: ' ✓', ' ✓ 3/14'. */
  readonly shown: string;
  /** What a screen reader reads instead: ' (solved)'. */
  readonly words: string;
}

/** Puts `mark` at the end of `link`, in an element carrying `attribute`, or takes it away (null). */
export function setMark(link: HTMLElement, attribute: string, mark: Mark | null): void {
  let wrapper = link.querySelector<HTMLElement>(`[${attribute}]`);
  if (!mark) {
    wrapper?.remove();
    return;
  }
  if (!wrapper) {
    wrapper = document.createElement('span');
    wrapper.setAttribute(attribute, '');
    const shown = document.createElement('span');
    shown.setAttribute('aria-hidden', 'true');
    const words = document.createElement('span');
    words.style.cssText = HIDDEN;
    wrapper.append(shown, words);
    link.append(wrapper);
  }
  const [shown, words] = wrapper.children;
  if (shown!.textContent !== mark.shown) shown!.textContent = mark.shown;
  if (words!.textContent !== mark.words) words!.textContent = mark.words;
}
