/**
 * The stepper's strings for one language, and the pick that makes them from a dictionary (the
 * static picture's at build time; the live island gets the same pick in its lesson's messages).
 */
import { unprefixed } from '../../i18n/reason-format.ts';
import type { stepperStrings } from '../../i18n/sections/stepper.ts';

type StepperKey = keyof (typeof stepperStrings)['en'];
/** The stepper's strings for one language, keys without the 'stepper.' prefix. */
export type StepperStrings = Readonly<Record<StepperKey extends `stepper.${infer K}` ? K : never, string>>;

/** The pick from a dictionary: 'stepper.x' keys without their prefix. */
export function stepperStringsOf(dictionary: Readonly<Record<string, string>>): StepperStrings {
  return unprefixed(dictionary, 'stepper.') as StepperStrings;
}
