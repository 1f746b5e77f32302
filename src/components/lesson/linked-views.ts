/**
 * The strings of a stepper's linked views (the states read out, the step's segment in the header
 * explorer's view, the small Figure 5) in one language: the stepper and the lab's workbench pass
 * them to the view they share.
 */
import type { Locale } from '../../i18n/locales.ts';
import { headerUiStrings } from '../../i18n/sections/header.ts';
import { stepperViewsStrings } from '../../i18n/sections/stepper-views.ts';
import type { HeaderViewStrings } from '../../islands/stepper/step-segments.ts';

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
