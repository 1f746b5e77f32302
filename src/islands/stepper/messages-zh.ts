/** The stepper's Chinese strings (reason templates come through ../reasons.ts): loaded by the island only on Chinese pages. */
import { zh as stepperStrings } from '../../i18n/sections/stepper.zh.ts';
import { stepperStringsOf } from './explain.ts';

export const strings = stepperStringsOf(stepperStrings);
