/**
 * Lesson sections and state entries are laid out only as they near the viewport
 * (`content-visibility: auto`, src/plugins/lesson-sections.ts). Elsewhere they have no boxes: a
 * full-page capture draws them blank and axe cannot place their text to measure its contrast.
 * This lays every one of them out, as scrolling through the page does.
 */
import type { Page } from '@playwright/test';

export const layOutDeferredSections = (page: Page): Promise<void> =>
  page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('main *')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
