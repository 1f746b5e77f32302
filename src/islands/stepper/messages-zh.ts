/** The stepper's Chinese strings and reason templates: loaded by the island only on Chinese pages. */
import { zh as reasonStrings } from '../../i18n/sections/reasons.zh.ts';
import { zh as stepperStrings } from '../../i18n/sections/stepper.zh.ts';
import { reasonMessagesOf } from '../../i18n/reason-format.ts';
import { stepperStringsOf } from './explain.ts';

export const strings = stepperStringsOf(stepperStrings);
export const reasons = reasonMessagesOf(reasonStrings);
