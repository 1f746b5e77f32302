/**
 * The course's pages that are not lessons (reference, practice, review), in the order the outline
 * lists them after the lessons. Each page adds its own entry here, with the dictionary key of its
 * name; the outline, and whatever else lists the site's pages, reads this one list.
 */
import type { UiKey } from '../i18n/index.ts';

export interface SitePage {
  /** The page's path below the locale root, without slashes: 'states' → /states/, /zh/states/. */
  readonly path: string;
  /** Its name in the outline. */
  readonly titleKey: UiKey;
}

export const SITE_PAGES: readonly SitePage[] = [
  { path: 'states', titleKey: 'states.page.title' },
  { path: 'lab', titleKey: 'lab.title' },
  { path: 'progress', titleKey: 'learner.title' },
  { path: 'exam', titleKey: 'exam.title' },
  { path: 'glossary', titleKey: 'glossary.title' },
  { path: 'faq', titleKey: 'faq.title' },
];
