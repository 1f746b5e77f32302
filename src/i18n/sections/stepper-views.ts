// Interface strings of the stepper's linked views (the current states read out, the header view
// of a step's segment), both languages side by side. Keys start with 'stepperViews.'; zh is typed
// against en, and en.ts / zh.ts merge this section into the one dictionary per language.
import { en } from './stepper-views.en.ts';
import { zh } from './stepper-views.zh.ts';

export const stepperViewsStrings = { en, zh };
export type StepperViewsStrings = Readonly<Record<keyof typeof en, string>>;
