// Interface strings of the stepper area, both languages side by side. Keys start with 'stepper.';
// zh is typed against en, and en.ts / zh.ts merge this section into the one dictionary per language.
// Templates use {name} placeholders; {side} is 'the client' / 'the server' (a sentence's first
// letter is capitalised by the stepper).
import { en } from './stepper.en.ts';
import { zh } from './stepper.zh.ts';

export const stepperStrings = { en, zh };
