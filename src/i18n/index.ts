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

/** Sections announced on the course map before their lessons exist, in course order. */
export const upcomingSections = [
  'upcoming.flags',
  'upcoming.handshake',
  'upcoming.whyThree',
  'upcoming.teardown',
  'upcoming.timeWait',
  'upcoming.whyFour',
  'upcoming.httpLife',
] as const satisfies readonly UiKey[];
