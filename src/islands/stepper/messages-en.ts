/** The stepper's English strings (reason templates come through ../reasons.ts): loaded by the island only on English pages. */
import { en as stepperStrings } from '../../i18n/sections/stepper.en.ts';
import { unprefixed } from '../../i18n/reason-format.ts';
import type { StepperStrings } from './strings.ts';

export const strings = unprefixed(stepperStrings, 'stepper.') as StepperStrings;
