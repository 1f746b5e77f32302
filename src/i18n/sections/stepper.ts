// Interface strings of the stepper area, both languages side by side. Keys start with 'stepper.';
// zh is typed against en, and en.ts / zh.ts merge this section into the one dictionary per language.
// Templates use {name} placeholders; {side} is 'the client' / 'the server' (a sentence's first
// letter is capitalised by the stepper).
import { en } from './stepper.en.ts';
import { zh } from './stepper.zh.ts';
import { unprefixed } from '../reason-format.ts';

export const stepperStrings = { en, zh };

type StepperKey = keyof (typeof stepperStrings)['en'];
/** The stepper's strings for one language, keys without the 'stepper.' prefix. */
export type StepperStrings = Readonly<Record<StepperKey extends `stepper.${infer K}` ? K : never, string>>;

/** The stepper's strings out of a whole dictionary: its 'stepper.x' keys without their prefix. */
export function stepperStringsOf(dictionary: Readonly<Record<string, string>>): StepperStrings {
  return unprefixed(dictionary, 'stepper.') as StepperStrings;
}
