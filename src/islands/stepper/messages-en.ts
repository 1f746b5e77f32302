/** The stepper's English strings and reason templates: loaded by the island only on English pages. */
import { en as reasonStrings } from '../../i18n/sections/reasons.en.ts';
import { en as stepperStrings } from '../../i18n/sections/stepper.en.ts';
import { reasonMessagesOf } from '../../i18n/reason-format.ts';
import { stepperStringsOf } from './explain.ts';

export const strings = stepperStringsOf(stepperStrings);
export const reasons = reasonMessagesOf(reasonStrings);
