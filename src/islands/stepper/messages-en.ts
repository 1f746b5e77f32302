/** The stepper's English strings (reason templates come through ../reasons.ts): loaded by the island only on English pages. */
import { en as stepperStrings } from '../../i18n/sections/stepper.en.ts';
import { stepperStringsOf } from './explain.ts';

export const strings = stepperStringsOf(stepperStrings);
