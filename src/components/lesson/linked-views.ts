/**
 * The strings of a stepper's linked views (the states read out, the step's segment in the header
 * explorer's view, the small Figure 5) in one language: the stepper and the lab's workbench pass
 * them to the view they share.
 */
import type { Locale } from '../../i18n/locales.ts';
import { headerUiStrings } from '../../i18n/sections/header.ts';
import { stepperViewsStrings } from '../../i18n/sections/stepper-views.ts';
import { SHOWN_VIEW_KEYS, type HeaderViewStrings, type LinkedViewTexts } from '../../islands/stepper/step-segments.ts';
import { islandDataUrl } from '../../plugins/island-data/files.ts';

/**
 * The linked views' strings as a stepper gets them: the few it shows at once inline, the rest as
 * a data file fetched when a view is first opened (most readers never open one).
 */
export function linkedViewTexts(locale: Locale, base: string): LinkedViewTexts {
  const all = linkedViewStrings(locale);
  return { shown: Object.fromEntries(SHOWN_VIEW_KEYS.map((key) => [key, all[key]])) as LinkedViewTexts['shown'], more: islandDataUrl(all, base) };
}

/** Every string of the linked views. */
export function linkedViewStrings(locale: Locale): HeaderViewStrings {
  const header = headerUiStrings[locale];
  return {
    ...stepperViewsStrings[locale],
    ...Object.fromEntries(Object.entries(header).filter(([key]) => key.startsWith('header.name.'))),
    'header.flagsByte': header['header.flagsByte'],
    'header.bytes': header['header.bytes'],
    'header.checksumNote': header['header.checksumNote'],
  } as HeaderViewStrings;
}
