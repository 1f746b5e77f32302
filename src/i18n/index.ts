/** The site's i18n entry point: dictionaries plus URL helpers bound to the build's base path. */
import { en, type Dictionary, type UiKey } from './en.ts';
import { zh } from './zh.ts';
import { localeUrl, type Locale } from './locales.ts';

export { htmlLang, isLocale, locales, otherLocale, type Locale } from './locales.ts';
export type { Dictionary, UiKey };

export const dictionaries: Readonly<Record<Locale, Dictionary>> = { en, zh };

/** The interface-string lookup for one locale: `t('home.heading')`. */
export function useTranslations(locale: Locale): (key: UiKey) => string {
  const dictionary = dictionaries[locale];
  return (key) => dictionary[key];
}

/** A page's URL in a locale, under this build's base path. */
export function url(locale: Locale, pagePath = ''): string {
  return localeUrl(import.meta.env.BASE_URL, locale, pagePath);
}

/** The lessons' URL path, shared by pages, outline and pager. */
export function lessonPath(id: string): string {
  return `lessons/${id}`;
}

/**
 * The course's planned sections in order, each with the id its lesson has (or will have), so a
 * section stops being announced as "coming soon" once its lesson exists.
 */
export const plannedSections = [
  { id: 'tcp-header', key: 'upcoming.flags' },
  { id: 'three-way-handshake', key: 'upcoming.handshake' },
  { id: 'why-three', key: 'upcoming.whyThree' },
  { id: 'four-way-teardown', key: 'upcoming.teardown' },
  { id: 'time-wait', key: 'upcoming.timeWait' },
  { id: 'why-four', key: 'upcoming.whyFour' },
  { id: 'http-life', key: 'upcoming.httpLife' },
] as const satisfies readonly { id: string; key: UiKey }[];

/** The planned sections whose lessons are not written yet, in course order. */
export function upcomingSections(writtenIds: readonly string[]): UiKey[] {
  return plannedSections.filter((section) => !writtenIds.includes(section.id)).map((section) => section.key);
}

/**
 * The first planned section not written yet that comes after the last written one: what follows
 * the last lesson. A gap earlier in the course (a section still to come before it) is not "next".
 */
export function comingAfterLast(writtenIds: readonly string[]): UiKey | undefined {
  const last = plannedSections.findLastIndex((section) => writtenIds.includes(section.id));
  return plannedSections.slice(last + 1).find((section) => !writtenIds.includes(section.id))?.key;
}
