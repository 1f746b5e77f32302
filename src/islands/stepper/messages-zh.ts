/** The stepper's Chinese strings (reason templates come through ../reasons.ts): loaded by the island only on Chinese pages. */
import { zh as stepperStrings } from '../../i18n/sections/stepper.zh.ts';
import { unprefixed } from '../../i18n/reason-format.ts';
import type { StepperStrings } from './strings.ts';

export const strings = unprefixed(stepperStrings, 'stepper.') as StepperStrings;
